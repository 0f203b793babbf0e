import { describe, expect, it, vi } from "vitest";
import { claimRow, rowTag, sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { claimForPermalink, quantitiesByIds, quantityById, storyBySlug } from "./public-claims";

type Status = "draft" | "in_review" | "published" | "retracted";

async function storyWithOneClaimPerStatus() {
  const tag = rowTag();
  const author = await userRow(`public-${tag}@newsroom.org`);
  const source = await sourceRow(`Governor ${tag}`, "government");
  const relay = await sourceRow(`Agency ${tag}`, "news_agency");
  const story = await db.story.create({
    data: { title: `Story ${tag}`, slug: `story-${tag}`, date: "2020-02-27" },
  });
  const quantity = await db.quantity.create({
    data: { storyId: story.id, label: "Soldiers killed", cumulative: true },
  });
  const claims = {} as Record<Status, string>;
  for (const [i, status] of (["draft", "in_review", "published", "retracted"] as const).entries()) {
    const claim = await claimRow({
      quantityId: quantity.id,
      sourceId: source.id,
      relayedById: status === "published" ? relay.id : null,
      quote: `${status} quote ${tag}`,
      value: 29 + i,
      sentence: `At least ${29 + i} soldiers (${status}).`,
      reportedAt: new Date(`2020-02-27T2${i}:00:00Z`),
      status,
      retractionReason: status === "retracted" ? "The figure was misattributed." : null,
      authorId: author.id,
    });
    claims[status] = claim.id;
  }
  return { story, quantity, claims, tag };
}

describe("public claims", () => {
  it("a story shows only its published claims, with source, relay and figure", async () => {
    const { story, claims } = await storyWithOneClaimPerStatus();
    const found = await storyBySlug(story.slug);
    const quantity = found?.quantities[0];
    expect(quantity?.claims.map((c) => c.id)).toEqual([claims.published]);
    expect(quantity?.claims[0]).toMatchObject({
      low: 31,
      qualifier: "at_least",
      language: "en",
      relayedBy: { name: expect.stringMatching(/^Agency/) },
    });
    expect(JSON.stringify(found)).not.toMatch(/draft quote|in_review quote|retracted quote/);
    expect(await storyBySlug("no-such-story")).toBeNull();
  });

  it("a quantity page shows only published claims", async () => {
    const { quantity, claims, story } = await storyWithOneClaimPerStatus();
    const found = await quantityById(quantity.id);
    expect(found?.story.slug).toBe(story.slug);
    expect(found?.claims.map((c) => c.id)).toEqual([claims.published]);
    expect(await quantityById("unknown")).toBeNull();
  });

  it("an API page's quantities are read in one query, each with its published claims only", async () => {
    const first = await storyWithOneClaimPerStatus();
    const second = await storyWithOneClaimPerStatus();
    const findMany = db.quantity.findMany.bind(db.quantity);
    const spy = vi
      .spyOn(db.quantity, "findMany")
      .mockImplementation(findMany as unknown as typeof db.quantity.findMany);
    try {
      const found = await quantitiesByIds([second.quantity.id, "unknown", first.quantity.id, second.quantity.id]);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(found.map((q) => q.id)).toEqual([second.quantity.id, first.quantity.id]);
      expect(found.map((q) => q.claims.map((c) => c.id))).toEqual([
        [second.claims.published],
        [first.claims.published],
      ]);
    } finally {
      // (Not mockRestore: Prisma's delegates are proxies, and restoring leaves no findMany at all.)
      spy.mockImplementation(findMany as unknown as typeof db.quantity.findMany);
    }
    expect(await quantitiesByIds([])).toEqual([]);
  });

  it("a permalink opens a published claim, a retraction notice without the figure, and nothing else", async () => {
    const { claims } = await storyWithOneClaimPerStatus();
    expect(await claimForPermalink(claims.published)).toMatchObject({
      kind: "published",
      claim: { id: claims.published, low: 31 },
    });

    const retracted = await claimForPermalink(claims.retracted);
    expect(retracted).toMatchObject({
      kind: "retracted",
      claim: { reason: "The figure was misattributed." },
    });
    expect(JSON.stringify(retracted)).not.toMatch(/quote|"low"|"value"|sentence/);

    expect(await claimForPermalink(claims.draft)).toBeNull();
    expect(await claimForPermalink(claims.in_review)).toBeNull();
    expect(await claimForPermalink("unknown")).toBeNull();
  });
});
