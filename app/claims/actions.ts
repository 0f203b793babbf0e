"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { success, type ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import { createDraftClaim, createDraftsFromArticle, submitClaim, updateDraftClaim } from "@/lib/data/claims";
import { claimDraftInput, claimUpdateInput, pastedArticleInput, submitClaimInput } from "@/lib/validation/newsroom";

// An editor's claims: log one, save a pasted article's figures, edit a draft, send it to review.
// Each action: who -> what -> may they -> do (lib/auth/run-action.ts); the rules that look at
// the claim itself (its author, status and version) are checked by lib/data/claims.ts.

/** Logs one claim as a draft, then opens it. */
export async function createDraftAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction("write_newsroom", claimDraftInput, formToObject(formData), (actor, input) =>
    createDraftClaim(actor.id, input),
  );
  if (!result.ok) return result;
  revalidatePath("/dashboard");
  redirect(`/claims/${result.data.id}?saved=new`);
}

/** Saves an edit to a draft; a stale one is refused with the claim as it is now. */
export async function updateDraftAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction("write_newsroom", claimUpdateInput, formToObject(formData), async (actor, input) => {
    const result = await updateDraftClaim(actor, input);
    if (result.ok) revalidatePath(`/claims/${input.claimId}`);
    return result;
  });
}

/** Sends a draft to review. */
export async function submitClaimAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction("write_newsroom", submitClaimInput, formToObject(formData), async (actor, input) => {
    const result = await submitClaim(actor, input);
    if (result.ok) {
      revalidatePath("/dashboard");
      revalidatePath(`/claims/${input.claimId}`);
    }
    return result;
  });
}

/**
 * Saves the figures kept from a pasted article as drafts, all or none. Called with a plain
 * object (the article and the ticked figures), not a form: each figure carries its own choices.
 */
export async function saveArticleDraftsAction(input: unknown): Promise<ActionResult<{ count: number }>> {
  const result = await runAction("write_newsroom", pastedArticleInput, input ?? {}, async (actor, article) => {
    const saved = await createDraftsFromArticle(actor.id, article);
    return saved.ok ? success({ count: saved.data.ids.length }) : saved;
  });
  if (!result.ok) return result;
  revalidatePath("/dashboard");
  redirect(`/dashboard?saved=${result.data.count}`);
}
