import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { openApiDocument } from "@/lib/public/open-data/openapi";
import { webhookValidator } from "@/lib/public/open-data/openapi-check";
import { claimRow, quantityRow, sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { approveClaim, retractClaim } from "./review";
import { recordHistory } from "./history";
import * as webhooks from "./webhooks";

let editor: Actor;
let reviewer: Actor;
let admin: Actor;
let quantityId: string;
let sourceId: string;

async function user(email: string, role: Actor["role"]): Promise<Actor> {
  const created = await userRow(email, role, email.split("@")[0] ?? email);
  return { id: created.id, role };
}

/** A claim waiting for review, written by the editor. */
function claimInReview(quote = "at least 29") {
  return claimRow({
    quantityId,
    sourceId,
    quote,
    value: 29,
    sentence: `${quote} soldiers were killed, the governor said.`,
    reportedAt: new Date("2020-02-27T22:00:00Z"),
    status: "in_review",
    submittedAt: new Date(),
    authorId: editor.id,
  });
}

/** The reviewer approves the claim, then retracts it for `reason`. */
async function publishThenRetract(claim: { id: string; version: number }, reason: string) {
  const approved = await approveClaim(reviewer, { claimId: claim.id, version: claim.version });
  if (!approved.ok) throw new Error("approval failed");
  await retractClaim(reviewer, { claimId: claim.id, version: approved.data.version, reason });
}

const deliveriesOf = (claimId: string) =>
  db.webhookDelivery.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  editor = await user("editor@example.org", "editor");
  reviewer = await user("reviewer@example.org", "reviewer");
  admin = await user("admin@example.org", "admin");
  const quantity = await quantityRow(
    { title: "Idlib strikes", slug: "idlib-strikes", date: "2020-02-27" },
    { label: "Turkish soldiers killed", cumulative: true },
  );
  quantityId = quantity.id;
  sourceId = (await sourceRow("Governor of Hatay", "government")).id;
});

describe("the outbox", () => {
  let both: string;
  let retractionsOnly: string;

  beforeAll(async () => {
    both = (
      await webhooks.createWebhook(admin.id, {
        url: "https://hooks.example.org/all",
        events: ["published", "retracted"],
      })
    ).id;
    retractionsOnly = (
      await webhooks.createWebhook(admin.id, {
        url: "https://hooks.example.org/retracted",
        events: ["retracted"],
      })
    ).id;
    const off = await webhooks.createWebhook(admin.id, {
      url: "https://hooks.example.org/off",
      events: ["published", "retracted"],
    });
    await webhooks.setWebhookActive(off.id, false);
  });

  it("queues one delivery per active webhook that wants it, with the approval, carrying the public claim", async () => {
    const claim = await claimInReview();
    const result = await approveClaim(reviewer, { claimId: claim.id, version: claim.version });
    expect(result.ok).toBe(true);

    const deliveries = await deliveriesOf(claim.id);
    expect(deliveries.map((d) => [d.webhookId, d.event, d.status, d.attempts])).toEqual([
      [both, "published", "pending", 0],
    ]);
    const payload = JSON.parse(deliveries[0]?.payload ?? "{}");
    expect(payload).toMatchObject({
      event: "published",
      claim: {
        id: claim.id,
        quote: "at least 29",
        low: 29,
        high: null,
        standing: "current",
        source: { name: "Governor of Hatay" },
      },
    });
    expect(payload.claim.permalink).toMatch(new RegExp(`/claim/${claim.id}$`));
    // The public serialisation: no author, no status, no review note.
    expect(payload.claim).not.toHaveProperty("authorId");
    expect(payload.claim).not.toHaveProperty("status");
  });

  it("announces a retraction with its id, time, reason and permalink only, never the figure", async () => {
    const claim = await claimInReview("more than 30");
    await publishThenRetract(claim, "The governor corrected the toll.");

    const retraction = (await deliveriesOf(claim.id)).filter((d) => d.event === "retracted");
    expect(retraction.map((d) => d.webhookId).sort()).toEqual([both, retractionsOnly].sort());
    const payload = JSON.parse(retraction[0]?.payload ?? "{}");
    expect(Object.keys(payload.claim).sort()).toEqual(["id", "permalink", "reason", "retractedAt"]);
    expect(payload.claim.reason).toBe("The governor corrected the toll.");
    expect(JSON.stringify(payload)).not.toContain("more than 30");
  });

  it("queues nothing when the approval is refused (a stale version)", async () => {
    const claim = await claimInReview();
    const result = await approveClaim(reviewer, { claimId: claim.id, version: claim.version + 5 });
    expect(result.ok).toBe(false);
    expect(await deliveriesOf(claim.id)).toEqual([]);
  });

  it("leaves no delivery when the transaction that publishes is rolled back", async () => {
    const claim = await claimInReview();
    await expect(
      db.$transaction(async (tx) => {
        await tx.claim.update({ where: { id: claim.id }, data: { status: "published" } });
        await recordHistory(tx, {
          entityType: "claim",
          entityId: claim.id,
          action: "approve",
          actorId: reviewer.id,
        });
        expect(await webhooks.enqueueClaimEvent(tx, "published", claim.id)).toBe(1);
        throw new Error("the disk is full");
      }),
    ).rejects.toThrow("the disk is full");
    expect(await deliveriesOf(claim.id)).toEqual([]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("in_review");
  });
});

describe("what a receiver is sent", () => {
  const document = openApiDocument("https://claims.example") as unknown as Record<string, unknown>;
  const matches = (event: string, payload: string) => {
    const validate = webhookValidator(document, event);
    return validate(JSON.parse(payload)) || JSON.stringify(validate.errors);
  };

  it("matches the OpenAPI document's webhooks exactly, for a publication, a retraction and a ping", async () => {
    const hook = await webhooks.createWebhook(admin.id, {
      url: "https://hooks.example.org/contract",
      events: ["published", "retracted"],
    });
    const claim = await claimInReview("nearly 40");
    await publishThenRetract(claim, "A typo in the toll.");
    await webhooks.enqueuePing(hook.id);
    const sent = await db.webhookDelivery.findMany({
      where: { webhookId: hook.id },
      orderBy: { createdAt: "asc" },
    });
    expect(sent.map((d) => d.event).sort()).toEqual(["ping", "published", "retracted"]);
    for (const delivery of sent) expect(matches(delivery.event, delivery.payload), delivery.event).toBe(true);
    // A field more is a contract broken, not an extra.
    const published = sent.find((d) => d.event === "published")?.payload ?? "{}";
    expect(matches("published", JSON.stringify({ ...JSON.parse(published), reviewer: "x" }))).not.toBe(true);
    await db.webhook.delete({ where: { id: hook.id } });
  });
});

describe("the lease", () => {
  it("lets only one of two workers take a due delivery", async () => {
    const hook = await webhooks.createWebhook(admin.id, {
      url: "https://hooks.example.org/lease",
      events: ["published"],
    });
    const now = new Date(Date.now() + 60 * 60_000);
    expect(await webhooks.enqueuePing(hook.id, new Date())).toBe(true);
    const [a, b] = await Promise.all([
      webhooks.leaseDueDeliveries(now, 60_000, 100, db),
      webhooks.leaseDueDeliveries(now, 60_000, 100, db),
    ]);
    const taken = [...(a ?? []), ...(b ?? [])].filter((d) => d.event === "ping");
    expect(taken).toHaveLength(1);
    expect(taken[0]?.attempt).toBe(1);
    // Leased, it is not due again until the lease ends.
    expect((await webhooks.leaseDueDeliveries(now, 60_000, 100, db)).filter((d) => d.event === "ping")).toEqual([]);
    await db.webhook.delete({ where: { id: hook.id } });
  });

  it("does not let a worker whose lease ran out overwrite the attempt that followed", async () => {
    const hook = await webhooks.createWebhook(admin.id, {
      url: "https://hooks.example.org/slow",
      events: ["published"],
    });
    await webhooks.enqueuePing(hook.id, new Date());
    const t0 = new Date(Date.now() + 2 * 60 * 60_000);
    const [slow] = (await webhooks.leaseDueDeliveries(t0, 1_000, 100, db)).filter((d) => d.event === "ping");
    const [next] = (await webhooks.leaseDueDeliveries(new Date(t0.getTime() + 5_000), 1_000, 100, db)).filter(
      (d) => d.event === "ping",
    );
    if (!slow || !next) throw new Error("expected both leases");
    expect(next.attempt).toBe(2);
    expect(await webhooks.recordAttempt(slow, { kind: "delivered", at: new Date(), statusCode: 200 }, db)).toBe(false);
    expect(await webhooks.recordAttempt(next, { kind: "delivered", at: new Date(), statusCode: 204 }, db)).toBe(true);
    await db.webhook.delete({ where: { id: hook.id } });
  });
});

describe("the admin's list", () => {
  it("counts each webhook's deliveries by status and never returns its secret", async () => {
    const list = await webhooks.listWebhooks();
    const all = list.find((w) => w.url === "https://hooks.example.org/all");
    expect(all?.counts.pending).toBeGreaterThanOrEqual(2);
    expect(all?.events).toEqual(["published", "retracted"]);
    expect(JSON.stringify(list)).not.toContain("whsec_");
  });

  it("sends no ping to an inactive webhook", async () => {
    const hook = await webhooks.createWebhook(admin.id, {
      url: "https://hooks.example.org/paused",
      events: ["published"],
    });
    await webhooks.setWebhookActive(hook.id, false);
    expect(await webhooks.enqueuePing(hook.id)).toBe(false);
    expect(await webhooks.deleteWebhook(hook.id)).toBe(true);
    expect(await webhooks.deleteWebhook(hook.id)).toBe(false);
  });
});
