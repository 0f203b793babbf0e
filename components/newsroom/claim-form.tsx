"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useMemo, useState, type FormEvent } from "react";
import { createDraftAction, updateDraftAction } from "@/app/claims/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import type { CurrentClaim } from "@/lib/data/claims";
import { findFigures } from "@/lib/figures";
import type { Figure, Lang } from "@/lib/figures/types";
import { CLAIM_FIELD_LABELS, differingFields, type ClaimFormField, type ClaimFormValues } from "@/lib/newsroom/claim-form-values";
import { boundsFor, figureFieldValues } from "@/lib/newsroom/figure-fields";
import { intervalInWords, qualifierInWords } from "@/lib/reading/figure-in-words";
import { FIGURE_KINDS, LANGUAGE_LABELS, LANGUAGES, QUALIFIERS } from "@/lib/validation/newsroom";
import { ConflictPanel } from "./conflict-panel";
import { SaveFault, isDatabaseFault } from "./save-fault";
import { SearchPicker, type Choice } from "./search-picker";
import styles from "./newsroom.module.css";

export interface ClaimChoices {
  quantity: Choice | null;
  source: Choice | null;
  relayedBy: Choice | null;
}

type SaveResult = ActionResult<{ id: string } | { id: string; version: number }> | null;

interface ClaimFormProps {
  initial: ClaimFormValues;
  choices: ClaimChoices;
  /** Present when editing a saved draft. */
  claim?: { id: string; version: number };
}

const KIND_LABELS: Record<(typeof FIGURE_KINDS)[number], string> = {
  count: "Count",
  percent: "Percentage",
  money: "Money",
  measure: "Measure",
};

/**
 * Log a claim from one sentence, or edit a draft. The engine proposes the figures it reads in
 * the sentence; the editor keeps one and may correct it. What the editor typed stays in the form
 * whatever the server answers, a stale edit included.
 */
export function ClaimForm({ initial, choices, claim }: ClaimFormProps) {
  const router = useRouter();
  const editing = claim !== undefined;
  const [values, setValues] = useState<ClaimFormValues>(initial);
  const [version, setVersion] = useState(claim?.version ?? 0);
  const [chosen, setChosen] = useState<ClaimChoices>(choices);
  // Re-mounting a picker (a new key) is how "take theirs" puts another choice in it.
  const [pickerGeneration, setPickerGeneration] = useState(0);
  const [saved, setSaved] = useState(false);

  const [state, formAction, pending] = useActionState<SaveResult, FormData>(async (previous, formData) => {
    const result = editing ? await updateDraftAction(previous, formData) : await createDraftAction(previous, formData);
    if (result.ok && "version" in result.data && typeof result.data.version === "number") {
      setVersion(result.data.version);
      setSaved(true);
      router.refresh();
    }
    return result;
  }, null);

  const errors = state && !state.ok ? (state.error.fields ?? {}) : {};
  const conflict = state && !state.ok && state.error.code === "conflict" ? (state.error.current as CurrentClaim | undefined) : undefined;

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

  // React resets a form after its action; submitting by hand keeps every field as typed.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
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

  const input = (field: ClaimFormField) => ({
    id: `claim-${field}`,
    name: field,
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => set(field, event.target.value),
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": errors[field] ? `claim-${field}-error` : undefined,
  });
  const error = (field: ClaimFormField) =>
    errors[field] && (
      <p id={`claim-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    );

  const keptQuote = values.quote.trim();
  const mine = { ...values };

  return (
    <form onSubmit={submit} className={styles.form} noValidate>
      {claim && <input type="hidden" name="claimId" value={claim.id} />}
      {claim && <input type="hidden" name="version" value={version} />}

      {state && !state.ok && !conflict && !isDatabaseFault(state) && (
        <p className="notice notice-error" role="alert">
          {state.error.message}
        </p>
      )}
      {conflict && (
        <ConflictPanel
          message={state && !state.ok ? state.error.message : ""}
          current={conflict}
          mine={mine}
          myLabels={{ quantity: chosen.quantity?.label ?? "", source: chosen.source?.label ?? "", relayedBy: chosen.relayedBy?.label ?? null }}
          differing={differingFields(conflict.values, mine)}
          canOverwrite={conflict.status === "draft"}
          onKeepMine={() => setVersion(conflict.version)}
          onTakeTheirs={() => takeTheirs(conflict)}
        />
      )}
      {saved && (
        <p className="notice" role="status">
          Saved. Version {version}.
        </p>
      )}

      <fieldset className={styles.section}>
        <legend>The sentence</legend>
        <div className="field">
          <label htmlFor="claim-sentence">Sentence, as published</label>
          <p className="field-hint">Type or paste the sentence that holds the figure. The figures in it are found as you type.</p>
          <textarea {...input("sentence")} rows={3} />
          {error("sentence")}
        </div>
        <div className={`field ${styles.narrow}`}>
          <label htmlFor="claim-language">Language</label>
          <select {...input("language")}>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {LANGUAGE_LABELS[lang]}
              </option>
            ))}
          </select>
          {error("language")}
        </div>

        {proposals.length > 0 && (
          <div className={styles.proposals} role="group" aria-labelledby="claim-proposals-title">
            <p id="claim-proposals-title" className={styles.inlineTitle}>
              {proposals.length === 1 ? "Figure found" : `${proposals.length} figures found`}: keep the one this claim is about
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
        {values.sentence.trim() !== "" && proposals.length === 0 && (
          <p className="notice">No figure found in this sentence: type the figure below as the sentence writes it.</p>
        )}
      </fieldset>

      <fieldset className={styles.section}>
        <legend>The figure</legend>
        <p className="field-hint">
          Correct what the engine read if the sentence says otherwise. The lowest and highest values follow the value and qualifier; change
          them for a range.
        </p>
        <div className={styles.grid3}>
          <div className="field">
            <label htmlFor="claim-quote">Figure as written</label>
            <input type="text" {...input("quote")} />
            {error("quote")}
          </div>
          <div className="field">
            <label htmlFor="claim-value">Value</label>
            <input type="text" inputMode="decimal" {...input("value")} />
            {error("value")}
          </div>
          <div className="field">
            <label htmlFor="claim-qualifier">Qualifier</label>
            <select {...input("qualifier")}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {qualifierInWords(q)}
                </option>
              ))}
            </select>
            {error("qualifier")}
          </div>
          <div className="field">
            <label htmlFor="claim-low">Lowest value</label>
            <input type="text" inputMode="decimal" {...input("low")} placeholder="no lower bound" />
            {error("low")}
          </div>
          <div className="field">
            <label htmlFor="claim-high">Highest value</label>
            <input type="text" inputMode="decimal" {...input("high")} placeholder="no upper bound" />
            {error("high")}
          </div>
          <div className="field">
            <label htmlFor="claim-kind">Kind</label>
            <select {...input("kind")}>
              {FIGURE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
            {error("kind")}
          </div>
          <div className="field">
            <label htmlFor="claim-unit">
              Unit <span className={styles.optional}>(optional)</span>
            </label>
            <input type="text" {...input("unit")} placeholder="soldiers, %, EUR" />
            {error("unit")}
          </div>
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend>What it counts and who said it</legend>
        <div className={styles.grid2}>
          <SearchPicker
            key={`quantity-${pickerGeneration}`}
            name="quantityId"
            label="Quantity"
            hint="Search the stories' quantities by label or story."
            endpoint="/api/staff/quantities"
            initial={chosen.quantity}
            error={errors.quantityId}
            onChange={(choice) => pick("quantity", "quantityId", choice)}
          />
          <SearchPicker
            key={`source-${pickerGeneration}`}
            name="sourceId"
            label="Source"
            hint="Who counted: search, or create it if it is new."
            endpoint="/api/staff/sources"
            initial={chosen.source}
            error={errors.sourceId}
            allowCreate
            onChange={(choice) => pick("source", "sourceId", choice)}
          />
          <SearchPicker
            key={`relayed-${pickerGeneration}`}
            name="relayedById"
            label="Relayed by"
            optional
            hint="The outlet that passed the figure on, when not the source itself (AFP citing the governor)."
            endpoint="/api/staff/sources"
            initial={chosen.relayedBy}
            error={errors.relayedById}
            allowCreate
            onChange={(choice) => pick("relayedBy", "relayedById", choice)}
          />
          <div className="field">
            <label htmlFor="claim-reportedAt">Reported at (UTC)</label>
            <p className="field-hint">When the source gave this figure.</p>
            <input type="datetime-local" {...input("reportedAt")} />
            {error("reportedAt")}
          </div>
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend>Where it appeared</legend>
        <div className={styles.grid2}>
          <div className="field">
            <label htmlFor="claim-articleUrl">
              Article address <span className={styles.optional}>(optional)</span>
            </label>
            <input type="url" inputMode="url" placeholder="https://" {...input("articleUrl")} />
            {error("articleUrl")}
          </div>
          <div className="field">
            <label htmlFor="claim-archiveUrl">
              Archive address <span className={styles.optional}>(optional)</span>
            </label>
            <input type="url" inputMode="url" placeholder="https://web.archive.org/…" {...input("archiveUrl")} />
            {error("archiveUrl")}
          </div>
          <div className="field">
            <label htmlFor="claim-publisher">
              Publisher <span className={styles.optional}>(optional)</span>
            </label>
            <input type="text" {...input("publisher")} />
            {error("publisher")}
          </div>
          <div className="field">
            <label htmlFor="claim-publishedAt">
              Published at (UTC) <span className={styles.optional}>(optional)</span>
            </label>
            <input type="datetime-local" {...input("publishedAt")} />
            {error("publishedAt")}
          </div>
        </div>
        <div className="field">
          <label htmlFor="claim-headline">
            Headline <span className={styles.optional}>(optional)</span>
          </label>
          <input type="text" {...input("headline")} />
          {error("headline")}
        </div>
      </fieldset>

      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Save as draft"}
        </button>
        <SaveFault result={state} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {Object.keys(errors).length > 0 ? `${Object.keys(errors).length} fields need attention: ${Object.keys(errors).map((f) => CLAIM_FIELD_LABELS[f as ClaimFormField] ?? f).join(", ")}.` : ""}
      </p>
    </form>
  );
}
