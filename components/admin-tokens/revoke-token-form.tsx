"use client";

import { useState } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
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
  const { pending, form, failure } = useFormAction(revoke, {
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
    <form {...form} className={styles.confirm}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <span role="status">{t.revokeQuestion(name)}</span>
      <Button
        type="submit"
        variant="danger"
        size="small"
        pending={pending}
        pendingLabel={t.revoking}
        aria-label={t.yesRevokeName(name)}
      >
        {t.yesRevoke}
      </Button>
      <Button variant="secondary" size="small" onClick={() => setConfirming(false)} disabled={pending}>
        {t.cancel}
      </Button>
      {failure && <FieldError role="alert">{failure.message}</FieldError>}
    </form>
  );
}
