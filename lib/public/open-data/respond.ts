import "server-only";
import { randomBytes } from "node:crypto";
import type { NextRequest } from "next/server";
import { databaseFault, RETRY_AFTER_SECONDS } from "@/lib/data/database-faults";
import { publicEdition } from "@/lib/data/edition";
import { bodyETag, EditionETags, matchesETag } from "./etag";
import { OpenDataError, type OpenDataErrorCode } from "./open-data-error";
import { publicUrls, type OpenDataUrls } from "./urls";

// The one way the open data answers: the JSON API, the CSV and the Atom feed all go through
// openDataRoute, so each gets the same caching, CORS and errors.
//
// Caching: the ETag is a digest of the answer's bytes (./etag.ts says why not the edition). The
// answer is a function of the database's edition (the newest history id) and the address, so
// once this process has tagged an address at the current edition, a client or cache that sends
// the tag back gets a 304 after one indexed lookup, before any query runs. Caches must ask every
// time (max-age=0): a retracted claim has to leave the API and the feed on the very next
// request, not a minute later. Every link in an answer is on the configured origin
// (lib/public/public-origin.ts), whatever Host the request names.
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
export function openDataErrorResponse(
  code: OpenDataErrorCode,
  message: string,
  status: number,
  retryAfterSeconds?: number,
): Response {
  const headers: Record<string, string> = { ...CORS, "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  return Response.json({ error: { code, message } }, { status, headers });
}

/** The body's bytes (as text) and the headers that describe them. */
function representation(body: OpenDataBody): { text: string; headers: Record<string, string> } {
  if ("json" in body)
    return {
      text: JSON.stringify(body.json),
      headers: { "Content-Type": "application/json; charset=utf-8" },
    };
  const headers: Record<string, string> = { "Content-Type": body.contentType };
  if (body.filename) headers["Content-Disposition"] = `attachment; filename="${body.filename}"`;
  return { text: body.text, headers };
}

// One per process, on globalThis so that every copy of this module Next bundles shares it. The
// public export (lib/export) keeps its tags here too.
const MAX_TAGS = 2_000;
const globalForTags = globalThis as typeof globalThis & { claimTrackerOpenDataTags?: EditionETags };
export const openDataTags = (globalForTags.claimTrackerOpenDataTags ??= new EditionETags(MAX_TAGS));

/** The headers every cacheable open-data answer carries, with its ETag. */
export function cachedAnswerHeaders(etag: string): Record<string, string> {
  return { ...CORS, ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" };
}

/** The 304 for a client that holds this ETag. */
export const notModified = (etag: string) => new Response(null, { status: 304, headers: cachedAnswerHeaders(etag) });

/**
 * A public, read-only route handler: `answer` reads the request's parameters and returns the
 * body, or throws an OpenDataError for the reader's mistake (400, 404, 410). Anything else is
 * logged with a reference and answered 500 with that reference only.
 */
export function openDataRoute<P = Record<string, never>>(
  answer: (request: OpenDataRequest, params: P) => Promise<OpenDataBody>,
): Handler<P> {
  return async (request, context) => {
    try {
      const edition = await publicEdition();
      const address = request.nextUrl.pathname + request.nextUrl.search;
      const ifNoneMatch = request.headers.get("if-none-match");
      const known = openDataTags.get(edition, address);
      if (known && matchesETag(ifNoneMatch, known)) return notModified(known);
      const body = representation(
        await answer({ query: request.nextUrl.searchParams, urls: publicUrls() }, await context.params),
      );
      const etag = bodyETag(body.text);
      openDataTags.set(edition, address, etag);
      if (matchesETag(ifNoneMatch, etag)) return notModified(etag);
      return new Response(body.text, {
        headers: { ...cachedAnswerHeaders(etag), ...body.headers },
      });
    } catch (error) {
      if (error instanceof OpenDataError) return openDataErrorResponse(error.code, error.message, error.status);
      const fault = databaseFault(error);
      if (fault) {
        const wait = RETRY_AFTER_SECONDS[fault === "full" ? "busy" : fault];
        return openDataErrorResponse(
          "unavailable",
          `The database cannot answer right now. Try again in ${wait} seconds.`,
          503,
          wait,
        );
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
