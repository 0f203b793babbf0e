import "server-only";
import { db } from "./db";

// Failed sign-ins allowed in a window before the key is locked for a while: per account, few
// (a person mistypes a password three or four times, not ten); per address, more (a newsroom
// shares one address).
const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;
export const LIMITS = { account: 5, address: 30 } as const;

export type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`;

/** The moment the first locked key opens again, or null when none is locked. */
export async function lockedUntil(keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map(keyOf) }, lockedUntil: { gt: now } } });
  const latest = rows.map((r) => r.lockedUntil as Date).sort((a, b) => b.getTime() - a.getTime())[0];
  return latest ?? null;
}

/** Counts a failure against each key, locking those that pass their limit. */
export async function recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const k of keys) {
    const key = keyOf(k);
    await db.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : (row?.failures ?? 0) + 1;
      const lock = failures >= LIMITS[k.kind] ? new Date(now.getTime() + LOCK_MS) : null;
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: now, lockedUntil: lock },
        update: { failures, windowStart: fresh ? now : (row?.windowStart ?? now), lockedUntil: lock ?? row?.lockedUntil ?? null },
      });
    });
  }
}

/** A successful sign-in clears the account's count (not the address's: others share it). */
export async function clearAccount(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keyOf({ kind: "account", value: email }) } });
}
