// Runs before every page, route handler and error answer: a fresh nonce and its
// Content-Security-Policy for pages, a closed policy for everything else, and the common
// security headers. Next reads the nonce from the request's CSP header and puts it on the
// scripts it writes. Static files get their headers from next.config.js (they skip this).
// A visitor's public page is answered from the page cache when it holds it: the HTML and the
// CSP of the render that produced it, nonce included (docs/decisions/007-page-cache.md).
// Before all that, a client's mistake is answered here, in words and with the same headers,
// where Next would answer 500 or a bare status: a broken percent-encoding (400), a method the
// address does not take (405 with Allow) or that no one knows (501), a body over its limit (413).
// And three statuses a page cannot set itself: 301 for a merged source's old address, 410 for a
// retracted claim's page, and a not-found page written in full rather than as a shell only
// JavaScript fills (docs/security.md, "The open web's rules").
import { NextResponse, type NextRequest } from "next/server";
import { movedPage } from "@/lib/public/moved-pages";
import { cachedPage, isCacheRender, RENDER_HEADER } from "@/lib/public/page-cache-serve";
import { allowedMethods, isPagePath, methodVerdict } from "@/lib/security/allowed-methods";
import { bodyLimitRefusal } from "@/lib/security/body-limits";
import {
  COMMON_SECURITY_HEADERS,
  NON_PAGE_CONTENT_SECURITY_POLICY,
  newNonce,
  pageContentSecurityPolicy,
} from "@/lib/security/headers";
import { hasMalformedEncoding, MALFORMED_PATH_MESSAGE } from "@/lib/security/malformed-path";
import { NOT_FOUND_ROUTE } from "@/lib/security/not-found-route";
import { GONE_RENDER_HEADER, isGoneRender, retractedClaimPage } from "@/lib/security/retracted-claim-page";

// Answers that are data, not pages: the open data, the staff API, the feed, CSV downloads.
const NOT_A_PAGE = /^\/(api\/|feed\.atom$)|\.(csv|json|atom|xml|txt)$/;

export async function proxy(request: NextRequest) {
  const refusal = clientMistake(request);
  if (refusal) return withSecurityHeaders(refusal);

  const isPage = !NOT_A_PAGE.test(request.nextUrl.pathname);
  const ownRender = isCacheRender(request) || isGoneRender(request);
  // The server's own renders go to Next like any request; anyone else's page is offered to the
  // retraction notice, then to the cache first.
  if (isPage && !ownRender) {
    const gone = await retractedClaimPage(request);
    if (gone) return withSecurityHeaders(gone);
    const cached = await cachedPage(request);
    // A page kept or rendered fine has not moved: only an unknown address asks whether it did.
    if (!cached || cached.status === 404) {
      const moved = await movedPage(request.method, request.nextUrl.pathname, request.nextUrl.search);
      if (moved) return withSecurityHeaders(moved);
    }
    // A page that calls notFound() (an unknown id) is written by Next as an empty shell that
    // only JavaScript fills: no words, no lang. The not-found route is written in full, in the
    // reader's language: that is the answer, still a 404.
    if (cached?.status === 404) return toNext(request, isPage, NOT_FOUND_ROUTE);
    if (cached) return withSecurityHeaders(cached);
  }
  return toNext(request, isPage);
}

/** On to Next (to `rewriteTo` instead when given), with a fresh nonce and its policy. */
function toNext(request: NextRequest, isPage: boolean, rewriteTo?: string): Response {
  const nonce = newNonce();
  const policy = isPage
    ? pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development")
    : NON_PAGE_CONTENT_SECURITY_POLICY;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(RENDER_HEADER);
  requestHeaders.delete(GONE_RENDER_HEADER);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const init = { request: { headers: requestHeaders } };
  const response = rewriteTo ? NextResponse.rewrite(new URL(rewriteTo, request.url), init) : NextResponse.next(init);
  response.headers.set("Content-Security-Policy", policy);
  return withSecurityHeaders(response);
}

/** The answer to a request no route should see, or null when it may go on. */
function clientMistake(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) return plainText(MALFORMED_PATH_MESSAGE, 400);
  const verdict = methodVerdict(request.method, pathname);
  if (!verdict.ok)
    return plainText(verdict.message, verdict.status, verdict.status === 405 ? { Allow: verdict.allow } : {});
  // Next renders a page for any method; a page's OPTIONS is answered here, as Next answers a
  // route handler's.
  if (request.method === "OPTIONS" && isPagePath(pathname)) {
    return new Response(null, {
      status: 204,
      headers: {
        Allow: allowedMethods(pathname).join(", "),
        "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY,
      },
    });
  }
  const tooLarge = bodyLimitRefusal(request.headers.get("content-length"));
  if (tooLarge) return plainText(tooLarge, 413);
  return null;
}

function plainText(message: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY,
      ...headers,
    },
  });
}

/** The headers every answer carries (a cached page already has the CSP of its render). */
function withSecurityHeaders<R extends Response>(response: R): R {
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files, Next's image optimiser and the CSV uploads
  // (next.config.js gives them their headers). Next copies every body that passes through here
  // and cuts it at 10 MB, which truncated imports up to the documented 50 MB: the two import
  // routes read their body straight from the request instead, checked by their own limits.
  matcher: ["/((?!_next/static|_next/image|claims/import/check$|claims/import/jobs$).*)"],
};
