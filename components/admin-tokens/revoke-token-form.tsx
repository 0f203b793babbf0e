"use client";

import { useState } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { RowButtonForm } from "@/components/admin/row-button-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import styles from "./admin-tokens.module.css";
import { useMessages } from "@/lib/i18n/client";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";

export type RevokeTokenAction = FormAction<ActionResult<{ changed: boolean }> | null>;

/** Revoke, after a confirmation: a program using the token stops at once, for good. */
export function RevokeTokenForm({
  tokenId,
  name,
  revoke,
}: {
  tokenId: string;
  name: string;
  revoke: RevokeTokenAction;
}) {
  const t = useMessages(ADMIN_MESSAGES).revokeTokenForm;
  const revoking = useFormAction(revoke, {
    permalink: actionPermalink("/admin/tokens", `token-${tokenId}`),
  });
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <Button variant="danger" size="small" onClick={() => setConfirming(true)} aria-label={t.revokeName(name)}>
        {t.revoke}
      </Button>
    );
  }
  return (
    <RowButtonForm
      action={revoking}
      fields={{ tokenId }}
      variant="danger"
      pendingLabel={t.revoking}
      label={t.yesRevokeName(name)}
      className={styles.confirm}
      before={<span role="status">{t.revokeQuestion(name)}</span>}
      after={
        <>
          <Button variant="secondary" size="small" onClick={() => setConfirming(false)} disabled={revoking.pending}>
            {t.cancel}
          </Button>
          {revoking.failure && <FieldError role="alert">{revoking.failure.message}</FieldError>}
        </>
      }
    >
      {t.yesRevoke}
    </RowButtonForm>
  );
}
