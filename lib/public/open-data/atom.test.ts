import { describe, expect, it } from "vitest";
import { claimsFeed, entrySummary, xmlText, type FeedClaim } from "./atom";
import { openDataUrls } from "./urls";
import { AT_LEAST_29 } from "@/tests/figures/at-least-29";

const urls = openDataUrls("https://claims.example");

const claim = (over: Partial<FeedClaim> = {}): FeedClaim => ({
  id: "c1",
  ...AT_LEAST_29,
  reportedAt: new Date("2020-02-27T22:00:00Z"),
  publishedAt: new Date("2020-02-28T08:00:00Z"),
  updatedAt: new Date("2020-02-28T09:00:00Z"),
  source: { name: "Governor of Hatay province" },
  relayedBy: { name: "Anadolu Agency" },
  quantity: {
    label: "Turkish soldiers killed",
    unit: "soldiers",
    story: { title: "Strikes in Idlib" },
  },
  ...over,
});

describe("the Atom feed", () => {
  it("says the figure in words, the source, when, and who relayed it", () => {
    expect(entrySummary(claim())).toBe(
      "The Governor of Hatay province said at least 29 soldiers as of 27 Feb 2020, 22:00 UTC, as relayed by Anadolu Agency. " +
        "Quantity: Turkish soldiers killed. Story: Strikes in Idlib.",
    );
  });

  it("is one feed with its id, self link, update time and an entry per claim, absolute links throughout", () => {
    const xml = claimsFeed([claim(), claim({ id: "c2", updatedAt: new Date("2020-03-01T00:00:00Z") })], urls);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain("<id>https://claims.example/feed.atom</id>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://claims.example/feed.atom"/>');
    expect(xml).toContain("<updated>2020-03-01T00:00:00.000Z</updated>");
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain("<id>https://claims.example/claim/c1</id>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://claims.example/claim/c1"/>');
    expect(xml).toContain("<published>2020-02-28T08:00:00.000Z</published>");
    expect(xml).toContain("<author><name>Governor of Hatay province</name></author>");
  });

  it("escapes markup and drops the control characters XML cannot hold", () => {
    expect(xmlText(`<b>"A" & 'B'</b>\u0001\u0008`)).toBe("&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;");
    const xml = claimsFeed([claim({ source: { name: "</name><script>x</script>\u0000" } })], urls);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0000");
  });

  it("still has an update time with no entry", () => {
    expect(claimsFeed([], urls)).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
  });
});
