"use client";

import { useState, type FormEvent } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, FieldError, InputField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import { useMessages } from "@/lib/i18n/client";
import { STORIES_MESSAGES } from "@/lib/i18n/messages/staff/stories";
import styles from "./newsroom.module.css";

export type MergeSourcesAction = FormAction<ActionResult<{ intoId: string; movedClaims: number }> | null>;

interface MergedSource {
  id: string;
  name: string;
  version: number;
  claimCount: number;
}

/**
 * Merge a source entered twice ("OSDH") into the one to keep ("Syrian Observatory for Human
 * Rights"), after a confirmation that says what moves. A reviewer's tool: published claims move.
 */
export function MergeSourceForm({
  source,
  others,
  merge,
}: {
  source: MergedSource;
  others: { id: string; name: string }[];
  merge: MergeSourcesAction;
}) {
  const t = useMessages(STORIES_MESSAGES).mergeSource;
  const id = `merge-${source.id}`;
  const merging = useFormAction(merge, { permalink: actionPermalink("/sources", id) });
  const { form, pending, errors, failure } = merging;
  const [intoId, setIntoId] = useState("");
  const into = others.find((other) => other.id === intoId);
  const confirmThenMerge = (event: FormEvent<HTMLFormElement>) => {
    if (into && !window.confirm(t.confirm(source.name, into.name, source.claimCount))) event.preventDefault();
    else form.onSubmit(event);
  };
  return (
    <details id={id} className={styles.merge}>
      <summary aria-label={t.mergeName(source.name)}>{t.merge}</summary>
      <form {...form} onSubmit={confirmThenMerge} className={styles.mergeForm}>
        <input type="hidden" name="fromId" value={source.id} />
        <input type="hidden" name="fromVersion" value={source.version} />
        <Field id={`${id}-into`} label={t.into(source.name)} error={errors.intoId}>
          <select name="intoId" value={intoId} onChange={(event) => setIntoId(event.target.value)}>
            <option value="">{t.choose}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </Field>
        <InputField
          id={`${id}-reason`}
          label={t.reason}
          hint={t.reasonHint}
          optional
          errors={errors}
          name="reason"
          maxLength={500}
        />
        <Button type="submit" variant="danger" size="small" pending={pending} pendingLabel={t.merging}>
          {t.submit}
        </Button>
        {failure && !failure.fields && <FieldError role="alert">{failure.message}</FieldError>}
      </form>
    </details>
  );
}
