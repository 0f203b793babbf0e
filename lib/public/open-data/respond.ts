import "server-only";
import { randomBytes } from "node:crypto";
import type { NextRequest } from "next/server";
import { databaseFault, RETRY_AFTER_SECONDS } from "@/lib/data/database-faults";
import { publicEdition } from "@/lib/data/public-cache";
import { matchesETag, openDataETag } from "./etag";
import { OpenDataError, type OpenDataErrorCode } from "./open-data-error";
import { openDataUrls, originFrom, type OpenDataUrls } from "./urls";

// The one way the open data answers: the JSON API, the CSV and the Atom feed all go through
// openDataRoute, so each gets the same caching, CORS and errors.
//
// Caching: the answer is a function of the database's edition (the newest history id) and the
// URL, so the ETag is made of both. A client or cache that sends it back gets a 304 after one
// indexed lookup, before any query runs. Caches must ask every time (max-age=0): a retracted
// claim has to leave the API and the feed on the very next request, not a minute later.
//
// CORS: open data, readable from any site. Nothing here depends on a cookie, so `*` is safe.

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag",
};

export type OpenDataBody = { json: unknown } | { text: string; contentType: string; filename?: string };

export interface OpenDataRequest {
  /** The query string's parameters. */
  query: URLSearchParams;
  urls: OpenDataUrls;
}

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

/** The `{ "error": { "code", "message" } }` answer every open-data endpoint gives for a mistake. */
export function openDataErrorResponse(code: OpenDataErrorCode, message: string, status: number, retryAfterSeconds?: number): Response {
  const headers: Record<string, string> = { ...CORS, "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  return Response.json({ error: { code, message } }, { status, headers });
}

function bodyResponse(body: OpenDataBody, headers: Record<string, string>): Response {
  if ("json" in body) return Response.json(body.json, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  const all: Record<string, string> = { ...headers, "Content-Type": body.contentType };
  if (body.filename) all["Content-Disposition"] = `attachment; filename="${body.filename}"`;
  return new Response(body.text, { headers: all });
}

/**
 * A public, read-only route handler: `answer` reads the request's parameters and returns the
 * body, or throws an OpenDataError for the reader's mistake (400, 404, 410). Anything else is
 * logged with a reference and answered 500 with that reference only.
 */
export function openDataRoute<P = Record<string, never>>(answer: (request: OpenDataRequest, params: P) => Promise<OpenDataBody>): Handler<P> {
  return async (request, context) => {
    try {
      const origin = originFrom(request.headers.get("host"), request.headers.get("x-forwarded-proto"), request.url);
      const etag = openDataETag(await publicEdition(), `${origin}${request.nextUrl.pathname}${request.nextUrl.search}`);
      const headers = { ...CORS, ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" };
      if (matchesETag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
      const body = await answer({ query: request.nextUrl.searchParams, urls: openDataUrls(origin) }, await context.params);
      return bodyResponse(body, headers);
    } catch (error) {
      if (error instanceof OpenDataError) return openDataErrorResponse(error.code, error.message, error.status);
      const fault = databaseFault(error);
      if (fault) {
        const wait = RETRY_AFTER_SECONDS[fault === "full" ? "busy" : fault];
        return openDataErrorResponse("unavailable", `The database cannot answer right now. Try again in ${wait} seconds.`, 503, wait);
      }
      const reference = randomBytes(4).toString("hex");
      console.error(`[open data ${reference}]`, error);
      return openDataErrorResponse("internal", `Something went wrong on our side. Reference: ${reference}.`, 500);
    }
  };
}

/** CORS preflight: a page on another site may send If-None-Match, which needs one. */
export function openDataPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}
