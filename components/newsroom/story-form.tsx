"use client";

import { CardForm } from "@/components/forms/card-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field, InputField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";

/** A new story; on success the story's page opens to add its quantities. */
export function StoryForm({ createStory }: { createStory: FormAction<ActionResult<{ id: string }> | null> }) {
  const t = useMessages(NEWSROOM_MESSAGES).storyForm;
  const creating = useFormAction(createStory, { permalink: "/stories" });
  const { errors } = creating;
  return (
    <CardForm action={creating} title={t.newStory} submit={t.createStory} pendingLabel={t.creating}>
      <InputField id="story-title" label={t.title} hint={t.theNewsEventAs} errors={errors} name="title" />
      <div className={styles.grid2}>
        <InputField id="story-date" label={t.date} errors={errors} name="date" type="date" />
        <InputField id="story-place" label={t.place} optional errors={errors} name="place" />
      </div>
      <Field id="story-summary" label={t.summary} optional error={errors.summary}>
        <textarea name="summary" rows={3} />
      </Field>
    </CardForm>
  );
}
