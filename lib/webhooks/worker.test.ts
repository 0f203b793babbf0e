import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createWebhook, enqueuePing } from "@/lib/data/webhooks";
import { db } from "@/tests/database/test-database";
import { parseAllowedHosts } from "./allowed-hosts";
import { verifyDelivery } from "./signature";
import { deliverDueWebhooks, NO_ANSWER, NOT_SENT_NOT_PUBLIC } from "./worker";

let adminId: string;

beforeAll(async () => {
  adminId = (
    await db.user.create({
      data: {
        email: "admin@example.org",
        name: "Admin",
        role: "admin",
        passwordHash: "x".repeat(60),
      },
    })
  ).id;
});

/** A webhook with one ping queued at `at`; returns its id, secret and the delivery's id. */
async function webhookWithPing(url: string, at: Date) {
  const hook = await createWebhook(adminId, { url, events: ["published"] });
  await enqueuePing(hook.id, at);
  const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: hook.id } });
  return { ...hook, deliveryId: delivery.id };
}

const deliveryRow = (id: string) => db.webhookDelivery.findUniqueOrThrow({ where: { id } });

describe("the delivery worker", () => {
  it("POSTs the stored body to a real receiver, signed with the webhook's secret", async () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const hook = await webhookWithPing(`http://127.0.0.1:${port}/hook`, new Date());
      const reports = await deliverDueWebhooks({
        allowedHosts: parseAllowedHosts(`127.0.0.1:${port}`),
      });
      expect(reports).toContainEqual({
        deliveryId: hook.deliveryId,
        attempt: 1,
        outcome: "delivered",
      });

      expect(received).toHaveLength(1);
      const [request] = received;
      if (!request) throw new Error("nothing received");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["x-claimtracker-event"]).toBe("ping");
      expect(request.headers["x-claimtracker-delivery"]).toBe(hook.deliveryId);
      const timestamp = String(request.headers["x-claimtracker-timestamp"]);
      expect(
        verifyDelivery(hook.secret, timestamp, request.body, String(request.headers["x-claimtracker-signature"])),
      ).toBe(true);
      expect(JSON.parse(request.body)).toMatchObject({ event: "ping", webhook: { id: hook.id } });

      const row = await deliveryRow(hook.deliveryId);
      expect(row).toMatchObject({
        status: "delivered",
        attempts: 1,
        lastStatusCode: 204,
        lastError: null,
      });
      expect(row.deliveredAt).toBeInstanceOf(Date);
    } finally {
      server.close();
    }
  });

  it("retries a failing receiver on the back-off schedule and marks it failed after six attempts", async () => {
    const start = new Date("2030-01-01T00:00:00Z");
    const hook = await webhookWithPing("https://down.example.org/hook", start);
    const send = vi.fn(async () => new Response("oops", { status: 503 }));
    let clock = start.getTime();
    const tick = () => deliverDueWebhooks({ send, now: () => new Date(clock), retryBaseMs: 1_000 });
    const mine = (reports: Awaited<ReturnType<typeof tick>>) => reports.filter((r) => r.deliveryId === hook.deliveryId);

    const waits = [1, 3, 12, 60, 360];
    for (const [index, wait] of waits.entries()) {
      expect(mine(await tick())).toEqual([{ deliveryId: hook.deliveryId, attempt: index + 1, outcome: "retry" }]);
      const row = await deliveryRow(hook.deliveryId);
      expect(row).toMatchObject({
        status: "pending",
        attempts: index + 1,
        lastStatusCode: 503,
        lastError: "The receiver answered 503.",
      });
      expect(row.nextAttemptAt.getTime() - clock).toBe(wait * 1_000);
      // Not due a moment before its time.
      clock += wait * 1_000 - 1;
      expect(mine(await tick())).toEqual([]);
      clock += 1;
    }
    expect(mine(await tick())).toEqual([{ deliveryId: hook.deliveryId, attempt: 6, outcome: "failed" }]);
    expect(await deliveryRow(hook.deliveryId)).toMatchObject({ status: "failed", attempts: 6 });
    clock += 24 * 60 * 60_000;
    expect(mine(await tick())).toEqual([]);
    expect(send).toHaveBeenCalledTimes(6);
  });

  it("sends nothing to a receiver on this machine unless WEBHOOK_ALLOWED_HOSTS names it, and says why", async () => {
    let connections = 0;
    const server = createServer((_request, response) => {
      connections++;
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // Registered before the rule existed, or by a name that later pointed here.
      const hook = await webhookWithPing(`http://127.0.0.1:${port}/admin`, new Date());
      await deliverDueWebhooks({
        allowedHosts: parseAllowedHosts(`127.0.0.1:${port + 1},localhost`),
      });
      expect(await deliveryRow(hook.deliveryId)).toMatchObject({
        status: "pending",
        attempts: 1,
        lastStatusCode: null,
        lastError: NOT_SENT_NOT_PUBLIC,
      });
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  });

  it("reports every connection failure in the same words, so the admin page cannot scan ports", async () => {
    const failures = [
      Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:22"), {
        code: "ECONNREFUSED",
        address: "10.0.0.5",
        port: 22,
      }),
      Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
      new DOMException("The operation was aborted due to timeout", "TimeoutError"),
      Object.assign(new Error("self-signed certificate"), { code: "DEPTH_ZERO_SELF_SIGNED_CERT" }),
      new TypeError("fetch failed", {
        cause: Object.assign(new Error("connect EHOSTUNREACH"), { code: "EHOSTUNREACH" }),
      }),
    ];
    const errors: (string | null)[] = [];
    for (const failure of failures) {
      const hook = await webhookWithPing("https://closed.example.org/hook", new Date());
      await deliverDueWebhooks({
        send: async (url) => {
          if (url === "https://closed.example.org/hook") throw failure;
          return { status: 200 };
        },
      });
      const row = await deliveryRow(hook.deliveryId);
      expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
      errors.push(row.lastError);
      await db.webhook.delete({ where: { id: hook.id } });
    }
    expect(new Set(errors)).toEqual(new Set([NO_ANSWER]));
    expect(NO_ANSWER).toBe("The receiver did not answer.");
  });

  it("reports a closed port of an allowed receiver in those same words", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const hook = await webhookWithPing(`http://127.0.0.1:${port}/closed`, new Date());
    await deliverDueWebhooks({ allowedHosts: parseAllowedHosts("127.0.0.1") });
    expect(await deliveryRow(hook.deliveryId)).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: NO_ANSWER,
    });
  });

  it("counts a redirect as a failed attempt and says it was not followed", async () => {
    const hook = await webhookWithPing("https://moved.example.org/hook", new Date());
    await deliverDueWebhooks({ send: async () => ({ status: 301 }) });
    expect(await deliveryRow(hook.deliveryId)).toMatchObject({
      status: "pending",
      lastStatusCode: 301,
      lastError: "The receiver answered 301, a redirect: redirects are not followed.",
    });
  });

  it("sends each attempt once when two workers tick at the same moment", async () => {
    const hook = await webhookWithPing("https://twice.example.org/hook", new Date());
    const send = vi.fn(async () => new Response(null, { status: 200 }));
    await Promise.all([deliverDueWebhooks({ send }), deliverDueWebhooks({ send })]);
    const sentToHook = (send.mock.calls as unknown as [string][]).filter(
      ([url]) => url === "https://twice.example.org/hook",
    );
    expect(sentToHook).toHaveLength(1);
    expect(await deliveryRow(hook.deliveryId)).toMatchObject({ status: "delivered", attempts: 1 });
  });
});
