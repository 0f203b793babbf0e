// The open data's ETags: a digest of the answer's own bytes. It changes exactly when the answer
// does and tells nothing the answer does not: not the database's edition (the newest history
// id), which grows with every draft saved and so would let anyone count the newsroom's
// unpublished work, nor even that something unpublished changed. Servers behind one cache agree
// on it with no shared key, since they send the same bytes. Pure.
import { createHash, type Hash } from "node:crypto";

/** 128 bits of SHA-256, base64url: no collision in any cache's lifetime. */
const DIGEST_BYTES = 16;

const tagOf = (hash: Hash) => `W/"${hash.digest().subarray(0, DIGEST_BYTES).toString("base64url")}"`;

/** W/"<digest of the body>": weak, as a proxy may compress the body (RFC 9110 section 8.8.1). */
export function bodyETag(body: string | Uint8Array): string {
  return tagOf(createHash("sha256").update(body));
}

/** The ETag of a body read as a stream (a download too large to hold), once it has all been read. */
export async function streamETag(body: ReadableStream<Uint8Array>): Promise<string> {
  const hash = createHash("sha256");
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hash.update(chunk.value);
  return tagOf(hash);
}

/** Does If-None-Match name this ETag? Weak comparison (RFC 9110 section 13.1.2), "*" matching any. */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * The ETags this process has computed, by address, for the newest edition only: an answer is a
 * function of the edition and the address, so while the edition holds a known tag answers
 * If-None-Match with a 304 before any query runs. A newer edition forgets them all at once (as
 * lib/data/public-cache.ts does its answers); a tag is then computed again from the new answer,
 * and is the same tag when what was written is not public.
 */
export class EditionETags {
  private edition = -1;
  private readonly tags = new Map<string, string>();

  constructor(private readonly maxEntries: number) {}

  /** The tag of `address` at `edition`, if this process has computed it. */
  get(edition: number, address: string): string | undefined {
    return edition === this.edition ? this.tags.get(address) : undefined;
  }

  /** Keeps a tag computed at `edition`; one of an older edition than the newest seen is dropped. */
  set(edition: number, address: string, etag: string): void {
    if (edition < this.edition) return;
    if (edition > this.edition) {
      this.tags.clear();
      this.edition = edition;
    }
    this.tags.delete(address);
    this.tags.set(address, etag);
    // The oldest set goes first when full: a map keeps insertion order.
    while (this.tags.size > this.maxEntries) this.tags.delete(this.tags.keys().next().value as string);
  }
}
