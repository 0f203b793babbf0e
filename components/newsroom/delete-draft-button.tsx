"use client";

import { ConfirmButtons } from "@/components/forms/confirm-buttons";
import { useState } from "react";
import { SaveFault, isDatabaseFault } from "@/components/forms/save-fault";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import { useMessages } from "@/lib/i18n/client";
import { DRAFT_DELETION_MESSAGES } from "@/lib/i18n/messages/staff/draft-deletion";
import { MAX_DELETION_REASON_LENGTH } from "@/lib/validation/draft-deletion";
import styles from "./newsroom.module.css";

/** Deletes a draft, from the version shown; on success the server opens the dashboard. */
export type DeleteDraftAction = FormAction<ActionResult<{ id: string }> | null>;

/**
 * "Delete draft", then a confirmation that says what deleting does, with an optional reason for
 * the history. Nothing is deleted before the second button.
 */
export function DeleteDraftButton({
  claimId,
  version,
  deleteDraft,
}: {
  claimId: string;
  version: number;
  deleteDraft: DeleteDraftAction;
}) {
  const t = useMessages(DRAFT_DELETION_MESSAGES).deleteDraft;
  const [asking, setAsking] = useState(false);
  const { state, pending, form, errors, failure } = useFormAction(deleteDraft, {
    permalink: `/claims/${encodeURIComponent(claimId)}`,
  });

  if (!asking)
    return (
      <div className={styles.itemActions}>
        <Button type="button" variant="danger" size="small" onClick={() => setAsking(true)}>
          {t.button}
        </Button>
      </div>
    );

  return (
    <Card as="form" {...form} aria-labelledby={`delete-${claimId}-title`} className={styles.form}>
      <h3 id={`delete-${claimId}-title`}>{t.question}</h3>
      <p>{t.explanation}</p>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <Field id={`delete-${claimId}-reason`} label={t.reason} hint={t.reasonHint} error={errors.reason} optional>
        <input type="text" name="reason" maxLength={MAX_DELETION_REASON_LENGTH} />
      </Field>
      <ConfirmButtons
        confirm={t.confirm}
        pendingLabel={t.deleting}
        cancel={t.cancel}
        pending={pending}
        onCancel={() => setAsking(false)}
      />
      <SaveFault result={state} />
      {failure && !failure.fields && !isDatabaseFault(state) && <FieldError role="alert">{failure.message}</FieldError>}
    </Card>
  );
}
