"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { revokeApiTokenAction } from "@/app/admin/tokens/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import usersStyles from "@/components/admin-users/admin-users.module.css";
import styles from "./admin-tokens.module.css";

/** Revoke, after a confirmation: a program using the token stops at once, for good. */
export function RevokeTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ changed: boolean }> | null, FormData>(revokeApiTokenAction, null);
  const [confirming, setConfirming] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  if (!confirming) {
    return (
      <button type="button" className={usersStyles.danger} onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
    );
  }
  return (
    <form action={formAction} onSubmit={submit} className={styles.confirm}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <span role="status">Programs using “{name}” stop at once. Revoke it?</span>
      <button type="submit" className={usersStyles.danger} disabled={pending} aria-label={`Yes, revoke ${name}`}>
        {pending ? "Revoking…" : "Yes, revoke"}
      </button>
      <button type="button" className={usersStyles.secondary} onClick={() => setConfirming(false)} disabled={pending}>
        Cancel
      </button>
      {state && !state.ok && (
        <p className="field-error" role="alert">
          {state.error.message}
        </p>
      )}
    </form>
  );
}
