import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";

// Idempotency-Key for the write API (the IETF draft "The Idempotency-Key HTTP Header Field"): a
// client that retries a write after a timeout sends the same key, and gets the draft the first
// request logged instead of a second one. The key is reserved before the write, so two copies
// of one request sent at the same moment cannot both write: the second is told to wait.

/** How long a key is remembered; after that the same key starts afresh. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** A reservation left this long without its draft was abandoned (the server stopped mid-way). */
const ABANDONED_AFTER_MS = 60_000;

export type Reservation =
  | { kind: "reserved" }
  | { kind: "replay"; claimId: string }
  | { kind: "in_progress" }
  | { kind: "other_body" };

/** Reserves `key` for this token and body, or says what the earlier request with it became. */
export async function reserveIdempotencyKey(tokenId: string, key: string, bodyHash: string, now = new Date()): Promise<Reservation> {
  try {
    await db.apiIdempotencyKey.create({ data: { tokenId, key, bodyHash, createdAt: now } });
    return { kind: "reserved" };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const earlier = await db.apiIdempotencyKey.findUnique({ where: { tokenId_key: { tokenId, key } } });
  if (!earlier) return reserveIdempotencyKey(tokenId, key, bodyHash, now);
  const age = now.getTime() - earlier.createdAt.getTime();
  const stale = age >= IDEMPOTENCY_KEY_TTL_MS || (earlier.claimId === null && age >= ABANDONED_AFTER_MS);
  if (stale) {
    // Taken over only if no one else took it over first (same createdAt as read).
    const taken = await db.apiIdempotencyKey.updateMany({
      where: { tokenId, key, createdAt: earlier.createdAt },
      data: { bodyHash, claimId: null, createdAt: now },
    });
    return taken.count === 1 ? { kind: "reserved" } : { kind: "in_progress" };
  }
  if (earlier.claimId === null) return { kind: "in_progress" };
  return earlier.bodyHash === bodyHash ? { kind: "replay", claimId: earlier.claimId } : { kind: "other_body" };
}

/** The write is done: later requests with the key get this draft. */
export async function completeIdempotencyKey(tokenId: string, key: string, claimId: string): Promise<void> {
  await db.apiIdempotencyKey.update({ where: { tokenId_key: { tokenId, key } }, data: { claimId } });
}

/** The write was refused (a mistake in the body): the client may fix it and send the key again. */
export async function releaseIdempotencyKey(tokenId: string, key: string): Promise<void> {
  await db.apiIdempotencyKey.deleteMany({ where: { tokenId, key, claimId: null } });
}
