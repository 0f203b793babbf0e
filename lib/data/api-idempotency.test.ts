import { describe, expect, it, vi } from "vitest";

vi.mock("./db", () => import("./test-db"));

const { reserveIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey, IDEMPOTENCY_KEY_TTL_MS } = await import("./api-idempotency");

const now = new Date("2026-11-24T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("an Idempotency-Key", () => {
  it("replays the first request's draft to a retry with the same body", async () => {
    expect(await reserveIdempotencyKey("t1", "k1", "body-a", now)).toEqual({ kind: "reserved" });
    expect(await reserveIdempotencyKey("t1", "k1", "body-a", later(10))).toEqual({ kind: "in_progress" });
    await completeIdempotencyKey("t1", "k1", "claim-1");
    expect(await reserveIdempotencyKey("t1", "k1", "body-a", later(1_000))).toEqual({ kind: "replay", claimId: "claim-1" });
  });

  it("refuses the same key with another body", async () => {
    await reserveIdempotencyKey("t2", "k1", "body-a", now);
    await completeIdempotencyKey("t2", "k1", "claim-2");
    expect(await reserveIdempotencyKey("t2", "k1", "body-b", later(1_000))).toEqual({ kind: "other_body" });
  });

  it("belongs to one token: another token may use the same key", async () => {
    await reserveIdempotencyKey("t3", "shared", "body-a", now);
    expect(await reserveIdempotencyKey("t4", "shared", "body-b", now)).toEqual({ kind: "reserved" });
  });

  it("is free again once a refused write releases it, once abandoned, and after a day", async () => {
    await reserveIdempotencyKey("t5", "k1", "body-a", now);
    await releaseIdempotencyKey("t5", "k1");
    expect(await reserveIdempotencyKey("t5", "k1", "body-b", later(10))).toEqual({ kind: "reserved" });
    // Never completed: after a minute, a retry takes it over.
    expect(await reserveIdempotencyKey("t5", "k1", "body-b", later(70_000))).toEqual({ kind: "reserved" });
    await completeIdempotencyKey("t5", "k1", "claim-5");
    expect(await reserveIdempotencyKey("t5", "k1", "body-c", later(70_000 + IDEMPOTENCY_KEY_TTL_MS))).toEqual({ kind: "reserved" });
  });

  it("lets only one of two simultaneous copies write", async () => {
    const outcomes = await Promise.all([reserveIdempotencyKey("t6", "k1", "body-a", now), reserveIdempotencyKey("t6", "k1", "body-a", now)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["in_progress", "reserved"]);
  });
});
