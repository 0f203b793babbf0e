import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { verifyDelivery } from "./signature";

vi.mock("@/lib/data/db", () => import("@/lib/data/test-db"));

const { db } = await import("@/lib/data/db");
const { createWebhook, enqueuePing } = await import("@/lib/data/webhooks");
const { deliverDueWebhooks } = await import("./worker");

let adminId: string;

beforeAll(async () => {
  adminId = (await db.user.create({ data: { email: "admin@example.org", name: "Admin", role: "admin", passwordHash: "x".repeat(60) } })).id;
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
      const reports = await deliverDueWebhooks({ database: db });
      expect(reports).toContainEqual({ deliveryId: hook.deliveryId, attempt: 1, outcome: "delivered" });

      expect(received).toHaveLength(1);
      const [request] = received;
      if (!request) throw new Error("nothing received");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["x-claimtracker-event"]).toBe("ping");
      expect(request.headers["x-claimtracker-delivery"]).toBe(hook.deliveryId);
      const timestamp = String(request.headers["x-claimtracker-timestamp"]);
      expect(verifyDelivery(hook.secret, timestamp, request.body, String(request.headers["x-claimtracker-signature"]))).toBe(true);
      expect(JSON.parse(request.body)).toMatchObject({ event: "ping", webhook: { id: hook.id } });

      const row = await deliveryRow(hook.deliveryId);
      expect(row).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 204, lastError: null });
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
    const tick = () => deliverDueWebhooks({ database: db, send, now: () => new Date(clock), retryBaseMs: 1_000 });
    const mine = (reports: Awaited<ReturnType<typeof tick>>) => reports.filter((r) => r.deliveryId === hook.deliveryId);

    const waits = [1, 3, 12, 60, 360];
    for (const [index, wait] of waits.entries()) {
      expect(mine(await tick())).toEqual([{ deliveryId: hook.deliveryId, attempt: index + 1, outcome: "retry" }]);
      const row = await deliveryRow(hook.deliveryId);
      expect(row).toMatchObject({ status: "pending", attempts: index + 1, lastStatusCode: 503, lastError: "The receiver answered 503." });
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

  it("counts an unreachable receiver as a failed attempt, with a readable reason", async () => {
    const hook = await webhookWithPing("http://127.0.0.1:9/closed", new Date());
    const send = vi.fn(async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    });
    await deliverDueWebhooks({ database: db, send });
    expect(await deliveryRow(hook.deliveryId)).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null, lastError: "Could not connect (ECONNREFUSED)." });
  });

  it("sends each attempt once when two workers tick at the same moment", async () => {
    const hook = await webhookWithPing("https://twice.example.org/hook", new Date());
    const send = vi.fn(async () => new Response(null, { status: 200 }));
    await Promise.all([deliverDueWebhooks({ database: db, send }), deliverDueWebhooks({ database: db, send })]);
    const sentToHook = (send.mock.calls as unknown as [string][]).filter(([url]) => url === "https://twice.example.org/hook");
    expect(sentToHook).toHaveLength(1);
    expect(await deliveryRow(hook.deliveryId)).toMatchObject({ status: "delivered", attempts: 1 });
  });
});
