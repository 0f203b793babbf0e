"use client";

import type { ReactNode } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { SaveFault, isDatabaseFault } from "@/components/forms/save-fault";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/action-result";
import type { DecidedClaim } from "@/lib/data/review";
import { MAX_NOTE_LENGTH, MAX_RATING_EXPLANATION_LENGTH, RATINGS, type ClaimRating } from "@/lib/validation/review";
import styles from "./review.module.css";
import { useMessages } from "@/lib/i18n/client";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

/** A reviewer's decision: on success the reviewer is sent on (a redirect); a refusal comes back. */
export type DecisionAction = FormAction<ActionResult<DecidedClaim> | null>;

/** The four decisions' server actions, passed down from the page. */
export interface DecisionActions {
  approve: DecisionAction;
  reject: DecisionAction;
  retract: DecisionAction;
  rate: DecisionAction;
}

/** A decision form's action, posting to the review page without JavaScript. */
function useDecision(action: DecisionAction, claimId: string) {
  const decision = useFormAction(action, {
    permalink: actionPermalink(`/review/${encodeURIComponent(claimId)}`),
  });
  // A busy or full database is said next to the button (SaveFault), the rest above it.
  const error = decision.failure && !isDatabaseFault(decision.state) ? decision.failure : null;
  return { ...decision, error };
}

function ClaimFields({ claimId, version }: { claimId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

// The fields whose refusal is said next to them.
const FIELDS_SAID_BESIDE = new Set(["note", "reason", "rating", "ratingExplanation"]);

/** A refusal that is not about one field: four eyes, a decision already taken, a stale page. */
function Refusal({ message, fields }: { message: string; fields?: Record<string, string> }) {
  const about = fields ? Object.keys(fields) : [];
  // "Some fields need attention" adds nothing when the field says it; other messages are the news.
  if (about.length > 0 && about.every((field) => FIELDS_SAID_BESIDE.has(field))) return null;
  const text = about.length > 0 ? Object.values(fields ?? {}).join(" ") : message;
  return (
    <Notice tone="error" role="alert">
      {text}
    </Notice>
  );
}

interface DecisionProps {
  claimId: string;
  version: number;
  action: DecisionAction;
}

export function ApproveForm({ claimId, version, action, children }: DecisionProps & { children?: ReactNode }) {
  const t = useMessages(REVIEW_MESSAGES).decisionForms;
  const { form, pending, error, state } = useDecision(action, claimId);
  return (
    <form {...form} className={styles.decision} aria-labelledby="approve-heading">
      <h3 id="approve-heading">{t.approve}</h3>
      {children}
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <Button type="submit" pending={pending} pendingLabel={t.approving}>
        {t.approveAndPublish}
      </Button>
      <SaveFault result={state} />
    </form>
  );
}

export function RejectForm({ claimId, version, action }: DecisionProps) {
  const t = useMessages(REVIEW_MESSAGES).decisionForms;
  const { form, pending, error, state } = useDecision(action, claimId);
  return (
    <form {...form} className={styles.decision} aria-labelledby="reject-heading">
      <h3 id="reject-heading">{t.sendBackToThe}</h3>
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <Field id="reject-note" label={t.noteForTheEditor} hint={t.requiredWhatShouldThey} error={error?.fields?.note}>
        <textarea name="note" rows={4} maxLength={MAX_NOTE_LENGTH} aria-required="true" />
      </Field>
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={t.sendingBack}>
        {t.sendBackWithNote}
      </Button>
      <SaveFault result={state} />
    </form>
  );
}

export function RetractForm({ claimId, version, action }: DecisionProps) {
  const t = useMessages(REVIEW_MESSAGES).decisionForms;
  const { form, pending, error, state } = useDecision(action, claimId);
  return (
    <form {...form} className={styles.decision} aria-labelledby="retract-heading">
      <h3 id="retract-heading">{t.retract}</h3>
      <p className={styles.hint}>{t.aRetractedClaimLeaves}</p>
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <Field id="retract-reason" label={t.reason} hint={t.requiredAndPublic} error={error?.fields?.reason}>
        <textarea name="reason" rows={3} maxLength={MAX_NOTE_LENGTH} aria-required="true" />
      </Field>
      <Button type="submit" variant="danger" pending={pending} pendingLabel={t.retracting}>
        {t.retractThisClaim}
      </Button>
      <SaveFault result={state} />
    </form>
  );
}

interface RatingProps extends DecisionProps {
  rating: ClaimRating;
  explanation: string | null;
}

export function RatingForm({ claimId, version, rating, explanation, action }: RatingProps) {
  const t = useMessages(REVIEW_MESSAGES).decisionForms;
  const labels = useMessages(LABEL_MESSAGES);
  const { form, pending, error, state } = useDecision(action, claimId);
  return (
    <form {...form} className={styles.decision} aria-labelledby="rating-heading">
      <h3 id="rating-heading">{t.rating}</h3>
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <Field id="claim-rating" label={t.yourRatingOfThis} error={error?.fields?.rating}>
        <select name="rating" defaultValue={rating} key={`${rating}-${version}`}>
          <Options
            values={RATINGS}
            label={(value) => `${labels.ratings[value].label}: ${labels.ratings[value].meaning}`}
          />
        </select>
      </Field>
      <Field
        id="rating-explanation"
        label={t.ratingReason}
        hint={t.ratingReasonHint(MAX_RATING_EXPLANATION_LENGTH)}
        error={error?.fields?.ratingExplanation}
      >
        <textarea
          name="ratingExplanation"
          rows={3}
          maxLength={MAX_RATING_EXPLANATION_LENGTH}
          defaultValue={explanation ?? ""}
          key={`explanation-${version}`}
        />
      </Field>
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={t.saving}>
        {t.saveTheRating}
      </Button>
      <SaveFault result={state} />
    </form>
  );
}
