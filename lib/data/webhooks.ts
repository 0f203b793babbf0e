import "server-only";
import type { Prisma, PrismaClient, WebhookEvent } from "@/lib/generated/prisma/client";
import { serializeClaim, standingsOf } from "@/lib/public/open-data/serialize";
import { openDataUrls } from "@/lib/public/open-data/urls";
import type { RegisterWebhookInput, SubscribableEvent } from "@/lib/validation/webhooks";
import { newWebhookSecret } from "@/lib/webhooks/signature";
import { publicOrigin } from "@/lib/public/public-origin";
import { db } from "./db";
import { PUBLIC_CLAIM_FIELDS, PUBLIC_QUANTITY_FIELDS } from "./public-claims";

// Webhooks: the admin's list of receivers, the outbox of deliveries, and the worker's reads and
// writes. The outbox is the point: a delivery row is written by enqueueClaimEvent inside the
// transaction that publishes or retracts the claim, so an event is announced exactly when the
// change commits: never lost if the process dies after the commit (the row waits for the
// worker), never announced if the change is rolled back (the row goes with it).

type Database = PrismaClient | Prisma.TransactionClient;
type Transaction = Prisma.TransactionClient;

const eventsOf = (events: string) => events.split(",").filter(Boolean) as SubscribableEvent[];

// ---------------------------------------------------------------------------------------------
// The outbox

const CLAIM_CONTEXT = {
  quantity: {
    select: { ...PUBLIC_QUANTITY_FIELDS, story: { select: { slug: true, title: true } } },
  },
} satisfies Prisma.ClaimSelect;

/**
 * What a receiver is sent, fixed when the event happens. A publication carries the claim as the
 * open data's API serialises it (GET /api/v1/claims/{id}); a retraction only what a retracted
 * claim's permalink still shows: its id, when, why, and the permalink.
 */
async function claimEventPayload(
  tx: Transaction,
  event: SubscribableEvent,
  claimId: string,
  at: Date,
): Promise<string | null> {
  const urls = openDataUrls(publicOrigin());
  if (event === "retracted") {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, retractionReason: true },
    });
    if (!claim) return null;
    const retraction = {
      id: claim.id,
      retractedAt: at.toISOString(),
      reason: claim.retractionReason,
      permalink: urls.claimPage(claim.id),
    };
    return JSON.stringify({ event, occurredAt: at.toISOString(), claim: retraction });
  }
  // Read through the transaction: the claim is published in it, not yet outside it.
  const claim = await tx.claim.findFirst({
    where: { id: claimId, status: "published" },
    select: { ...PUBLIC_CLAIM_FIELDS, ...CLAIM_CONTEXT },
  });
  if (!claim) return null;
  const standing = standingsOf(claim.quantity).get(claim.id) ?? "current";
  return JSON.stringify({
    event,
    occurredAt: at.toISOString(),
    claim: serializeClaim(claim, standing, urls),
  });
}

/**
 * One pending delivery per active webhook that wants `event`, written in `tx`, the
 * transaction that publishes or retracts the claim. Returns how many were queued.
 */
export async function enqueueClaimEvent(
  tx: Transaction,
  event: SubscribableEvent,
  claimId: string,
  at: Date = new Date(),
): Promise<number> {
  const webhooks = (await tx.webhook.findMany({ where: { active: true }, select: { id: true, events: true } })).filter(
    (w) => eventsOf(w.events).includes(event),
  );
  if (webhooks.length === 0) return 0;
  const payload = await claimEventPayload(tx, event, claimId, at);
  if (payload === null) return 0;
  const { count } = await tx.webhookDelivery.createMany({
    data: webhooks.map((w) => ({ webhookId: w.id, event, claimId, payload, nextAttemptAt: at })),
  });
  return count;
}

/** The admin's "send a test ping": one delivery to this webhook alone. False when it is gone or inactive. */
export async function enqueuePing(webhookId: string, at: Date = new Date(), database: Database = db): Promise<boolean> {
  const webhook = await database.webhook.findFirst({
    where: { id: webhookId, active: true },
    select: { id: true },
  });
  if (!webhook) return false;
  const payload = JSON.stringify({
    event: "ping",
    occurredAt: at.toISOString(),
    webhook: { id: webhook.id },
  });
  await database.webhookDelivery.create({
    data: { webhookId, event: "ping", claimId: null, payload, nextAttemptAt: at },
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// The admin's page

export interface RegisteredWebhook {
  id: string;
  url: string;
  events: SubscribableEvent[];
  /** Shown once, on the admin's screen, at registration. */
  secret: string;
}

export async function createWebhook(
  actorId: string,
  input: RegisterWebhookInput,
  database: Database = db,
): Promise<RegisteredWebhook> {
  const secret = newWebhookSecret();
  const webhook = await database.webhook.create({
    data: { url: input.url, secret, events: input.events.join(","), createdById: actorId },
    select: { id: true, url: true, events: true },
  });
  return { id: webhook.id, url: webhook.url, events: eventsOf(webhook.events), secret };
}

const DELIVERY_FIELDS = {
  id: true,
  event: true,
  claimId: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
} satisfies Prisma.WebhookDeliverySelect;

export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof DELIVERY_FIELDS }>;

export interface WebhookListing {
  id: string;
  url: string;
  events: SubscribableEvent[];
  active: boolean;
  createdAt: Date;
  createdBy: string;
  counts: Record<DeliveryRow["status"], number>;
  lastDelivery: DeliveryRow | null;
}

/** Every webhook, newest first, with its deliveries counted by status and its latest one. Never the secret. */
export async function listWebhooks(database: Database = db): Promise<WebhookListing[]> {
  const [webhooks, counts] = await Promise.all([
    database.webhook.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        url: true,
        events: true,
        active: true,
        createdAt: true,
        createdBy: { select: { name: true } },
        deliveries: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
          select: DELIVERY_FIELDS,
        },
      },
    }),
    database.webhookDelivery.groupBy({ by: ["webhookId", "status"], _count: { _all: true } }),
  ]);
  return webhooks.map((w) => {
    const tally = { pending: 0, delivered: 0, failed: 0 };
    for (const c of counts) if (c.webhookId === w.id) tally[c.status] = c._count._all;
    return {
      id: w.id,
      url: w.url,
      events: eventsOf(w.events),
      active: w.active,
      createdAt: w.createdAt,
      createdBy: w.createdBy.name,
      counts: tally,
      lastDelivery: w.deliveries[0] ?? null,
    };
  });
}

export type RecentDelivery = DeliveryRow & { webhook: { id: string; url: string } };

/** The latest deliveries of every webhook, newest first. */
export function recentDeliveries(limit = 30, database: Database = db): Promise<RecentDelivery[]> {
  return database.webhookDelivery.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { ...DELIVERY_FIELDS, webhook: { select: { id: true, url: true } } },
  });
}

/** Turns a webhook on or off; an inactive one is sent nothing, its pending deliveries wait. False when it is gone. */
export async function setWebhookActive(webhookId: string, active: boolean, database: Database = db): Promise<boolean> {
  const { count } = await database.webhook.updateMany({
    where: { id: webhookId },
    data: { active },
  });
  return count === 1;
}

/** Deletes a webhook and its deliveries. False when it was already gone. */
export async function deleteWebhook(webhookId: string, database: Database = db): Promise<boolean> {
  const { count } = await database.webhook.deleteMany({ where: { id: webhookId } });
  return count === 1;
}

// ---------------------------------------------------------------------------------------------
// The worker's side

/** A delivery the worker holds the lease on, with what it needs to send it. */
export interface LeasedDelivery {
  id: string;
  event: WebhookEvent;
  payload: string;
  /** This attempt's number, 1 for the first. */
  attempt: number;
  webhook: { url: string; secret: string };
}

/**
 * Takes up to `limit` due deliveries (pending, due, to an active webhook) for this process.
 * Each is taken by one conditional write, which succeeds only if the row is still as it was
 * read: a second process (or a second tick) reading the same row finds it changed and leaves
 * it. Taking it counts the attempt and moves `nextAttemptAt` to the end of the lease, so a
 * process that dies mid-send leaves a row that falls due again when the lease ends.
 */
export async function leaseDueDeliveries(
  now: Date,
  leaseMs: number,
  limit: number,
  database: PrismaClient = db,
): Promise<LeasedDelivery[]> {
  const due = await database.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, webhook: { active: true } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, attempts: true, nextAttemptAt: true },
  });
  const leased: LeasedDelivery[] = [];
  for (const row of due) {
    const { count } = await database.webhookDelivery.updateMany({
      where: {
        id: row.id,
        status: "pending",
        attempts: row.attempts,
        nextAttemptAt: row.nextAttemptAt,
      },
      data: { attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + leaseMs) },
    });
    if (count !== 1) continue;
    const delivery = await database.webhookDelivery.findUniqueOrThrow({
      where: { id: row.id },
      select: {
        id: true,
        event: true,
        payload: true,
        webhook: { select: { url: true, secret: true } },
      },
    });
    leased.push({ ...delivery, attempt: row.attempts + 1 });
  }
  return leased;
}

export type AttemptOutcome =
  | { kind: "delivered"; at: Date; statusCode: number }
  | { kind: "retry"; nextAttemptAt: Date; statusCode: number | null; error: string }
  | { kind: "failed"; statusCode: number | null; error: string };

/** Writes how an attempt went, only if this process still holds that attempt. */
export async function recordAttempt(
  delivery: LeasedDelivery,
  outcome: AttemptOutcome,
  database: PrismaClient = db,
): Promise<boolean> {
  const data: Prisma.WebhookDeliveryUpdateManyMutationInput =
    outcome.kind === "delivered"
      ? {
          status: "delivered",
          deliveredAt: outcome.at,
          lastStatusCode: outcome.statusCode,
          lastError: null,
        }
      : outcome.kind === "retry"
        ? {
            nextAttemptAt: outcome.nextAttemptAt,
            lastStatusCode: outcome.statusCode,
            lastError: outcome.error,
          }
        : { status: "failed", lastStatusCode: outcome.statusCode, lastError: outcome.error };
  const { count } = await database.webhookDelivery.updateMany({
    where: { id: delivery.id, status: "pending", attempts: delivery.attempt },
    data,
  });
  return count === 1;
}
