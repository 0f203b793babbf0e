const SIGN_IN = /^\/sign-in(?:[/?#]|$)/;

/**
 * Where to go after signing in: only a page of this site. A foreign URL, a protocol-relative
 * "//evil.example" or "/\evil.example" (which browsers read as another host) falls back to the
 * dashboard, so a crafted sign-in link cannot send someone on to a look-alike site. A full URL
 * of this site's own `origin` (next-auth writes those) is kept as its path.
 */
export function safeReturnPath(value: unknown, origin?: string, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  let path = value;
  if (origin && !value.startsWith("/")) {
    try {
      const url = new URL(value);
      if (url.origin !== origin) return fallback;
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  // Backslashes and control characters ("/\t/evil.example") are rewritten or dropped by URL
  // parsers, turning a path into a host.
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return fallback;
  // Back to the sign-in page would loop.
  if (SIGN_IN.test(path)) return fallback;
  return path;
}

/**
 * A path of this site as a `Location` header can carry it: any character outside printable
 * ASCII percent-encoded as UTF-8 ("/recherche?q=é" -> "/recherche?q=%C3%A9"). Null when the path
 * holds a control character or a lone surrogate: no address of this site does, and Node refuses
 * to send such a header, which made the language switch answer 500.
 */
export function locationHeaderPath(path: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(path)) return null;
  try {
    return path.replace(/[^\u0021-\u007e]+/g, (run) => encodeURIComponent(run));
  } catch {
    return null;
  }
}
