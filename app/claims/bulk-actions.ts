"use server";

import { revalidatePath } from "next/cache";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import type { Actor } from "@/lib/auth/policy";
import { formToObject, runAction } from "@/lib/auth/run-action";
import {
  approveClaims,
  deleteDrafts,
  previewApproval,
  submitClaims,
  type ApprovalPreviewAnswer,
  type BulkAnswer,
  type BulkOutcome,
} from "@/lib/data/claims-bulk";
import { matchingClaims, type BulkCandidate } from "@/lib/data/claims-list";
import { deleteSavedFilter, saveFilter } from "@/lib/data/saved-filters";
import { CLAIMS_LIST_MESSAGES } from "@/lib/i18n/messages/claims-list";
import { requestLocale } from "@/lib/i18n/server";
import {
  BULK_BATCH_LIMIT,
  bulkApproveInput,
  bulkTargetInput,
  claimsListQuery,
  deleteFilterInput,
  readClaimsListQuery,
  saveFilterInput,
  type BulkTargetInput,
} from "@/lib/validation/claims-list";

// The claims list's actions (app/claims/page.tsx): submit, approve or delete many claims at once, and a
// person's saved filters. Each runs who -> may their role -> what (zod) -> do (lib/auth/run-action.ts);
// each claim then goes through the single claim's own function, which applies its rules (author,
// four eyes, status, version) and writes its history (lib/data/claims-bulk.ts).

export type BulkActionState = ActionResult<BulkAnswer> | null;
export type PreviewActionState = ActionResult<ApprovalPreviewAnswer> | null;
export type SavedFilterActionState = ActionResult<{ id: string }> | null;

/** The claims a bulk action is about: those ticked, or the first BULK_BATCH_LIMIT matching the filter. */
async function targetsOf(actor: Actor, input: BulkTargetInput): Promise<{ claims: BulkCandidate[]; matched: number }> {
  if (input.scope === "selected") return { claims: input.claim, matched: input.claim.length };
  const reading = readClaimsListQuery(new URLSearchParams(input.filter));
  // The schema has refused a filter with a mistake already; read again, so this cannot widen it.
  if (!reading.ok) return { claims: [], matched: 0 };
  const { claims, total } = await matchingClaims(actor, reading.filter, BULK_BATCH_LIMIT);
  return { claims, matched: total };
}

/** The cap a batch met: null when every matching claim was in it. */
const limitOf = (matched: number) => (matched > BULK_BATCH_LIMIT ? BULK_BATCH_LIMIT : null);

const answer = (outcome: BulkOutcome, matched: number): BulkAnswer => ({
  ...outcome,
  matched,
  limit: limitOf(matched),
});

/** A bulk action on drafts: the targets through `run`, and the lists that show drafts refreshed when any changed. */
async function onDrafts(
  actor: Actor,
  input: BulkTargetInput,
  run: (actor: Actor, claims: BulkCandidate[]) => Promise<BulkOutcome>,
) {
  const { claims, matched } = await targetsOf(actor, input);
  const outcome = await run(actor, claims);
  if (outcome.done > 0) {
    revalidatePath("/claims");
    revalidatePath("/dashboard");
  }
  return success(answer(outcome, matched));
}

/** Sends the author's own drafts among the targets to review, each as its Submit button does. */
export async function bulkSubmitAction(_previous: BulkActionState, formData: FormData): Promise<BulkActionState> {
  return runAction("write_newsroom", bulkTargetInput, formToObject(formData), (actor, input) =>
    onDrafts(actor, input, submitClaims),
  );
}

/** Deletes the drafts among the targets the person may delete (their own; an admin's: anyone's), each with its history. */
export async function bulkDeleteDraftsAction(_previous: BulkActionState, formData: FormData): Promise<BulkActionState> {
  return runAction("write_newsroom", bulkTargetInput, formToObject(formData), (actor, input) =>
    onDrafts(actor, input, deleteDrafts),
  );
}

/** What approving the targets would do, claim by claim; nothing is written. */
export async function previewApprovalAction(
  _previous: PreviewActionState,
  formData: FormData,
): Promise<PreviewActionState> {
  return runAction("review", bulkTargetInput, formToObject(formData), async (actor, input) => {
    const { claims, matched } = await targetsOf(actor, input);
    const previewed = await previewApproval(actor, claims, await requestLocale());
    return success({ claims: previewed, matched, limit: limitOf(matched) });
  });
}

/** Approves the claims of the preview, at the versions it showed; never the reviewer's own. */
export async function bulkApproveAction(_previous: BulkActionState, formData: FormData): Promise<BulkActionState> {
  return runAction("review", bulkApproveInput, formToObject(formData), async (actor, input) => {
    const outcome = await approveClaims(actor, input.claim);
    if (outcome.done > 0) {
      revalidatePath("/claims");
      revalidatePath("/review");
    }
    return success(answer(outcome, input.claim.length));
  });
}

/** Saves the filter being looked at under a name of the person's own. */
export async function saveFilterAction(
  _previous: SavedFilterActionState,
  formData: FormData,
): Promise<SavedFilterActionState> {
  return runAction("read_staff", saveFilterInput, formToObject(formData), async (actor, input) => {
    const t = CLAIMS_LIST_MESSAGES[await requestLocale()].saved;
    const reading = readClaimsListQuery(new URLSearchParams(input.filter));
    if (!reading.ok) return failure("invalid", t.failed, { fields: { filter: t.failed } });
    const saved = await saveFilter(actor.id, { name: input.name, query: claimsListQuery(reading.filter) });
    if (!saved.ok) {
      const message = t.refusals[saved.refusal];
      return failure("conflict", message, { fields: { name: message } });
    }
    revalidatePath("/claims");
    return success(saved.filter);
  });
}

/** Deletes one of the person's own saved filters. */
export async function deleteSavedFilterAction(
  _previous: SavedFilterActionState,
  formData: FormData,
): Promise<SavedFilterActionState> {
  return runAction("read_staff", deleteFilterInput, formToObject(formData), async (actor, input) => {
    const deleted = await deleteSavedFilter(actor.id, input.filterId);
    if (!deleted.ok) {
      const t = CLAIMS_LIST_MESSAGES[await requestLocale()].saved;
      return failure("not_found", t.refusals.not_found);
    }
    revalidatePath("/claims");
    return success({ id: input.filterId });
  });
}
