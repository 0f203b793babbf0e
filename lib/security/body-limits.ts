// How large a body the proxy lets through. Next copies every body that passes the proxy and
// cuts the copy at 10 MB (experimental.proxyClientMaxBodySize), so a larger one reached its
// route truncated and failed there as a malformed form. A body announced larger is refused here
// instead, 413 in words. The CSV uploads, documented up to 50 MB, do not pass the proxy at all
// (its matcher, proxy.ts) and check their own limit (lib/newsroom/csv/import-request.ts). Pure.

/** Next's own limit on the copy it makes for the proxy. */
export const MAX_PROXIED_BODY_BYTES = 10 * 1024 * 1024;

/** The reason to refuse a body announced larger than the proxy can pass on (413), or null. */
export function bodyLimitRefusal(contentLength: string | null): string | null {
  const announced = Number(contentLength ?? "0");
  if (!(announced > MAX_PROXIED_BODY_BYTES)) return null;
  return "This request is larger than this address takes (10 MB).";
}
