// How a receiver knows a delivery came from this newsroom and was not replayed later: an
// HMAC-SHA256, keyed with the webhook's secret, of "<timestamp>.<body>" (Stripe's scheme). The
// timestamp is signed too, so a receiver can refuse a delivery older than a few minutes.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_PREFIX = "sha256=";

/** The X-ClaimTracker-Signature value: "sha256=<hex HMAC-SHA256 of '<timestamp>.<body>'>". */
export function signDelivery(secret: string, timestamp: string, body: string): string {
  return SIGNATURE_PREFIX + createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

/** What a receiver does: recompute the signature and compare in constant time. */
export function verifyDelivery(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signDelivery(secret, timestamp, body), "utf8");
  const given = Buffer.from(signature, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A new webhook secret: 32 random bytes, prefixed so a leaked one is recognisable in a log. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
