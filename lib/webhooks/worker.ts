import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/data/db";
import { leaseDueDeliveries, recordAttempt, type AttemptOutcome, type LeasedDelivery } from "@/lib/data/webhooks";
import { nextAttemptAt, retryBaseMs, tickMs } from "./schedule";
import { signDelivery } from "./signature";

// The delivery worker: each tick takes the due deliveries (lib/data/webhooks.ts leases them, so
// two processes never send the same attempt), POSTs each one signed, and records the outcome:
// a 2xx is delivered, anything else is tried again on the back-off schedule (./schedule.ts)
// until the last attempt. It runs inside the Next server (instrumentation.ts starts the loop)
// and tests call deliverDueWebhooks directly.

export const SEND_TIMEOUT_MS = 10_000;
/** Longer than a send can take, so a lease never ends while its attempt is still under way. */
const LEASE_MS = SEND_TIMEOUT_MS * 6;
const BATCH = 20;

export type Send = (url: string, init: RequestInit) => Promise<Response>;

export interface WorkerOptions {
  database?: PrismaClient;
  now?: () => Date;
  send?: Send;
  retryBaseMs?: number;
}

/** The request a receiver gets: the stored body, its event and id, and the signature. */
export function deliveryRequest(delivery: LeasedDelivery, now: Date): RequestInit {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "User-Agent": "ClaimTracker-Webhooks/1",
      "X-ClaimTracker-Event": delivery.event,
      "X-ClaimTracker-Delivery": delivery.id,
      "X-ClaimTracker-Timestamp": timestamp,
      "X-ClaimTracker-Signature": signDelivery(delivery.webhook.secret, timestamp, delivery.payload),
    },
    body: delivery.payload,
    // A redirect is an answer like any other non-2xx: the signed body is not carried elsewhere.
    redirect: "manual",
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  };
}

/** What went wrong, in a line an admin can read: never the receiver's body, only its status. */
function sendError(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `No answer within ${SEND_TIMEOUT_MS / 1000} s.`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = cause && typeof cause === "object" && "code" in cause ? String((cause as { code: unknown }).code) : null;
  return code ? `Could not connect (${code}).` : "Could not connect.";
}

async function attempt(delivery: LeasedDelivery, options: Required<WorkerOptions>): Promise<AttemptOutcome> {
  let statusCode: number | null = null;
  let error: string;
  try {
    const response = await options.send(delivery.webhook.url, deliveryRequest(delivery, options.now()));
    statusCode = response.status;
    // The body is not read: only the status matters, and a large one would hold the worker.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { kind: "delivered", at: options.now(), statusCode };
    error = `The receiver answered ${response.status}.`;
  } catch (caught) {
    error = sendError(caught);
  }
  const next = nextAttemptAt(delivery.attempt, options.now(), options.retryBaseMs);
  return next ? { kind: "retry", nextAttemptAt: next, statusCode, error } : { kind: "failed", statusCode, error };
}

export interface AttemptReport {
  deliveryId: string;
  attempt: number;
  outcome: AttemptOutcome["kind"];
}

/** One tick: every due delivery tried once, side by side. Returns what was tried. */
export async function deliverDueWebhooks(options: WorkerOptions = {}): Promise<AttemptReport[]> {
  const settings: Required<WorkerOptions> = {
    database: options.database ?? db,
    now: options.now ?? (() => new Date()),
    send: options.send ?? fetch,
    retryBaseMs: options.retryBaseMs ?? retryBaseMs(),
  };
  const leased = await leaseDueDeliveries(settings.now(), LEASE_MS, BATCH, settings.database);
  return Promise.all(
    leased.map(async (delivery) => {
      const outcome = await attempt(delivery, settings);
      await recordAttempt(delivery, outcome, settings.database);
      return { deliveryId: delivery.id, attempt: delivery.attempt, outcome: outcome.kind };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The loop inside the server

const globalForWorker = globalThis as typeof globalThis & { claimTrackerWebhookWorker?: boolean };
const ERROR_LOG_INTERVAL_MS = 60_000;

/**
 * Starts the loop once per process: a tick, then the next one `tickMs()` after it ends (never
 * two at once). A failing tick (the database briefly locked) is logged at most once a minute
 * and the loop goes on. The timer does not keep the process alive on shutdown.
 */
export function startDeliveryWorker(): void {
  if (globalForWorker.claimTrackerWebhookWorker) return;
  globalForWorker.claimTrackerWebhookWorker = true;
  const interval = tickMs();
  let lastErrorLog = 0;
  const tick = async () => {
    try {
      await deliverDueWebhooks();
    } catch (error) {
      if (Date.now() - lastErrorLog > ERROR_LOG_INTERVAL_MS) {
        lastErrorLog = Date.now();
        console.error("[webhooks] a delivery tick failed; trying again", error);
      }
    }
    setTimeout(tick, interval).unref();
  };
  setTimeout(tick, interval).unref();
}
