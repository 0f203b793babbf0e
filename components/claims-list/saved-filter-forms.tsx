"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { actionPermalink } from "@/components/forms/action-permalink";
import { isDatabaseFault } from "@/components/forms/save-fault";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import type { ActionResult } from "@/lib/auth/action-result";
import { fill, type SavedFilterWords } from "@/lib/i18n/messages/claims-list";
import styles from "./claims-list.module.css";

type SavedFilterState = ActionResult<{ id: string }> | null;
export type SavedFilterAction = FormAction<SavedFilterState>;

/** A refusal in the reader's words: the action words its own; the database's state is said here. */
function Refusal({ state, t }: { state: SavedFilterState; t: SavedFilterWords }) {
  if (!state || state.ok || state.error.fields?.name) return null;
  const message = isDatabaseFault(state) ? state.error.message : fill(t.failed, { message: state.error.message });
  return (
    <Notice tone="error" role="alert">
      {message}
    </Notice>
  );
}

/** Saves the filter shown under a name. */
export function SaveFilterForm({
  query,
  t,
  action,
}: {
  query: string;
  t: SavedFilterWords;
  action: SavedFilterAction;
}) {
  const save = useFormAction(action, {
    permalink: actionPermalink(query ? `/claims?${query}` : "/claims", "save-filter"),
    onSuccess: (_data, form) => form?.reset(),
  });
  return (
    <>
      <form {...save.form} className={styles.saveForm} id="save-filter">
        <input type="hidden" name="filter" value={query} />
        <Field id="save-filter-name" label={t.nameLabel} hint={t.nameHint} error={save.errors.name}>
          <input type="text" name="name" maxLength={60} required autoComplete="off" />
        </Field>
        <Button type="submit" variant="secondary" pending={save.pending} pendingLabel={t.saving}>
          {t.save}
        </Button>
      </form>
      <div aria-live="polite">
        <Refusal state={save.state} t={t} />
        {save.state?.ok && (
          <Notice tone="success" role="status">
            {t.saved}
          </Notice>
        )}
      </div>
    </>
  );
}

/** Deletes one saved filter. */
export function DeleteFilterButton({
  filterId,
  name,
  t,
  action,
}: {
  filterId: string;
  name: string;
  t: SavedFilterWords;
  action: SavedFilterAction;
}) {
  const remove = useFormAction(action, { permalink: actionPermalink("/claims", `delete-filter-${filterId}`) });
  const label = fill(t.deleteLabel, { name });
  return (
    <form {...remove.form} id={`delete-filter-${filterId}`}>
      <input type="hidden" name="filterId" value={filterId} />
      <button
        type="submit"
        className={styles.chipDelete}
        aria-label={label}
        title={remove.failure ? remove.failure.message : label}
        disabled={remove.pending}
      >
        ×
      </button>
    </form>
  );
}
