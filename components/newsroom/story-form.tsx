"use client";

import { CardForm } from "@/components/forms/card-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
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
      <Field id="story-title" label={t.title} error={errors.title} hint={t.theNewsEventAs}>
        <input type="text" name="title" />
      </Field>
      <div className={styles.grid2}>
        <Field id="story-date" label={t.date} error={errors.date}>
          <input type="date" name="date" />
        </Field>
        <Field id="story-place" label={t.place} optional error={errors.place}>
          <input type="text" name="place" />
        </Field>
      </div>
      <Field id="story-summary" label={t.summary} optional error={errors.summary}>
        <textarea name="summary" rows={3} />
      </Field>
    </CardForm>
  );
}
