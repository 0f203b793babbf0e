// Cross-site form posts: a page on another site can make a reader's browser post to us, with the
// reader's cookies. Server actions are guarded by Next (their Origin must match the host); a
// route handler that changes something for the reader checks the same thing with this. Pure.

interface RequestHeaders {
  get(name: string): string | null;
}

/**
 * True when the request says it comes from this site, or says nothing (a hand-made request
 * carries no one's cookies but its sender's, as Next also reasons). "null" (a sandboxed frame,
 * a redirect across sites) and any other host are refused.
 */
export function isSameOriginPost(headers: RequestHeaders): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const CROSS_SITE_REFUSED = "This form can only be sent from this site's own pages.";
