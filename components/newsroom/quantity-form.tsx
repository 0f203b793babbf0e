"use client";

import { actionPermalink } from "@/components/forms/action-permalink";
import { CardForm } from "@/components/forms/card-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field, FieldError, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/action-result";
import { HEADLINE_POLICIES, HEADLINE_POLICY_LABELS, MEASURE_LABELS, MEASURES } from "@/lib/validation/newsroom";
import styles from "./newsroom.module.css";

export type CreateQuantityAction = FormAction<ActionResult<{ id: string; label: string }> | null>;

/** A new quantity on a story: what is counted, its scope, and how its public number is chosen. */
export function QuantityForm({ storyId, createQuantity }: { storyId: string; createQuantity: CreateQuantityAction }) {
  const adding = useFormAction(createQuantity, {
    permalink: actionPermalink(`/stories/${encodeURIComponent(storyId)}`),
    // Only after a success: a refused form keeps everything as typed.
    onSuccess: (_, form) => form?.reset(),
  });
  const { state, errors } = adding;
  const done = state?.ok && <Notice role="status">“{state.data.label}” was added to the story.</Notice>;
  return (
    <CardForm action={adding} title="New quantity" submit="Add quantity" pendingLabel="Adding…" done={done}>
      <input type="hidden" name="storyId" value={storyId} />
      <Field
        id="quantity-label"
        label="What is counted"
        error={errors.label}
        hint="One number, such as “Turkish soldiers killed in the strikes”."
      >
        <input type="text" name="label" />
      </Field>
      <div className={styles.grid2}>
        <Field id="quantity-measure" label="Measure" error={errors.measure}>
          <select name="measure" defaultValue="killed">
            <Options values={MEASURES} label={(m) => MEASURE_LABELS[m]} />
          </select>
        </Field>
        <Field id="quantity-unit" label="Unit" optional error={errors.unit} hint="soldiers, people, EUR…">
          <input type="text" name="unit" />
        </Field>
        <Field id="quantity-who" label="Who is counted" optional error={errors.scopeWho}>
          <input type="text" name="scopeWho" />
        </Field>
        <Field id="quantity-place" label="Where" optional error={errors.scopePlace}>
          <input type="text" name="scopePlace" />
        </Field>
        <Field id="quantity-from" label="From (day)" optional error={errors.scopeFrom}>
          <input type="date" name="scopeFrom" />
        </Field>
        <Field id="quantity-to" label="To (day)" optional error={errors.scopeTo}>
          <input type="date" name="scopeTo" />
        </Field>
      </div>
      <Field id="quantity-policy" label="Public number" error={errors.headlinePolicy}>
        <select name="headlinePolicy" defaultValue="consensus">
          <Options values={HEADLINE_POLICIES} label={(p) => HEADLINE_POLICY_LABELS[p]} />
        </select>
      </Field>
      <label className={styles.checkboxField}>
        <input type="checkbox" name="cumulative" />A toll that only grows (a later, higher figure is a revision, not a
        conflict)
      </label>
      {errors.cumulative && <FieldError>{errors.cumulative}</FieldError>}
    </CardForm>
  );
}
