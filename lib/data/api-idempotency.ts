import "server-only";
import type { ActionResult } from "@/lib/auth/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimDraftInput } from "@/lib/validation/newsroom";
import { recordTokenWrite } from "./api-tokens";
import { createDraftClaimIn } from "./claims";
import { db } from "./db";

// Idempotency-Key for the write API (the IETF draft "The Idempotency-Key HTTP Header Field"): a
// client that retries a write after a timeout or a failure sends the same key, and gets the draft
// the first request logged instead of a second one.
//
// The key is looked up and remembered in the same transaction as the draft: both are saved or
// neither is. Transactions take turns for the write lock (BEGIN IMMEDIATE on SQLite, one
// advisory lock on PostgreSQL), so two copies of one request sent at once cannot both write: the
// second finds the first's key and answers its draft. Nothing is reserved outside a transaction,
// so a server killed mid-request leaves no key "in progress": the retry simply writes.
// (Before, the key was reserved, then the draft committed, then the key completed: a failure
// in between answered "nothing was saved" though the draft existed, and a retry made a second.)

/** How long a key is remembered; after that the same key starts afresh. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export interface IdempotencyKey {
  tokenId: string;
  key: string;
  /** SHA-256 of the request's body: the same key with another body is a mistake, not a retry. */
  bodyHash: string;
}

export type KeyedDraft =
  | { kind: "created"; claimId: string }
  | { kind: "replay"; claimId: string }
  | { kind: "other_body" }
  | { kind: "refused"; result: ActionResult<{ id: string }> & { ok: false } };

export interface TokenWriter {
  token: Parameters<typeof recordTokenWrite>[0];
  actorId: string;
  reason: string;
}

/** What an earlier request with this key became, read inside the draft's transaction. */
async function earlierUse(
  tx: Prisma.TransactionClient,
  { tokenId, key, bodyHash }: IdempotencyKey,
  now: Date,
): Promise<KeyedDraft | null> {
  const earlier = await tx.apiIdempotencyKey.findUnique({
    where: { tokenId_key: { tokenId, key } },
  });
  if (!earlier) return null;
  // Expired, or a reservation left by the version before this one: the key starts afresh.
  if (earlier.claimId === null || now.getTime() - earlier.createdAt.getTime() >= IDEMPOTENCY_KEY_TTL_MS) {
    await tx.apiIdempotencyKey.delete({ where: { tokenId_key: { tokenId, key } } });
    return null;
  }
  return earlier.bodyHash === bodyHash ? { kind: "replay", claimId: earlier.claimId } : { kind: "other_body" };
}

/**
 * Logs a draft through an API token, once per Idempotency-Key when one is given: the draft, its
 * history, the token's history entry and the key, in one transaction. A refused draft (a choice no
 * longer available) saves nothing, key included, so the client may fix the body and send it again.
 */
export async function createDraftThroughToken(
  writer: TokenWriter,
  input: ClaimDraftInput,
  key: IdempotencyKey | null,
  now = new Date(),
): Promise<KeyedDraft> {
  return db.$transaction(async (tx) => {
    if (key) {
      const earlier = await earlierUse(tx, key, now);
      if (earlier) return earlier;
    }
    const created = await createDraftClaimIn(tx, writer.actorId, input, writer.reason);
    if (!created.ok) return { kind: "refused", result: created };
    const claimId = created.data.id;
    await recordTokenWrite(writer.token, claimId, tx);
    if (key)
      await tx.apiIdempotencyKey.create({
        data: {
          tokenId: key.tokenId,
          key: key.key,
          bodyHash: key.bodyHash,
          claimId,
          createdAt: now,
        },
      });
    return { kind: "created", claimId };
  });
}
