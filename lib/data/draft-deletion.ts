import "server-only";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import { mayDeleteDraft, mayDiscardImport, type Actor } from "@/lib/auth/policy";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DRAFT_DELETION_MESSAGES } from "@/lib/i18n/messages/staff/draft-deletion";
import { REFUSALS } from "@/lib/i18n/messages/refusals";
import type { DeleteDraftInput } from "@/lib/validation/draft-deletion";
import { db } from "./db";
import { recordHistories, recordHistory } from "./history";

// Deleting drafts: one from its page, many from the claims list, or every draft an import added.
// The claim leaves the Claim table, so it leaves every list; its history stays (HistoryEntry has
// no foreign key to the claim), closed by a "delete" entry holding the claim as it was, written in
// the same transaction as the delete. Only drafts: a claim in review is withdrawn or rejected
// first, a published one retracted, and neither is ever deleted.

const t = DRAFT_DELETION_MESSAGES.en;

type Transaction = Prisma.TransactionClient;
type Claim = Awaited<ReturnType<Transaction["claim"]["findUniqueOrThrow"]>>;

/** Claims deleted per statement when an import is discarded. */
const DELETE_CHUNK = 500;

const statusWords = (status: Claim["status"]) => REFUSALS.en.claimStatus[status] ?? status;

/** The "delete" history entry: the claim as it was, every field, so the record can say what it said. */
function deletionEntry(claim: Claim, actorId: string, reason: string | null) {
  return {
    entityType: "claim" as const,
    entityId: claim.id,
    action: "delete",
    actorId,
    before: claim,
    reason,
  };
}

/**
 * Deletes one draft inside the caller's transaction, if it still is a draft at the version the
 * person saw and they may delete it (its author, or an admin). Anything else changes nothing.
 */
export async function deleteDraftIn(
  tx: Transaction,
  actor: Actor,
  input: DeleteDraftInput,
): Promise<ActionResult<{ id: string }>> {
  const claim = await tx.claim.findUnique({ where: { id: input.claimId } });
  if (!claim) return failure("not_found", t.refusals.claimNotFound);
  if (claim.status !== "draft") return failure("conflict", t.refusals.notADraft(statusWords(claim.status)));
  if (!mayDeleteDraft(actor, claim)) return failure("forbidden", t.refusals.notYours);
  if (claim.version !== input.version) return failure("conflict", t.refusals.stale);
  const gone = await tx.claim.deleteMany({ where: { id: claim.id, version: input.version, status: "draft" } });
  if (gone.count === 0) return failure("conflict", t.refusals.stale);
  await recordHistory(tx, deletionEntry(claim, actor.id, input.reason ?? null));
  return success({ id: claim.id });
}

/** Deletes one draft, with its history entry, in one transaction (deleteDraftIn). */
export function deleteDraft(
  actor: Actor,
  input: DeleteDraftInput,
  database: PrismaClient = db,
): Promise<ActionResult<{ id: string }>> {
  return database.$transaction((tx) => deleteDraftIn(tx, actor, input));
}

/** What discarding an import did. */
export interface DiscardedImport {
  fileName: string;
  /** Drafts deleted. */
  discarded: number;
  /** Claims of the import kept because they had moved on: in review, published or retracted. */
  kept: number;
}

/**
 * Deletes, in one transaction, every claim an import added that is still a draft, each with its
 * "delete" history entry ("Import discarded: idlib.csv"); those already submitted or published
 * stay. Only the editor who imported the file, or an admin, and only once the import finished.
 */
export async function discardImportDrafts(
  actor: Actor,
  jobId: string,
  database: PrismaClient = db,
): Promise<ActionResult<DiscardedImport>> {
  const job = await database.importJob.findUnique({
    where: { id: jobId },
    select: { id: true, userId: true, fileName: true, status: true },
  });
  if (!job) return failure("not_found", t.refusals.importNotFound);
  if (!mayDiscardImport(actor, job)) return failure("forbidden", t.refusals.importNotYours);
  if (job.status === "running") return failure("conflict", t.refusals.importNotFinished);
  const reason = t.importDiscardedReason(job.fileName);

  // Transactions run one at a time (BEGIN IMMEDIATE; a database-wide lock on PostgreSQL), so the
  // drafts read here are exactly those deleted below: none is submitted in between.
  return database.$transaction(async (tx) => {
    // Index: Claim(importJobId, status).
    const drafts = await tx.claim.findMany({ where: { importJobId: job.id, status: "draft" } });
    for (let i = 0; i < drafts.length; i += DELETE_CHUNK) {
      const chunk = drafts.slice(i, i + DELETE_CHUNK);
      await recordHistories(
        tx,
        chunk.map((claim) => deletionEntry(claim, actor.id, reason)),
      );
      await tx.claim.deleteMany({ where: { id: { in: chunk.map((c) => c.id) }, status: "draft" } });
    }
    const kept = await tx.claim.count({ where: { importJobId: job.id, status: { not: "draft" } } });
    return success({ fileName: job.fileName, discarded: drafts.length, kept });
  });
}
