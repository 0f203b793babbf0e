"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { SaveFault, isDatabaseFault } from "@/components/forms/save-fault";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button, ButtonRow } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldHint, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/action-result";
import type { CurrentClaim } from "@/lib/data/claims";
import { findFigures } from "@/lib/figures";
import type { Figure, Lang } from "@/lib/figures/types";
import {
  CLAIM_FIELD_LABELS,
  differingFields,
  type ClaimFormField,
  type ClaimFormValues,
} from "@/lib/newsroom/claim-form-values";
import { boundsFor, figureFieldValues } from "@/lib/newsroom/figure-fields";
import { intervalInWords, qualifierInWords } from "@/lib/explain/figure";
import { FIGURE_KINDS, LANGUAGES, QUALIFIERS } from "@/lib/validation/newsroom";
import { ConflictPanel } from "./conflict-panel";
import { PublicationFields } from "./publication-fields";
import { SearchPicker, type Choice } from "./search-picker";
import type { CreateSourceAction } from "./source-form";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export interface ClaimChoices {
  quantity: Choice | null;
  source: Choice | null;
  relayedBy: Choice | null;
}

/** Saves the form: a new draft (then opens it), or an edit of one (answering its new version). */
export type SaveDraftAction = FormAction<ActionResult<{ id: string } | { id: string; version: number }> | null>;

interface ClaimFormProps {
  initial: ClaimFormValues;
  choices: ClaimChoices;
  /** Present when editing a saved draft. */
  claim?: { id: string; version: number };
  saveDraft: SaveDraftAction;
  /** For the source pickers' "Create a new source". */
  createSource: CreateSourceAction;
}

/**
 * Log a claim from one sentence, or edit a draft. The engine proposes the figures it reads in
 * the sentence; the editor keeps one and may correct it. What the editor typed stays in the form
 * whatever the server answers, a stale edit included.
 */
export function ClaimForm({ initial, choices, claim, saveDraft, createSource }: ClaimFormProps) {
  const t = useMessages(NEWSROOM_MESSAGES).claimForm;
  const labels = useMessages(LABEL_MESSAGES);
  const router = useRouter();
  const editing = claim !== undefined;
  const [values, setValues] = useState<ClaimFormValues>(initial);
  const [version, setVersion] = useState(claim?.version ?? 0);
  const [chosen, setChosen] = useState<ClaimChoices>(choices);
  // Re-mounting a picker (a new key) is how "take theirs" puts another choice in it.
  const [pickerGeneration, setPickerGeneration] = useState(0);
  const [saved, setSaved] = useState(false);

  // A new draft opens on its own page (the action redirects); an edit stays here, one version on.
  const { state, pending, form, errors, failure } = useFormAction(saveDraft, {
    permalink: actionPermalink(claim ? `/claims/${encodeURIComponent(claim.id)}` : "/claims/new"),
    onSuccess: (data) => {
      if (!("version" in data)) return;
      setVersion(data.version);
      setSaved(true);
      router.refresh();
    },
  });
  const conflict = failure?.code === "conflict" ? (failure.current as CurrentClaim | undefined) : undefined;

  const proposals = useMemo<Figure[]>(() => {
    if (!values.sentence.trim() || !(LANGUAGES as readonly string[]).includes(values.language)) return [];
    try {
      return findFigures(values.sentence, values.language as Lang);
    } catch {
      return [];
    }
  }, [values.sentence, values.language]);

  function set(field: ClaimFormField, value: string) {
    setSaved(false);
    setValues((v) => {
      const next = { ...v, [field]: value };
      // The bounds follow the value and the qualifier; typed bounds stand for a range.
      if (field === "value" || field === "qualifier" || field === "kind") {
        const bounds = boundsFor(next.value, next.qualifier, next.kind);
        if (bounds) Object.assign(next, bounds);
      }
      return next;
    });
  }

  function pick(key: keyof ClaimChoices, field: ClaimFormField, choice: Choice | null) {
    setSaved(false);
    setChosen((c) => ({ ...c, [key]: choice }));
    setValues((v) => ({ ...v, [field]: choice?.id ?? "" }));
  }

  function keep(figure: Figure) {
    setSaved(false);
    setValues((v) => ({ ...v, ...figureFieldValues(figure) }));
  }

  function takeTheirs(current: CurrentClaim) {
    setValues(current.values);
    setVersion(current.version);
    setChosen({
      quantity: { id: current.values.quantityId, label: current.labels.quantity },
      source: { id: current.values.sourceId, label: current.labels.source },
      relayedBy: current.labels.relayedBy ? { id: current.values.relayedById, label: current.labels.relayedBy } : null,
    });
    setPickerGeneration((g) => g + 1);
  }

  // A field's id and error (for <Field>), and its control's name, value and change (for the control).
  const at = (field: ClaimFormField) => ({ id: `claim-${field}`, error: errors[field] });
  const input = (field: ClaimFormField) => ({
    name: field,
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      set(field, event.target.value),
  });

  const keptQuote = values.quote.trim();
  const mine = { ...values };

  return (
    <form {...form} className={styles.form}>
      {claim && <input type="hidden" name="claimId" value={claim.id} />}
      {claim && <input type="hidden" name="version" value={version} />}

      {failure && !conflict && !isDatabaseFault(state) && (
        <Notice tone="error" role="alert">
          {failure.message}
        </Notice>
      )}
      {conflict && (
        <ConflictPanel
          message={failure?.message ?? ""}
          current={conflict}
          mine={mine}
          myLabels={{
            quantity: chosen.quantity?.label ?? "",
            source: chosen.source?.label ?? "",
            relayedBy: chosen.relayedBy?.label ?? null,
          }}
          differing={differingFields(conflict.values, mine)}
          canOverwrite={conflict.status === "draft"}
          onKeepMine={() => setVersion(conflict.version)}
          onTakeTheirs={() => takeTheirs(conflict)}
        />
      )}
      {saved && <Notice role="status">{t.savedVersion(version)}</Notice>}

      <Card as="fieldset" className={styles.section}>
        <legend>{t.theSentence}</legend>
        <Field {...at("sentence")} label={t.sentenceAsPublished} hint={t.typeOrPasteThe}>
          <textarea {...input("sentence")} rows={3} />
        </Field>
        <Field {...at("language")} label={t.language} className={styles.narrow}>
          <select {...input("language")}>
            <Options values={LANGUAGES} label={(lang) => labels.languages[lang]} />
          </select>
        </Field>

        {proposals.length > 0 && (
          <div className={styles.proposals} role="group" aria-labelledby="claim-proposals-title">
            <p id="claim-proposals-title" className={styles.inlineTitle}>
              {t.figuresFound(proposals.length)}
              {t.keepTheOneThis}
            </p>
            <ul>
              {proposals.map((figure) => {
                const isKept = keptQuote === figure.quote;
                return (
                  <li key={`${figure.start}-${figure.end}`}>
                    <button
                      type="button"
                      className={isKept ? styles.proposalKept : styles.proposal}
                      aria-pressed={isKept}
                      onClick={() => keep(figure)}
                    >
                      <mark>{figure.quote}</mark>
                      <span>
                        {qualifierInWords(figure.qualifier)} · {intervalInWords(figure)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {values.sentence.trim() !== "" && proposals.length === 0 && <Notice>{t.noFigureFoundIn}</Notice>}
      </Card>

      <Card as="fieldset" className={styles.section}>
        <legend>{t.theFigure}</legend>
        <FieldHint>{t.correctWhatTheEngine}</FieldHint>
        <div className={styles.grid3}>
          <Field {...at("quote")} label={t.figureAsWritten}>
            <input type="text" {...input("quote")} />
          </Field>
          <Field {...at("value")} label={t.value}>
            <input type="text" inputMode="decimal" {...input("value")} />
          </Field>
          <Field {...at("qualifier")} label={t.qualifier}>
            <select {...input("qualifier")}>
              <Options values={QUALIFIERS} label={(q) => qualifierInWords(q)} />
            </select>
          </Field>
          <Field {...at("low")} label={t.lowestValue}>
            <input type="text" inputMode="decimal" {...input("low")} placeholder={t.noLowerBound} />
          </Field>
          <Field {...at("high")} label={t.highestValue}>
            <input type="text" inputMode="decimal" {...input("high")} placeholder={t.noUpperBound} />
          </Field>
          <Field {...at("kind")} label={t.kind}>
            <select {...input("kind")}>
              <Options values={FIGURE_KINDS} label={(k) => labels.figureKinds[k]} />
            </select>
          </Field>
          <Field {...at("unit")} label={t.unit} optional>
            <input type="text" {...input("unit")} placeholder={t.soldiersEur} />
          </Field>
        </div>
      </Card>

      <Card as="fieldset" className={styles.section}>
        <legend>{t.whatItCountsAnd}</legend>
        <div className={styles.grid2}>
          <SearchPicker
            key={`quantity-${pickerGeneration}`}
            name="quantityId"
            label={t.quantity}
            hint={t.searchTheStoriesQuantities}
            endpoint="/api/staff/quantities"
            initial={chosen.quantity}
            error={errors.quantityId}
            onChange={(choice) => pick("quantity", "quantityId", choice)}
          />
          <SearchPicker
            key={`source-${pickerGeneration}`}
            name="sourceId"
            label={t.source}
            hint={t.whoCountedSearchOr}
            endpoint="/api/staff/sources"
            initial={chosen.source}
            error={errors.sourceId}
            createSource={createSource}
            onChange={(choice) => pick("source", "sourceId", choice)}
          />
          <SearchPicker
            key={`relayed-${pickerGeneration}`}
            name="relayedById"
            label={t.relayedBy}
            optional
            hint={t.theOutletThatPassed}
            endpoint="/api/staff/sources"
            initial={chosen.relayedBy}
            error={errors.relayedById}
            createSource={createSource}
            onChange={(choice) => pick("relayedBy", "relayedById", choice)}
          />
          <Field {...at("reportedAt")} label={t.reportedAtUtc} hint={t.whenTheSourceGave}>
            <input type="datetime-local" {...input("reportedAt")} />
          </Field>
        </div>
      </Card>

      <Card as="fieldset" className={styles.section}>
        <legend>{t.whereItAppeared}</legend>
        <div className={styles.grid2}>
          <PublicationFields at={at} bind={input} />
        </div>
        <Field {...at("headline")} label={t.headline} optional>
          <input type="text" {...input("headline")} />
        </Field>
      </Card>

      <ButtonRow>
        <Button type="submit" pending={pending} pendingLabel={t.saving}>
          {editing ? t.saveChanges : t.saveAsDraft}
        </Button>
        <SaveFault result={state} />
      </ButtonRow>
      <p className="visually-hidden" aria-live="polite">
        {Object.keys(errors).length > 0
          ? t.fieldsNeedAttention(
              Object.keys(errors).length,
              Object.keys(errors)
                .map((f) => CLAIM_FIELD_LABELS[f as ClaimFormField] ?? f)
                .join(", "),
            )
          : ""}
      </p>
    </form>
  );
}
