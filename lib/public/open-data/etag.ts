// The open data's ETags: an answer is a function of the database's edition (the newest history
// id) and of the URL it was asked at (its origin is in every link), so the tag names both.
import { createHash } from "node:crypto";

/** W/"e<edition>-<digest of the URL>": weak, as a proxy may compress the body. */
export function openDataETag(edition: number, url: string): string {
  const digest = createHash("sha256").update(url).digest("base64url").slice(0, 16);
  return `W/"e${edition}-${digest}"`;
}

/** Does If-None-Match name this ETag? Weak comparison (RFC 9110 section 13.1.2), "*" matching any. */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
