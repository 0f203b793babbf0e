import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAt, retryBaseMs, tickMs } from "./schedule";

const failedAt = new Date("2026-11-24T12:00:00Z");
const waitAfter = (attempts: number, base?: number) => {
  const next = nextAttemptAt(attempts, failedAt, base);
  return next === null ? null : (next.getTime() - failedAt.getTime()) / 1000;
};

describe("the retry schedule", () => {
  it("backs off 10 s, 30 s, 2 min, 10 min, 1 h after the first five failures", () => {
    expect([1, 2, 3, 4, 5].map((n) => waitAfter(n, 10_000))).toEqual([10, 30, 120, 600, 3600]);
  });

  it("gives up after the sixth attempt", () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(waitAfter(6, 10_000)).toBeNull();
    expect(waitAfter(7, 10_000)).toBeNull();
  });

  it("scales with the configured base, so tests wait milliseconds", () => {
    expect([1, 2, 3].map((n) => waitAfter(n, 300))).toEqual([0.3, 0.9, 3.6]);
  });

  it("reads the base and the tick from the environment, refusing nonsense", () => {
    expect(retryBaseMs({})).toBe(10_000);
    expect(retryBaseMs({ WEBHOOK_RETRY_BASE_MS: "300" })).toBe(300);
    expect(() => retryBaseMs({ WEBHOOK_RETRY_BASE_MS: "-5" })).toThrow(
      /^WEBHOOK_RETRY_BASE_MS must be milliseconds, a whole number of at least 1 \(it is "-5"\)/,
    );
    expect(() => retryBaseMs({ WEBHOOK_RETRY_BASE_MS: "soon" })).toThrow(/^WEBHOOK_RETRY_BASE_MS must be milliseconds/);
    expect(() => tickMs({ WEBHOOK_TICK_MS: "0" })).toThrow(/^WEBHOOK_TICK_MS must be milliseconds/);
    expect(tickMs({})).toBe(5_000);
    expect(tickMs({ WEBHOOK_RETRY_BASE_MS: "300" })).toBe(150);
    expect(tickMs({ WEBHOOK_RETRY_BASE_MS: "300", WEBHOOK_TICK_MS: "40" })).toBe(40);
  });
});
