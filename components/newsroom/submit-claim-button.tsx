"use client";

import { useRouter } from "next/navigation";
import { SaveFault, isDatabaseFault } from "@/components/forms/save-fault";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";

/** Sends a draft to review, from the version shown. */
export type SubmitClaimAction = FormAction<ActionResult<{ id: string; version: number }> | null>;

/** Sends one draft to review, from the version shown; the page then shows where it stands. */
export function SubmitClaimButton({
  claimId,
  version,
  label,
  submitClaim,
}: {
  claimId: string;
  version: number;
  label: string;
  submitClaim: SubmitClaimAction;
}) {
  const t = useMessages(NEWSROOM_MESSAGES).submitClaimButton;
  const router = useRouter();
  // Without JavaScript, from the dashboard too, the answer is shown on the claim's own page.
  const { state, pending, form, failure } = useFormAction(submitClaim, {
    permalink: `/claims/${encodeURIComponent(claimId)}`,
    onSuccess: () => router.refresh(),
  });

  return (
    <form {...form} className={styles.itemActions}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" size="small" pending={pending} pendingLabel={t.sending} disabled={state?.ok === true}>
        {state?.ok ? t.sentForReview : label}
      </Button>
      <SaveFault result={state} />
      {failure && !isDatabaseFault(state) && <FieldError role="alert">{failure.message}</FieldError>}
    </form>
  );
}
