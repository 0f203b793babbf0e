"use client";

import { ConfirmButtons } from "@/components/forms/confirm-buttons";
import { useState } from "react";
import { SaveFault, isDatabaseFault } from "@/components/forms/save-fault";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/action-result";
import type { DiscardedImport } from "@/lib/data/draft-deletion";
import { useMessages } from "@/lib/i18n/client";
import { DRAFT_DELETION_MESSAGES } from "@/lib/i18n/messages/staff/draft-deletion";

/** Deletes the drafts an import added that are still drafts. */
export type DiscardImportAction = FormAction<ActionResult<DiscardedImport> | null>;

/**
 * "Discard this import's drafts", then a confirmation; afterwards, how many were discarded and
 * how many were kept because they had moved on (submitted or published).
 */
export function DiscardImport({
  jobId,
  drafts,
  discardImport,
  onDiscarded,
}: {
  jobId: string;
  /** Drafts of the import still drafts. */
  drafts: number;
  discardImport: DiscardImportAction;
  onDiscarded: () => void;
}) {
  const t = useMessages(DRAFT_DELETION_MESSAGES).discardImport;
  const [asking, setAsking] = useState(false);
  const { state, pending, form, failure } = useFormAction(discardImport, {
    permalink: `/claims/import?job=${encodeURIComponent(jobId)}`,
    onSuccess: () => {
      setAsking(false);
      onDiscarded();
    },
  });

  const done = state?.ok ? state.data : null;
  return (
    <div>
      {done && (
        <Notice role="status">
          {t.discarded(done.discarded)}
          {t.kept(done.kept)}
        </Notice>
      )}
      {drafts > 0 && !asking && (
        <p>
          {t.draftsLeft(drafts)}{" "}
          <Button type="button" variant="danger" size="small" onClick={() => setAsking(true)}>
            {t.button}
          </Button>
        </p>
      )}
      {drafts > 0 && asking && (
        <form {...form} aria-labelledby={`discard-${jobId}-title`}>
          <p>
            <strong id={`discard-${jobId}-title`}>{t.question}</strong> {t.explanation}
          </p>
          <input type="hidden" name="jobId" value={jobId} />
          <ConfirmButtons
            confirm={t.confirm}
            pendingLabel={t.discarding}
            cancel={t.cancel}
            pending={pending}
            onCancel={() => setAsking(false)}
          />
        </form>
      )}
      <SaveFault result={state} />
      {failure && !isDatabaseFault(state) && <FieldError role="alert">{failure.message}</FieldError>}
    </div>
  );
}
