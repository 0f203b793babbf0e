import { describe, expect, it } from "vitest";
import {
  generateApiToken,
  hashSecret,
  nextWindow,
  parseBearer,
  rateDecision,
  rateLimitHeaders,
  secretMatches,
  tokenRefusal,
  type TokenForPolicy,
} from "./api-token";

describe("a token's format", () => {
  it("is ct_<10 characters>_<43 characters>, and reads back to its prefix and secret", () => {
    const { token, prefix, secretHash } = generateApiToken();
    expect(token).toMatch(/^ct_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    const parsed = parseBearer(`Bearer ${token}`);
    expect(parsed?.prefix).toBe(prefix);
    expect(secretMatches(parsed?.secret as string, secretHash)).toBe(true);
  });

  it("is new each time", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).not.toBe(b.token);
    expect(a.prefix).not.toBe(b.prefix);
  });

  it("keeps only the SHA-256 of the secret, never the secret", () => {
    const { token, secretHash } = generateApiToken();
    const secret = token.slice(14);
    expect(secretHash).toBe(hashSecret(secret));
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretHash).not.toContain(secret);
  });

  it.each([
    ["no header", null],
    ["empty", ""],
    ["another scheme", "Basic ct_abcdefghij_" + "a".repeat(43)],
    ["no scheme", "ct_abcdefghij_" + "a".repeat(43)],
    ["another product's token", "Bearer ghp_" + "a".repeat(36)],
    ["a short secret", "Bearer ct_abcdefghij_" + "a".repeat(42)],
    ["a long secret", "Bearer ct_abcdefghij_" + "a".repeat(44)],
    ["an upper-case prefix", "Bearer ct_ABCDEFGHIJ_" + "a".repeat(43)],
    ["two tokens", `Bearer ct_abcdefghij_${"a".repeat(43)} ct_abcdefghij_${"a".repeat(43)}`],
  ])("refuses %s", (_label, header) => {
    expect(parseBearer(header)).toBeNull();
  });

  it("takes the scheme in any case, as HTTP says", () => {
    expect(parseBearer("bearer ct_abcdefghij_" + "a".repeat(43))).toEqual({
      prefix: "abcdefghij",
      secret: "a".repeat(43),
    });
  });

  it("tells a wrong secret from the right one", () => {
    const { secretHash } = generateApiToken();
    expect(secretMatches("a".repeat(43), secretHash)).toBe(false);
    expect(secretMatches("a".repeat(43), "not hex")).toBe(false);
  });
});

describe("what a token may do", () => {
  const token = (overrides: Partial<TokenForPolicy> = {}): TokenForPolicy => ({
    scope: "write_drafts",
    revokedAt: null,
    actingUser: { role: "editor", disabled: false },
    ...overrides,
  });

  it("a read token reads but cannot write", () => {
    expect(tokenRefusal(token({ scope: "read" }), "read")).toBeNull();
    expect(tokenRefusal(token({ scope: "read" }), "write")).toBe("read_only");
  });

  it("a write token reads and writes drafts", () => {
    expect(tokenRefusal(token(), "read")).toBeNull();
    expect(tokenRefusal(token(), "write")).toBeNull();
  });

  it("a revoked token is refused for everything", () => {
    const revoked = token({ revokedAt: new Date("2026-11-24T10:00:00Z") });
    expect(tokenRefusal(revoked, "read")).toBe("revoked");
    expect(tokenRefusal(revoked, "write")).toBe("revoked");
  });

  it("a token whose account was disabled stops with it", () => {
    expect(tokenRefusal(token({ actingUser: { role: "admin", disabled: true } }), "read")).toBe("account_inactive");
  });

  it.each(["editor", "reviewer", "admin"] as const)(
    "a token acting as an %s writes drafts, as the person would",
    (role) => {
      expect(tokenRefusal(token({ actingUser: { role, disabled: false } }), "write")).toBeNull();
    },
  );
});

describe("the rate-limit window", () => {
  const start = Date.UTC(2026, 10, 24, 12, 0, 0);

  it("starts at a token's first request and counts on within the minute", () => {
    const first = nextWindow(null, start);
    expect(first).toEqual({ count: 1, windowStartMs: start });
    const second = nextWindow(first, start + 59_999);
    expect(second).toEqual({ count: 2, windowStartMs: start });
  });

  it("starts again once the minute has passed", () => {
    expect(nextWindow({ count: 500, windowStartMs: start }, start + 60_000)).toEqual({
      count: 1,
      windowStartMs: start + 60_000,
    });
  });

  it("starts again if the clock went back", () => {
    expect(nextWindow({ count: 5, windowStartMs: start }, start - 1_000)).toEqual({
      count: 1,
      windowStartMs: start - 1_000,
    });
  });

  it("allows the limit, refuses the one after, and says when to come back", () => {
    expect(rateDecision({ count: 30, windowStartMs: start }, start + 10_000, 30)).toEqual({
      allowed: true,
      limit: 30,
      remaining: 0,
      resetSeconds: 50,
    });
    const refused = rateDecision({ count: 31, windowStartMs: start }, start + 10_500, 30);
    expect(refused).toEqual({ allowed: false, limit: 30, remaining: 0, resetSeconds: 50 });
    expect(rateLimitHeaders(refused)).toEqual({
      "RateLimit-Limit": "30",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "50",
      "Retry-After": "50",
    });
  });

  it("never tells a client to come back in 0 seconds", () => {
    expect(rateDecision({ count: 31, windowStartMs: start }, start + 59_999, 30).resetSeconds).toBe(1);
  });

  it("counts down what remains, with no Retry-After while allowed", () => {
    const decision = rateDecision({ count: 1, windowStartMs: start }, start, 120);
    expect(decision.remaining).toBe(119);
    expect(rateLimitHeaders(decision)).not.toHaveProperty("Retry-After");
  });
});
