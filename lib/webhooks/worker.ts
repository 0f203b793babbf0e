import "server-only";
import { leaseDueDeliveries, recordAttempt, type AttemptOutcome, type LeasedDelivery } from "@/lib/data/webhooks";
import { allowedHosts, type AllowedHost } from "./allowed-hosts";
import { nextAttemptAt, retryBaseMs, tickMs } from "./schedule";
import { ReceiverRefused, sendDelivery, type DeliveryRequest } from "./send-delivery";
import { signDelivery } from "./signature";

// The delivery worker: each tick takes the due deliveries (lib/data/webhooks.ts leases them, so
// two processes never send the same attempt), POSTs each one signed, and records the outcome:
// a 2xx is delivered, anything else (a redirect included: it is not followed) is tried again on
// the back-off schedule (./schedule.ts) until the last attempt. Only public receivers are sent
// to, unless WEBHOOK_ALLOWED_HOSTS names them (./send-delivery.ts). It runs inside the Next
// server (instrumentation.ts starts the loop) and tests call deliverDueWebhooks directly.

export const SEND_TIMEOUT_MS = 10_000;
/** Longer than a send can take, so a lease never ends while its attempt is still under way. */
const LEASE_MS = SEND_TIMEOUT_MS * 6;
const BATCH = 20;

/** Sends one attempt and resolves to the receiver's status; tests stand in for the network. */
export type Send = (url: string, request: DeliveryRequest) => Promise<{ status: number }>;

export interface WorkerOptions {
  now?: () => Date;
  send?: Send;
  retryBaseMs?: number;
  /** The non-public receivers allowed: WEBHOOK_ALLOWED_HOSTS unless told. */
  allowedHosts?: readonly AllowedHost[];
}

/** The request a receiver gets (always a POST): the stored body, its event and id, and the signature. */
export function deliveryRequest(delivery: LeasedDelivery, now: Date): DeliveryRequest {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    headers: {
      "Content-Type": "application/json",
      "User-Agent": "ClaimTracker-Webhooks/1",
      "X-ClaimTracker-Event": delivery.event,
      "X-ClaimTracker-Delivery": delivery.id,
      "X-ClaimTracker-Timestamp": timestamp,
      "X-ClaimTracker-Signature": signDelivery(delivery.webhook.secret, timestamp, delivery.payload),
    },
    body: delivery.payload,
  };
}

export const NOT_SENT_NOT_PUBLIC =
  "Not sent: the receiver is not at a public address, or its name has none. Only public receivers, and those named in WEBHOOK_ALLOWED_HOSTS, are sent to.";
export const NO_ANSWER = "The receiver did not answer.";

/** A receiver's status in words: never its body, which may hold anything. */
function statusWords(status: number): string {
  if (status >= 300 && status < 400) return `The receiver answered ${status}, a redirect: redirects are not followed.`;
  return `The receiver answered ${status}.`;
}

/**
 * What went wrong, in a line an admin can read. Refused, reset, timed out or a TLS failure all
 * read the same: telling a closed port from a filtered one would make the webhooks page a port
 * scanner (issue 18).
 */
function sendError(error: unknown): string {
  return error instanceof ReceiverRefused ? NOT_SENT_NOT_PUBLIC : NO_ANSWER;
}

async function attempt(delivery: LeasedDelivery, options: Required<WorkerOptions>): Promise<AttemptOutcome> {
  let statusCode: number | null = null;
  let error: string;
  try {
    const response = await options.send(delivery.webhook.url, deliveryRequest(delivery, options.now()));
    statusCode = response.status;
    if (response.status >= 200 && response.status < 300) return { kind: "delivered", at: options.now(), statusCode };
    error = statusWords(response.status);
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
  const allowed = options.allowedHosts ?? allowedHosts();
  const settings: Required<WorkerOptions> = {
    now: options.now ?? (() => new Date()),
    send: options.send ?? ((url, request) => sendDelivery(url, request, { allowed, timeoutMs: SEND_TIMEOUT_MS })),
    retryBaseMs: options.retryBaseMs ?? retryBaseMs(),
    allowedHosts: allowed,
  };
  const leased = await leaseDueDeliveries(settings.now(), LEASE_MS, BATCH);
  return Promise.all(
    leased.map(async (delivery) => {
      const outcome = await attempt(delivery, settings);
      await recordAttempt(delivery, outcome);
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
