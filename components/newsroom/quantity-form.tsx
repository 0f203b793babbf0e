"use client";

import { useState } from "react";
import { createQuantityAction } from "@/app/stories/actions";
import { HEADLINE_POLICIES, HEADLINE_POLICY_LABELS, MEASURE_LABELS, MEASURES } from "@/lib/validation/newsroom";
import { FormField } from "./form-field";
import { SaveFault, isDatabaseFault } from "./save-fault";
import { useFormAction } from "./use-form-action";
import styles from "./newsroom.module.css";

/** A new quantity on a story: what is counted, its scope, and how its public number is chosen. */
export function QuantityForm({ storyId }: { storyId: string }) {
  const [added, setAdded] = useState<string | null>(null);
  const { state, submit, pending, errors } = useFormAction(createQuantityAction, (data, form) => {
    setAdded(data.label);
    // Only after a success: a refused form keeps everything as typed.
    form.reset();
  });
  return (
    <form onSubmit={submit} className={`${styles.form} ${styles.panel}`} noValidate>
      <h2>New quantity</h2>
      <input type="hidden" name="storyId" value={storyId} />
      {state?.ok && added && (
        <p className="notice" role="status">
          “{added}” was added to the story.
        </p>
      )}
      {state && !state.ok && !state.error.fields && !isDatabaseFault(state) && (
        <p className="notice notice-error" role="alert">
          {state.error.message}
        </p>
      )}
      <FormField id="quantity-label" label="What is counted" error={errors.label} hint="One number, such as “Turkish soldiers killed in the strikes”.">
        <input type="text" name="label" />
      </FormField>
      <div className={styles.grid2}>
        <FormField id="quantity-measure" label="Measure" error={errors.measure}>
          <select name="measure" defaultValue="killed">
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {MEASURE_LABELS[m]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="quantity-unit" label="Unit" optional error={errors.unit} hint="soldiers, people, EUR…">
          <input type="text" name="unit" />
        </FormField>
        <FormField id="quantity-who" label="Who is counted" optional error={errors.scopeWho}>
          <input type="text" name="scopeWho" />
        </FormField>
        <FormField id="quantity-place" label="Where" optional error={errors.scopePlace}>
          <input type="text" name="scopePlace" />
        </FormField>
        <FormField id="quantity-from" label="From (day)" optional error={errors.scopeFrom}>
          <input type="date" name="scopeFrom" />
        </FormField>
        <FormField id="quantity-to" label="To (day)" optional error={errors.scopeTo}>
          <input type="date" name="scopeTo" />
        </FormField>
      </div>
      <FormField id="quantity-policy" label="Public number" error={errors.headlinePolicy}>
        <select name="headlinePolicy" defaultValue="consensus">
          {HEADLINE_POLICIES.map((p) => (
            <option key={p} value={p}>
              {HEADLINE_POLICY_LABELS[p]}
            </option>
          ))}
        </select>
      </FormField>
      <label className={styles.checkboxField}>
        <input type="checkbox" name="cumulative" />
        A toll that only grows (a later, higher figure is a revision, not a conflict)
      </label>
      {errors.cumulative && <p className="field-error">{errors.cumulative}</p>}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Adding…" : "Add quantity"}
        </button>
        <SaveFault result={state} />
      </div>
    </form>
  );
}
