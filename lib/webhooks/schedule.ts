// When a failed delivery is tried again: exponential back-off, 10 s, 30 s, 2 min, 10 min, 1 h,
// then no more. A receiver down for a deploy gets the event a few seconds later; one down for
// an afternoon has had six chances and the delivery is marked failed for an admin to see.
// The base is configurable (WEBHOOK_RETRY_BASE_MS) so the browser tests wait milliseconds.

import { environmentOf } from "@/lib/env";

/** Attempts in all, the first included. */
export const MAX_ATTEMPTS = 6;

export const DEFAULT_RETRY_BASE_MS = 10_000;

/** The wait after attempt n fails, as multiples of the base: 10 s, 30 s, 2 min, 10 min, 1 h. */
const BACKOFF_FACTORS = [1, 3, 12, 60, 360] as const;

/**
 * When attempt `attempts + 1` is due, after `attempts` attempts all failed at `failedAt`;
 * null when they were the last and the delivery has failed for good.
 */
export function nextAttemptAt(attempts: number, failedAt: Date, baseMs: number = retryBaseMs()): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const factor = BACKOFF_FACTORS[Math.min(Math.max(attempts, 1), BACKOFF_FACTORS.length) - 1] ?? 360;
  return new Date(failedAt.getTime() + factor * baseMs);
}

/** WEBHOOK_RETRY_BASE_MS, or 10 s (lib/env.ts). */
export function retryBaseMs(source?: Record<string, string | undefined>): number {
  return environmentOf(source).WEBHOOK_RETRY_BASE_MS;
}

/**
 * How often the worker looks for due deliveries: WEBHOOK_TICK_MS, else half the retry base
 * between 100 ms and 5 s, so a short base (the tests') is honoured without a second setting.
 */
export function tickMs(source?: Record<string, string | undefined>): number {
  return environmentOf(source).webhookTickMs;
}
