"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import {
  approveClaimAction,
  rateClaimAction,
  rejectClaimAction,
  retractClaimAction,
  type ReviewActionState,
} from "@/app/review/actions";
import { MAX_NOTE_LENGTH, RATINGS, RATING_LABELS, type ClaimRating } from "@/lib/validation/review";
import { actionPermalink } from "@/components/forms/action-permalink";
import { SaveFault, isDatabaseFault } from "@/components/newsroom/save-fault";
import styles from "./review.module.css";

type Action = (previous: ReviewActionState, formData: FormData) => Promise<ReviewActionState>;

/**
 * A decision form: its action's answer, and a submit that keeps what was typed. React resets a
 * form after its action runs; a refused note must stay on screen, so the submit goes by hand.
 * Without JavaScript the form still posts to the same action.
 */
function useDecision(action: Action, claimId: string) {
  const [state, formAction, pending] = useActionState(action, null, actionPermalink(`/review/${encodeURIComponent(claimId)}`));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  // A busy or full database is said next to the button (SaveFault), the rest above it.
  const error = state && !state.ok && !isDatabaseFault(state) ? state.error : null;
  return { formAction, onSubmit, pending, error, state };
}

function ClaimFields({ claimId, version }: { claimId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** A refusal that is not about one field: four eyes, a decision already taken, a stale page. */
function Refusal({ message, fields }: { message: string; fields?: Record<string, string> }) {
  const about = fields ? Object.keys(fields) : [];
  // "Some fields need attention" adds nothing when the field says it; other messages are the news.
  if (about.length > 0 && about.every((field) => field === "note" || field === "reason" || field === "rating")) return null;
  const text = about.length > 0 ? Object.values(fields ?? {}).join(" ") : message;
  return (
    <p className="notice notice-error" role="alert">
      {text}
    </p>
  );
}

interface DecisionProps {
  claimId: string;
  version: number;
}

export function ApproveForm({ claimId, version, children }: DecisionProps & { children?: ReactNode }) {
  const { formAction, onSubmit, pending, error, state } = useDecision(approveClaimAction, claimId);
  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.decision} aria-labelledby="approve-heading">
      <h3 id="approve-heading">Approve</h3>
      {children}
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Approving…" : "Approve and publish"}
      </button>
      <SaveFault result={state} />
    </form>
  );
}

export function RejectForm({ claimId, version }: DecisionProps) {
  const { formAction, onSubmit, pending, error, state } = useDecision(rejectClaimAction, claimId);
  const noteError = error?.fields?.note;
  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.decision} aria-labelledby="reject-heading" noValidate>
      <h3 id="reject-heading">Send back to the editor</h3>
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <div className="field">
        <label htmlFor="reject-note">Note for the editor</label>
        <p id="reject-note-hint" className="field-hint">
          Required. What should they check or fix? They see it on their dashboard.
        </p>
        <textarea
          id="reject-note"
          name="note"
          rows={4}
          maxLength={MAX_NOTE_LENGTH}
          aria-required="true"
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? "reject-note-error reject-note-hint" : "reject-note-hint"}
        />
        {noteError && (
          <p id="reject-note-error" className="field-error">
            {noteError}
          </p>
        )}
      </div>
      <button type="submit" className={`button ${styles.secondary}`} disabled={pending}>
        {pending ? "Sending back…" : "Send back with note"}
      </button>
      <SaveFault result={state} />
    </form>
  );
}

export function RetractForm({ claimId, version }: DecisionProps) {
  const { formAction, onSubmit, pending, error, state } = useDecision(retractClaimAction, claimId);
  const reasonError = error?.fields?.reason;
  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.decision} aria-labelledby="retract-heading" noValidate>
      <h3 id="retract-heading">Retract</h3>
      <p className={styles.hint}>A retracted claim leaves the comparison; readers see it struck through with your reason.</p>
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <div className="field">
        <label htmlFor="retract-reason">Reason</label>
        <p id="retract-reason-hint" className="field-hint">
          Required, and public.
        </p>
        <textarea
          id="retract-reason"
          name="reason"
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          aria-required="true"
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "retract-reason-error retract-reason-hint" : "retract-reason-hint"}
        />
        {reasonError && (
          <p id="retract-reason-error" className="field-error">
            {reasonError}
          </p>
        )}
      </div>
      <button type="submit" className={`button ${styles.danger}`} disabled={pending}>
        {pending ? "Retracting…" : "Retract this claim"}
      </button>
      <SaveFault result={state} />
    </form>
  );
}

export function RatingForm({ claimId, version, rating }: DecisionProps & { rating: ClaimRating }) {
  const { formAction, onSubmit, pending, error, state } = useDecision(rateClaimAction, claimId);
  const ratingError = error?.fields?.rating;
  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.decision} aria-labelledby="rating-heading" noValidate>
      <h3 id="rating-heading">Rating</h3>
      <ClaimFields claimId={claimId} version={version} />
      {error && <Refusal message={error.message} fields={error.fields} />}
      <div className="field">
        <label htmlFor="claim-rating">Your rating of this figure</label>
        <select
          id="claim-rating"
          name="rating"
          defaultValue={rating}
          key={`${rating}-${version}`}
          aria-invalid={ratingError ? true : undefined}
          aria-describedby={ratingError ? "claim-rating-error" : undefined}
        >
          {RATINGS.map((value) => (
            <option key={value} value={value}>
              {RATING_LABELS[value].label}: {RATING_LABELS[value].meaning}
            </option>
          ))}
        </select>
        {ratingError && (
          <p id="claim-rating-error" className="field-error">
            {ratingError}
          </p>
        )}
      </div>
      <button type="submit" className={`button ${styles.secondary}`} disabled={pending}>
        {pending ? "Saving…" : "Save the rating"}
      </button>
      <SaveFault result={state} />
    </form>
  );
}
