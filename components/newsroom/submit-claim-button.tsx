"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, type FormEvent } from "react";
import { submitClaimAction } from "@/app/claims/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import { SaveFault, isDatabaseFault } from "./save-fault";
import styles from "./newsroom.module.css";

/** Sends one draft to review, from the version shown; the page then shows where it stands. */
export function SubmitClaimButton({ claimId, version, label }: { claimId: string; version: number; label: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string; version: number }> | null, FormData>(
    async (previous, formData) => {
      const result = await submitClaimAction(previous, formData);
      if (result.ok) router.refresh();
      return result;
    },
    null,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form onSubmit={submit} className={styles.itemActions}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className={styles.smallButton} disabled={pending || state?.ok === true}>
        {pending ? "Sending…" : state?.ok ? "Sent for review" : label}
      </button>
      <SaveFault result={state} />
      {state && !state.ok && !isDatabaseFault(state) && (
        <p className="field-error" role="alert">
          {state.error.message}
        </p>
      )}
    </form>
  );
}
