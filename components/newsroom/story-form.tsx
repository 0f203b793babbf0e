"use client";

import { CardForm } from "@/components/forms/card-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import styles from "./newsroom.module.css";

/** A new story; on success the story's page opens to add its quantities. */
export function StoryForm({ createStory }: { createStory: FormAction<ActionResult<{ id: string }> | null> }) {
  const creating = useFormAction(createStory, { permalink: "/stories" });
  const { errors } = creating;
  return (
    <CardForm action={creating} title="New story" submit="Create story" pendingLabel="Creating…">
      <Field id="story-title" label="Title" error={errors.title} hint="The news event, as the newsroom names it.">
        <input type="text" name="title" />
      </Field>
      <div className={styles.grid2}>
        <Field id="story-date" label="Date" error={errors.date}>
          <input type="date" name="date" />
        </Field>
        <Field id="story-place" label="Place" optional error={errors.place}>
          <input type="text" name="place" />
        </Field>
      </div>
      <Field id="story-summary" label="Summary" optional error={errors.summary}>
        <textarea name="summary" rows={3} />
      </Field>
    </CardForm>
  );
}
