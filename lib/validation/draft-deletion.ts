import { z } from "zod";
import { recordId } from "./newsroom";

// What deleting a draft and discarding an import send, and all they may send: which draft, the
// version the person saw, an optional reason for the history; which import. Who deleted it and
// when, the server decides.

export const MAX_DELETION_REASON_LENGTH = 500;

const RELOAD = "Reload the page: we could not tell which version of the draft you saw.";

export const deleteDraftInput = z.object({
  claimId: recordId("Choose a draft to delete.", "This is not a claim of ours."),
  // A draft changed since the person looked at it is not deleted blind.
  version: z.coerce.number({ error: RELOAD }).int(RELOAD).min(1, RELOAD).max(Number.MAX_SAFE_INTEGER, RELOAD),
  reason: z
    .string({ error: "The reason should be text." })
    .trim()
    .max(MAX_DELETION_REASON_LENGTH, `Keep the reason under ${MAX_DELETION_REASON_LENGTH} characters.`)
    .optional()
    .transform((reason) => (reason ? reason : null)),
});

/** A draft to delete: the form's fields, or a batch's row (no reason). */
export interface DeleteDraftInput {
  claimId: string;
  version: number;
  reason?: string | null;
}

export const discardImportInput = z.object({
  jobId: recordId("Choose an import.", "This is not an import of ours."),
});
