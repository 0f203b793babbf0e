// API tokens: their format, their hash, what each scope allows and the rate-limit window. Pure
// (node:crypto aside): no session, no database, so every rule has a unit test.
//
// A token reads `ct_<prefix>_<secret>`. The prefix is public: it finds the row and lets an admin
// recognise a token seen in a log. The secret is 32 random bytes; only its SHA-256 is stored.
// Why not bcrypt, as for passwords: bcrypt's slowness protects secrets people choose, which are
// guessable; 256 random bits cannot be guessed however fast the hash, and a fast hash lets every
// request be checked against the database without costing 100 ms of CPU.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { may, type Role } from "./policy";

export type ApiTokenScope = "read" | "write_drafts";
export const API_TOKEN_SCOPES: readonly ApiTokenScope[] = ["read", "write_drafts"];

export const API_TOKEN_SCOPE_LABELS: Record<ApiTokenScope, string> = {
  read: "Read",
  write_drafts: "Read and write drafts",
};

const TOKEN_PATTERN = /^ct_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface NewApiToken {
  /** The whole token, shown once. */
  token: string;
  prefix: string;
  secretHash: string;
}

/** SHA-256 of the secret, in hex: what the database keeps. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** A new token: 10 public characters to find it by, 256 secret bits. */
export function generateApiToken(): NewApiToken {
  const prefix = randomBytes(5).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { token: `ct_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

/** The prefix and secret of `Authorization: Bearer ct_…`, or null for anything else. */
export function parseBearer(header: string | null | undefined): { prefix: string; secret: string } | null {
  if (!header) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header.slice(0, 200));
  const parts = match ? TOKEN_PATTERN.exec(match[1] as string) : null;
  return parts ? { prefix: parts[1] as string, secret: parts[2] as string } : null;
}

/**
 * Whether `secret` hashes to `storedHash`, in constant time: the time taken says nothing about
 * how many characters matched.
 */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

// ---------------------------------------------------------------------------------------------
// What a token may do

/** A request through the API reads, or writes drafts. */
export type ApiAccess = "read" | "write";

/** What stands in the way of a request, in the order it is checked. */
export type TokenRefusal = "revoked" | "account_inactive" | "read_only" | "role_forbids";

export interface TokenForPolicy {
  scope: ApiTokenScope;
  revokedAt: Date | null;
  actingUser: { role: Role; disabled: boolean };
}

/**
 * Why a token may not make this request, or null when it may. A token is never more than the
 * account it acts as: a disabled account, or a role that lost a permission, stops its tokens too.
 */
export function tokenRefusal(token: TokenForPolicy, access: ApiAccess): TokenRefusal | null {
  if (token.revokedAt) return "revoked";
  if (token.actingUser.disabled) return "account_inactive";
  if (access === "write" && token.scope !== "write_drafts") return "read_only";
  if (!may(token.actingUser.role, access === "write" ? "write_newsroom" : "read_staff")) return "role_forbids";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Rate limits

export const RATE_WINDOW_MS = 60_000;

/** Requests per minute and per token, reads and writes counted apart. */
export const RATE_LIMITS: Record<ApiAccess, number> = { read: 120, write: 30 };

export interface RateWindow {
  /** Requests counted in the window, this one included. */
  count: number;
  windowStartMs: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window starts again (at least 1). */
  resetSeconds: number;
}

/**
 * A fixed window that starts at a token's first request: with `count` requests counted since
 * `windowStartMs`, is this one allowed, and what do the RateLimit headers say.
 */
export function rateDecision(
  window: RateWindow,
  nowMs: number,
  limit: number,
  windowMs = RATE_WINDOW_MS,
): RateDecision {
  const endsMs = window.windowStartMs + windowMs;
  return {
    allowed: window.count <= limit,
    limit,
    remaining: Math.max(0, limit - window.count),
    resetSeconds: Math.max(1, Math.ceil((endsMs - nowMs) / 1000)),
  };
}

/** The window a request falls in: the stored one, or a new one once it has run out. */
export function nextWindow(stored: RateWindow | null, nowMs: number, windowMs = RATE_WINDOW_MS): RateWindow {
  if (!stored || nowMs - stored.windowStartMs >= windowMs || nowMs < stored.windowStartMs)
    return { count: 1, windowStartMs: nowMs };
  return { count: stored.count + 1, windowStartMs: stored.windowStartMs };
}

/** The headers of the IETF draft "RateLimit header fields for HTTP", and Retry-After when refused. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.resetSeconds);
  return headers;
}
