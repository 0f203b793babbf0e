import "server-only";
import type { NextRequest } from "next/server";
import { countRequest } from "@/lib/data/api-rate-limit";
import { bookkeeping } from "@/lib/data/bookkeeping";
import { databaseFault, faultMessage, RETRY_AFTER_SECONDS } from "@/lib/data/database-faults";
import { markTokenUsed, tokenByPrefix, type TokenForRequest } from "@/lib/data/api-tokens";
import { currentStaffMember } from "./current-user";
import { may } from "./policy";
import {
  parseBearer,
  RATE_LIMITS,
  rateDecision,
  rateLimitHeaders,
  secretMatches,
  tokenRefusal,
  type ApiAccess,
  type TokenRefusal,
} from "./api-token";
import { ERROR_STATUS, type ApiErrorCode } from "@/lib/errors";
import { unexpectedFault } from "@/lib/faults";

// Every route handler that takes an API token goes through here, in this order: who (the token,
// read from the database on every request, its secret compared in constant time) -> is it still
// good (not revoked, its account enabled) -> how often (the rate limit) -> may it (its scope and
// its account's role) -> the handler. No cache: a revocation holds from the very next request.

export type { ApiErrorCode } from "@/lib/errors";

export const API_ERROR_STATUS: Record<ApiErrorCode, number> = ERROR_STATUS;

/** `{ "error": { "code", "message" } }`, with `fields` for a body's mistakes. Never cached. */
export function tokenApiError(
  code: ApiErrorCode,
  message: string,
  extra: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): Response {
  const error = extra.fields ? { code, message, fields: extra.fields } : { code, message };
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...extra.headers };
  if (code === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="Claim Tracker API"';
  return Response.json({ error }, { status: API_ERROR_STATUS[code], headers });
}

/** The answer to a database fault behind `error` (503 or 507 with Retry-After), or null for anything else. */
export function tokenFaultAnswer(error: unknown): Response | null {
  const fault = databaseFault(error);
  if (!fault) return null;
  console.warn(`[api] database ${fault}: ${(error as Error).message?.split("\n")[0] ?? error}`);
  return tokenApiError(`database_${fault}`, faultMessage(fault), {
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS[fault]) },
  });
}

const REFUSALS: Record<TokenRefusal, [ApiErrorCode, string]> = {
  revoked: ["unauthenticated", "This token was revoked. Ask an admin for a new one."],
  account_inactive: ["unauthenticated", "The account this token acts as is disabled. Ask an admin for a new token."],
  read_only: ["forbidden", "This token may only read. Ask an admin for a token that may write drafts."],
  role_forbids: ["forbidden", "The account this token acts as may not do this."],
};

export interface TokenCaller {
  token: TokenForRequest;
  request: NextRequest;
}

/** The token a request carries, if its secret is right; null for none or a wrong one. */
async function tokenOf(request: NextRequest): Promise<TokenForRequest | null> {
  const bearer = parseBearer(request.headers.get("authorization"));
  if (!bearer) return null;
  const token = await tokenByPrefix(bearer.prefix);
  return token && secretMatches(bearer.secret, token.secretHash) ? token : null;
}

/** Runs `handle` for a request with a good token, allowed `access`, within its rate limit. */
export async function runTokenRoute(
  access: ApiAccess,
  request: NextRequest,
  handle: (caller: TokenCaller) => Promise<Response>,
): Promise<Response> {
  try {
    const token = await tokenOf(request);
    if (!token) {
      const sent = request.headers.has("authorization");
      return tokenApiError(
        "unauthenticated",
        sent ? "This token is not valid." : "Send an API token: Authorization: Bearer ct_….",
      );
    }
    const refusal = tokenRefusal(token, access);
    if (refusal === "revoked" || refusal === "account_inactive") return tokenApiError(...REFUSALS[refusal]);

    const now = Date.now();
    // A read's own records give way to a busy or full database: the read is answered uncounted.
    const count = () => countRequest(`token:${token.id}:${access}`, now);
    const window = access === "read" ? await bookkeeping(count) : await count();
    if (window === null) return await handle({ token, request });
    const decision = rateDecision(window, now, RATE_LIMITS[access]);
    const limitHeaders = rateLimitHeaders(decision);
    if (access === "read") await bookkeeping(() => markTokenUsed(token.id, new Date(now)));
    else await markTokenUsed(token.id, new Date(now));
    if (!decision.allowed) {
      return tokenApiError(
        "rate_limited",
        `Too many requests: ${decision.limit} a minute. Try again in ${decision.resetSeconds} s.`,
        { headers: limitHeaders },
      );
    }
    if (refusal) return tokenApiError(...REFUSALS[refusal], { headers: limitHeaders });

    const response = await handle({ token, request });
    for (const [name, value] of Object.entries(limitHeaders)) response.headers.set(name, value);
    return response;
  } catch (error) {
    const fault = tokenFaultAnswer(error);
    if (fault) return fault;
    return tokenApiError("internal", unexpectedFault("api", error, { nothingSaved: true }));
  }
}

/**
 * A read of staff data: with a token, as above; without one, a signed-in member of staff may read
 * it too (their session checked against the database), as they read the same claims on the
 * newsroom's pages.
 */
export async function runStaffReadRoute(
  request: NextRequest,
  handle: (request: NextRequest) => Promise<Response>,
): Promise<Response> {
  if (request.headers.has("authorization")) return runTokenRoute("read", request, ({ request }) => handle(request));
  try {
    const member = await currentStaffMember();
    if (!member) return tokenApiError("unauthenticated", "Send an API token: Authorization: Bearer ct_….");
    if (!may(member.role, "read_staff")) return tokenApiError("forbidden", "Your role does not allow this.");
    return await handle(request);
  } catch (error) {
    const fault = tokenFaultAnswer(error);
    if (fault) return fault;
    return tokenApiError("internal", unexpectedFault("api", error));
  }
}

// ---------------------------------------------------------------------------------------------
// Request bodies

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The request's JSON body, or the error answer: 415 unless it says application/json, 413 past
 * 64 KB (read no further than that, whatever Content-Length claims), 400 when it is not JSON.
 */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; body: unknown; text: string } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    return {
      ok: false,
      response: tokenApiError("unsupported_media_type", "Send the body as JSON, with Content-Type: application/json."),
    };
  }
  const tooLarge = () => ({
    ok: false as const,
    response: tokenApiError("payload_too_large", `The body is over ${MAX_BODY_BYTES / 1024} KB.`),
  });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    return { ok: true, body: JSON.parse(text), text };
  } catch {
    return {
      ok: false,
      response: tokenApiError("invalid_parameter", "The body is not valid JSON (UTF-8)."),
    };
  }
}
