import { describe, expect, it } from "vitest";
import { bodyETag, EditionETags, matchesETag, streamETag } from "./etag";

const FEED = '<feed xmlns="http://www.w3.org/2005/Atom"><id>https://claims.example/feed.atom</id></feed>';

describe("the open data's ETag", () => {
  it("is the same for the same answer, whatever the database's edition, so a draft saved changes nothing", () => {
    expect(bodyETag(FEED)).toBe(bodyETag(FEED));
    expect(bodyETag(FEED)).toBe(bodyETag(new TextEncoder().encode(FEED)));
  });

  it("changes when the answer changes, by a single character", () => {
    expect(bodyETag(FEED.replace("</feed>", "<entry/></feed>"))).not.toBe(bodyETag(FEED));
    expect(bodyETag('{"data":[29]}')).not.toBe(bodyETag('{"data":[30]}'));
  });

  it("is opaque: weak, 22 base64url characters, and names no edition or count", () => {
    const tag = bodyETag(FEED);
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
    // The old tag was W/"e<edition>-<digest>": the newest history id for anyone to read.
    expect(tag).not.toMatch(/^W\/"e\d+-/);
  });

  it("is the same for a download read as a stream, chunk by chunk", async () => {
    const bytes = new TextEncoder().encode(FEED);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10));
        controller.enqueue(bytes.subarray(10));
        controller.close();
      },
    });
    expect(await streamETag(stream)).toBe(bodyETag(FEED));
  });

  it("matches If-None-Match weakly, in a list, and for *", () => {
    const tag = bodyETag(FEED);
    expect(matchesETag(tag, tag)).toBe(true);
    expect(matchesETag(`"x", ${tag.slice(2)}`, tag)).toBe(true);
    expect(matchesETag("*", tag)).toBe(true);
    expect(matchesETag(bodyETag("other"), tag)).toBe(false);
    expect(matchesETag(null, tag)).toBe(false);
  });
});

describe("the tags kept for the newest edition", () => {
  it("answers an address at the edition it was tagged at, and at no other", () => {
    const tags = new EditionETags(10);
    tags.set(7, "/feed.atom", 'W/"a"');
    expect(tags.get(7, "/feed.atom")).toBe('W/"a"');
    expect(tags.get(7, "/api/v1/stories")).toBeUndefined();
    expect(tags.get(8, "/feed.atom")).toBeUndefined();
  });

  it("forgets every tag at a newer edition, and keeps none of an older one", () => {
    const tags = new EditionETags(10);
    tags.set(7, "/feed.atom", 'W/"a"');
    tags.set(8, "/api/v1/stories", 'W/"b"');
    expect(tags.get(7, "/feed.atom")).toBeUndefined();
    expect(tags.get(8, "/feed.atom")).toBeUndefined();
    // A request that began before the write computed its tag late: not kept.
    tags.set(7, "/feed.atom", 'W/"a"');
    expect(tags.get(7, "/feed.atom")).toBeUndefined();
    expect(tags.get(8, "/api/v1/stories")).toBe('W/"b"');
  });

  it("holds at most its limit, dropping the oldest first", () => {
    const tags = new EditionETags(2);
    tags.set(1, "/a", 'W/"a"');
    tags.set(1, "/b", 'W/"b"');
    tags.set(1, "/a", 'W/"a2"');
    tags.set(1, "/c", 'W/"c"');
    expect(tags.get(1, "/b")).toBeUndefined();
    expect(tags.get(1, "/a")).toBe('W/"a2"');
    expect(tags.get(1, "/c")).toBe('W/"c"');
  });
});
