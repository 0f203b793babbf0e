"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import { deleteDraft, discardImportDrafts, type DiscardedImport } from "@/lib/data/draft-deletion";
import { deleteDraftInput, discardImportInput } from "@/lib/validation/draft-deletion";

// Deleting a draft from its page, and discarding the drafts an import added. Each: who -> may
// their role -> what (zod) -> do (lib/auth/run-action.ts); the rules that look at the claim or the
// import (its author, its status, its version) are checked by lib/data/draft-deletion.ts.

/** Deletes one draft (kept in its history), then opens the dashboard, which says so. */
export async function deleteDraftAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction("write_newsroom", deleteDraftInput, formToObject(formData), (actor, input) =>
    deleteDraft(actor, input),
  );
  if (!result.ok) return result;
  revalidatePath("/dashboard");
  revalidatePath("/claims");
  redirect("/dashboard?deleted=1");
}

/** Deletes every draft an import added that is still a draft; says how many, and how many were kept. */
export async function discardImportAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<DiscardedImport>> {
  return runAction("write_newsroom", discardImportInput, formToObject(formData), async (actor, input) => {
    const result = await discardImportDrafts(actor, input.jobId);
    if (result.ok && result.data.discarded > 0) {
      revalidatePath("/dashboard");
      revalidatePath("/claims");
    }
    return result;
  });
}
