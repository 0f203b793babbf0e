"use client";

import { createStoryAction } from "@/app/stories/actions";
import { FormField } from "./form-field";
import { SaveFault, isDatabaseFault } from "./save-fault";
import { useFormAction } from "./use-form-action";
import styles from "./newsroom.module.css";

/** A new story; on success the story's page opens to add its quantities. */
export function StoryForm() {
  const { state, submit, pending, errors } = useFormAction(createStoryAction);
  return (
    <form onSubmit={submit} className={`${styles.form} ${styles.panel}`} noValidate>
      <h2>New story</h2>
      {state && !state.ok && !state.error.fields && !isDatabaseFault(state) && (
        <p className="notice notice-error" role="alert">
          {state.error.message}
        </p>
      )}
      <FormField id="story-title" label="Title" error={errors.title} hint="The news event, as the newsroom names it.">
        <input type="text" name="title" />
      </FormField>
      <div className={styles.grid2}>
        <FormField id="story-date" label="Date" error={errors.date}>
          <input type="date" name="date" />
        </FormField>
        <FormField id="story-place" label="Place" optional error={errors.place}>
          <input type="text" name="place" />
        </FormField>
      </div>
      <FormField id="story-summary" label="Summary" optional error={errors.summary}>
        <textarea name="summary" rows={3} />
      </FormField>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Creating…" : "Create story"}
        </button>
        <SaveFault result={state} />
      </div>
    </form>
  );
}
