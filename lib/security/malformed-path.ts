// A path with a broken percent-encoding ("/claim/%ZZ", "/story/%E0%A4%A": a cut UTF-8
// sequence) names no page of this site. Next decodes the path to match a dynamic segment and
// turned the failure into a 500; the proxy answers 400 instead, before any route sees it. Pure.

/** True when `pathname` (as sent, still percent-encoded) does not decode as UTF-8. */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const MALFORMED_PATH_MESSAGE =
  "This address is not valid: a % in it must be followed by two hexadecimal digits of UTF-8 text.";
