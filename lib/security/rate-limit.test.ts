import { describe, expect, it } from "vitest";
import { createRateLimit } from "./rate-limit";

describe("a per-client allowance", () => {
  it("lets a client spend its burst, then refuses with the wait until one more is earned", () => {
    const limit = createRateLimit({ burst: 3, refillMs: 2_000, maxClients: 10 });
    expect([1, 2, 3].map(() => limit.take("203.0.113.7", 0).ok)).toEqual([true, true, true]);
    expect(limit.take("203.0.113.7", 0)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limit.take("203.0.113.7", 1_000)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limit.take("203.0.113.7", 2_000).ok).toBe(true);
    expect(limit.take("203.0.113.7", 2_000).ok).toBe(false);
  });

  it("counts each client apart: one client's flood does not refuse another", () => {
    const limit = createRateLimit({ burst: 2, refillMs: 60_000, maxClients: 10 });
    limit.take("a", 0);
    limit.take("a", 0);
    expect(limit.take("a", 0).ok).toBe(false);
    expect(limit.take("b", 0).ok).toBe(true);
  });

  it("never earns more than its burst, however long a client waited", () => {
    const limit = createRateLimit({ burst: 2, refillMs: 1_000, maxClients: 10 });
    limit.take("a", 0);
    const answers = [1, 2, 3].map(() => limit.take("a", 1_000_000).ok);
    expect(answers).toEqual([true, true, false]);
  });

  it("keeps a bounded table, forgetting the client seen longest ago", () => {
    const limit = createRateLimit({ burst: 1, refillMs: 60_000, maxClients: 2 });
    limit.take("old", 0);
    limit.take("middle", 1);
    limit.take("old", 2); // refused, and now the most recent
    limit.take("new", 3);
    expect(limit.size).toBe(2);
    // "middle" was forgotten and starts afresh; "old" is still counted.
    expect(limit.take("middle", 4).ok).toBe(true);
    expect(limit.take("new", 5).ok).toBe(false);
  });
});
