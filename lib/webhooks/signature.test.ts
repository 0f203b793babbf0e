import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signDelivery, verifyDelivery } from "./signature";

describe("a delivery's signature", () => {
  const secret = "whsec_test";
  const body = '{"event":"published","claim":{"id":"c1"}}';

  it("is the hex HMAC-SHA256 of '<timestamp>.<body>' with the webhook's secret", () => {
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signDelivery(secret, "1700000000", body)).toBe(`sha256=${expected}`);
  });

  it("is verified by a receiver holding the same secret", () => {
    expect(verifyDelivery(secret, "1700000000", body, signDelivery(secret, "1700000000", body))).toBe(true);
  });

  it("fails for another secret, another body or another timestamp (a replay re-dated)", () => {
    const signature = signDelivery(secret, "1700000000", body);
    expect(verifyDelivery("whsec_other", "1700000000", body, signature)).toBe(false);
    expect(verifyDelivery(secret, "1700000000", body.replace("c1", "c2"), signature)).toBe(false);
    expect(verifyDelivery(secret, "1700000999", body, signature)).toBe(false);
    expect(verifyDelivery(secret, "1700000000", body, "sha256=short")).toBe(false);
  });

  it("uses a new, long random secret for each webhook", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
