"use client";

import { actionPermalink } from "@/components/forms/action-permalink";
import { CardForm } from "@/components/forms/card-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field, InputField, FieldError, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/action-result";
import { HEADLINE_POLICIES, MEASURES } from "@/lib/validation/newsroom";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export type CreateQuantityAction = FormAction<ActionResult<{ id: string; label: string }> | null>;

/** A new quantity on a story: what is counted, its scope, and how its public number is chosen. */
export function QuantityForm({ storyId, createQuantity }: { storyId: string; createQuantity: CreateQuantityAction }) {
  const t = useMessages(NEWSROOM_MESSAGES).quantityForm;
  const labels = useMessages(LABEL_MESSAGES);
  const adding = useFormAction(createQuantity, {
    permalink: actionPermalink(`/stories/${encodeURIComponent(storyId)}`),
    // Only after a success: a refused form keeps everything as typed.
    onSuccess: (_, form) => form?.reset(),
  });
  const { state, errors } = adding;
  const done = state?.ok && <Notice role="status">{t.wasAdded(state.data.label)}</Notice>;
  return (
    <CardForm action={adding} title={t.newQuantity} submit={t.addQuantity} pendingLabel={t.adding} done={done}>
      <input type="hidden" name="storyId" value={storyId} />
      <InputField id="quantity-label" label={t.whatIsCounted} hint={t.oneNumberSuchAs} errors={errors} name="label" />
      <div className={styles.grid2}>
        <Field id="quantity-measure" label={t.measure} error={errors.measure}>
          <select name="measure" defaultValue="killed">
            <Options values={MEASURES} label={(m) => labels.measures[m]} />
          </select>
        </Field>
        <InputField id="quantity-unit" label={t.unit} optional hint={t.soldiersPeopleEur} errors={errors} name="unit" />
        <InputField id="quantity-who" label={t.whoIsCounted} optional errors={errors} name="scopeWho" />
        <InputField id="quantity-place" label={t.where} optional errors={errors} name="scopePlace" />
        <InputField id="quantity-from" label={t.fromDay} optional errors={errors} name="scopeFrom" type="date" />
        <InputField id="quantity-to" label={t.toDay} optional errors={errors} name="scopeTo" type="date" />
      </div>
      <Field id="quantity-policy" label={t.publicNumber} error={errors.headlinePolicy}>
        <select name="headlinePolicy" defaultValue="consensus">
          <Options values={HEADLINE_POLICIES} label={(p) => labels.headlinePolicies[p]} />
        </select>
      </Field>
      <label className={styles.checkboxField}>
        <input type="checkbox" name="cumulative" />
        {t.aTollThatOnly}
      </label>
      {errors.cumulative && <FieldError>{errors.cumulative}</FieldError>}
    </CardForm>
  );
}
