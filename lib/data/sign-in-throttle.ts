import "server-only";
import { throttledNetwork } from "@/lib/security/client-address";
import { isUniqueViolation } from "./database-faults";
import { db } from "./db";

// Sign-in limits that slow a guesser without letting a stranger keep the owner out. Two counts:
// - an account from one address: after 5 failures, each further attempt from there waits
//   16 s, then 32 s, 64 s... up to 15 minutes. The owner at another address is not slowed at all,
//   so five wrong passwords from a stranger no longer lock a reviewer out;
// - an address across all accounts (credential stuffing): after 30 failures in 15 minutes, the
//   same growing waits. It is high because a newsroom shares one address.
// Each attempt takes its turn before its password is checked and counts as a failure until the
// password proves right, so a burst of attempts sent at once cannot all slip past the limit.
// Attempts refused for waiting are not counted: a person retrying too soon does not make it worse.

export interface ThrottleRule {
  /** Failures allowed before the waits start. */
  freeFailures: number;
  /** Failures older than this (from the first of the run) are forgotten. */
  windowMs: number;
}

export const RULES = {
  accountAtAddress: { freeFailures: 5, windowMs: 24 * 60 * 60 * 1000 },
  address: { freeFailures: 30, windowMs: 15 * 60 * 1000 },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleLimit = keyof typeof RULES;

const FIRST_WAIT_SECONDS = 16;
const LONGEST_WAIT_SECONDS = 15 * 60;

/** Seconds to wait before the next attempt after `failures` failures under `rule` (0: none). */
export function waitAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** Math.min(failures - rule.freeFailures, 20), LONGEST_WAIT_SECONDS);
}

// Rows of the SignInThrottle table. The "account:" rows of the old hard lock-out are no longer read.
const keyFor = (limit: ThrottleLimit, email: string, address: string) =>
  limit === "address"
    ? `address:${throttledNetwork(address)}`
    : `account-at-address:${email}|${throttledNetwork(address)}`;

export type SignInTurn = { ok: true } | { ok: false; limit: ThrottleLimit; waitSeconds: number };

/**
 * Takes this attempt's turn for `email` from `address`, counted as a failure until
 * `signInSucceeded` gives it back; or says which limit holds it and how many seconds are left.
 */
export async function takeSignInTurn(email: string, address: string, now = new Date()): Promise<SignInTurn> {
  const keys = (["accountAtAddress", "address"] as const).map((limit) => ({
    limit,
    key: keyFor(limit, email, address),
  }));
  // Both are looked at before either is counted, so a refusal counts nowhere.
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  for (const { limit, key } of keys) {
    const waiting = secondsLeft(rows.find((row) => row.key === key)?.lockedUntil ?? null, now);
    if (waiting > 0) return { ok: false, limit, waitSeconds: waiting };
  }
  for (const { limit, key } of keys) {
    const waiting = await countAttempt(key, RULES[limit], now);
    if (waiting > 0) return { ok: false, limit, waitSeconds: waiting };
  }
  return { ok: true };
}

/**
 * The right password: the account's count at this address starts again, and the address gets
 * back the turn this attempt took (its other failures stay: others may share the address).
 */
export async function signInSucceeded(email: string, address: string): Promise<void> {
  await db.signInThrottle.deleteMany({
    where: { key: keyFor("accountAtAddress", email, address) },
  });
  await db.signInThrottle.updateMany({
    where: { key: keyFor("address", email, address), failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}

const secondsLeft = (until: Date | null, now: Date) =>
  until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 1000) : 0;

/**
 * Adds one to a key's count, as compare-and-set (the row must still hold what was read), and
 * sets when the next attempt may come. Answers the seconds to wait when another attempt, at the
 * same moment, started the wait first; 0 when this attempt's turn is taken.
 */
async function countAttempt(key: string, rule: ThrottleRule, now: Date): Promise<number> {
  for (let tries = 0; tries < 10; tries++) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    const waiting = secondsLeft(row?.lockedUntil ?? null, now);
    if (waiting > 0) return waiting;
    const fresh = !row || now.getTime() - row.windowStart.getTime() > rule.windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const wait = waitAfter(failures, rule);
    const next = {
      failures,
      windowStart: fresh ? now : row.windowStart,
      lockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null,
    };
    if (!row) {
      try {
        await db.signInThrottle.create({ data: { key, ...next } });
        return 0;
      } catch (error) {
        // Another attempt created the row first: read it and count on top of it.
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    const { count } = await db.signInThrottle.updateMany({
      where: { key, failures: row.failures, windowStart: row.windowStart },
      data: next,
    });
    if (count === 1) return 0;
  }
  // Ten attempts at once on one key all changed it under each other: this one waits.
  return FIRST_WAIT_SECONDS;
}
