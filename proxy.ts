// Runs before every page, route handler and error answer: a fresh nonce and its
// Content-Security-Policy for pages, a closed policy for everything else, and the common
// security headers. Next reads the nonce from the request's CSP header and puts it on the
// scripts it writes. Static files get their headers from next.config.js (they skip this).
// A visitor's public page is answered from the page cache when it holds it: the HTML and the
// CSP of the render that produced it, nonce included (docs/decisions/007-page-cache.md).
import { NextResponse, type NextRequest } from "next/server";
import { cachedPage, isCacheRender, RENDER_HEADER } from "@/lib/public/page-cache-serve";
import { COMMON_SECURITY_HEADERS, NON_PAGE_CONTENT_SECURITY_POLICY, newNonce, pageContentSecurityPolicy } from "@/lib/security/headers";

// Answers that are data, not pages: the open data, the staff API, the feed, CSV downloads.
const NOT_A_PAGE = /^\/(api\/|feed\.atom$)|\.(csv|json|atom|xml|txt)$/;

export async function proxy(request: NextRequest) {
  const isPage = !NOT_A_PAGE.test(request.nextUrl.pathname);
  // The server's own render for the cache goes to Next like any request; anyone else's is
  // offered to the cache first.
  if (isPage && !isCacheRender(request)) {
    const cached = await cachedPage(request);
    if (cached) return withSecurityHeaders(cached);
  }

  const nonce = newNonce();
  const policy = isPage ? pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development") : NON_PAGE_CONTENT_SECURITY_POLICY;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(RENDER_HEADER);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return withSecurityHeaders(response);
}

/** The headers every answer carries (a cached page already has the CSP of its render). */
function withSecurityHeaders<R extends Response>(response: R): R {
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files and Next's image optimiser (next.config.js covers them).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
