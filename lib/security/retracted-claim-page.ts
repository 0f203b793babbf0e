// A retracted claim's page answers 410 Gone, as its API address does, while still saying when
// and why it was retracted. A page of the App Router cannot choose its status (only 404, 403
// and 401 have a function, and those show another page), so the proxy does it: it asks the
// public data layer whether the claim is retracted, has the page rendered by this very server
// (a request to itself, marked so that it goes straight to Next), and answers that HTML with
// 410. Retractions are rare: their page is rendered each time, never kept by the page cache,
// which keeps only 200 answers (docs/decisions/007-page-cache.md).
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { claimForPermalink } from "@/lib/data/public-claims";
import { keptHeaders, uncacheableReason } from "@/lib/public/page-cache";
import { renderOwnPage } from "@/lib/public/page-cache-serve";

const CLAIM_PAGE = /^\/claim\/([A-Za-z0-9_-]{1,64})$/;

/** The header that marks the proxy's own request for a retracted claim's page. */
export const GONE_RENDER_HEADER = "x-claim-tracker-gone-render";

// One per process, on globalThis like the page cache's, so every copy of this module agrees.
const globalForGone = globalThis as typeof globalThis & { claimTrackerGoneSecret?: string };
const secret = (globalForGone.claimTrackerGoneSecret ??= Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) =>
  b.toString(16).padStart(2, "0"),
).join(""));

/** Whether this request is the proxy asking for a retracted claim's page: Next renders it as usual. */
export function isGoneRender(request: NextRequest): boolean {
  return request.headers.get(GONE_RENDER_HEADER) === secret;
}

/**
 * The 410 answer for a retracted claim's page, or null for anything else (another page, a
 * published or unknown claim, a fetch of the client router, which wants its payload rather than
 * HTML): the caller goes on as usual. The visitor's own headers go with the render (a member
 * signed in sees the newsroom bar, as on any page).
 */
export async function retractedClaimPage(request: NextRequest): Promise<Response | null> {
  const id = CLAIM_PAGE.exec(request.nextUrl.pathname)?.[1];
  if (!id) return null;
  // The page cache's own rule for "a reader's GET or HEAD of a page", the session aside.
  const reason = uncacheableReason({
    method: request.method,
    pathAndQuery: request.nextUrl.pathname + request.nextUrl.search,
    header: (name) => request.headers.get(name),
    cookies: new Map(),
  });
  const port = env().PORT;
  if (reason || !port) return null;
  const permalink = await claimForPermalink(id).catch(() => null);
  if (permalink?.kind !== "retracted") return null;

  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers[name] = value;
  });
  headers["accept-encoding"] = "identity";
  headers[GONE_RENDER_HEADER] = secret;
  const rendered = await renderOwnPage(port, request.nextUrl.pathname + request.nextUrl.search, headers);
  if (!rendered || rendered.status !== 200) return null;
  return new Response(request.method === "HEAD" ? null : (rendered.body as BodyInit), {
    status: 410,
    headers: keptHeaders(rendered.headers),
  });
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "upgrade",
  "te",
  "trailer",
  "expect",
]);
