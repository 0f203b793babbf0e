import { beforeEach, describe, expect, it } from "vitest";
import { claimPublishedAt, latestPublishedClaims, publicClaim, publicClaims } from "./public-api";
import { publicSource, publicSources, publicStories, type ClaimFilters } from "./public-api";
import { claimRow, rowTag, sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { clearPublicCache } from "./public-cache";
import { quantityById, storyBySlug } from "./public-claims";

// The rows here are written straight, without history, so the edition never moves: each test
// starts from an empty cache rather than read another test's answers.
beforeEach(() => clearPublicCache());

type Status = "draft" | "in_review" | "published" | "retracted";

async function newsroom(date = "2020-02-27") {
  const tag = rowTag();
  const author = await userRow(`api-${tag}@newsroom.org`);
  const governor = await sourceRow(`Governor ${tag}`, "government");
  const observatory = await sourceRow(`Observatory ${tag}`, "ngo");
  const story = await db.story.create({
    data: { title: `Story ${tag}`, slug: `story-${tag}`, date },
  });
  const quantity = await db.quantity.create({
    data: { storyId: story.id, label: "Soldiers killed", cumulative: true },
  });
  let hour = 0;
  const claim = async (status: Status, source = governor.id, extra: { reviewedAt?: Date } = {}) => {
    hour++;
    const created = await claimRow({
      quantityId: quantity.id,
      sourceId: source,
      quote: `${status} quote ${tag} ${hour}`,
      value: 28 + hour,
      sentence: `At least ${28 + hour} soldiers (${status}).`,
      reportedAt: new Date(Date.UTC(2020, 1, 27, hour)),
      status,
      authorId: author.id,
      ...extra,
    });
    return created.id;
  };
  return { tag, story, quantity, governor, observatory, claim };
}

const noFilter: ClaimFilters = { story: null, quantity: null, source: null };

describe("the open data's lists", () => {
  it("lists only a story's published claims, newest first, a page at a time with no claim twice", async () => {
    const { story, claim, observatory } = await newsroom();
    const first = await claim("published");
    await claim("draft");
    const second = await claim("published", observatory.id);
    await claim("in_review");
    await claim("retracted");
    const third = await claim("published");

    const all = await publicClaims({
      limit: 10,
      after: null,
      filters: { ...noFilter, story: story.slug },
    });
    expect(all.rows.map((c) => c.id)).toEqual([third, second, first]);
    expect(all.hasMore).toBe(false);
    expect(JSON.stringify(all)).not.toMatch(/draft quote|in_review quote|retracted quote/);
    expect(all.rows[0]?.quantity.story.slug).toBe(story.slug);

    const seen: string[] = [];
    let after = null as { reportedAt: Date; id: string } | null;
    for (;;) {
      const page = await publicClaims({
        limit: 1,
        after,
        filters: { ...noFilter, story: story.slug },
      });
      seen.push(...page.rows.map((c) => c.id));
      const last = page.rows.at(-1);
      if (!page.hasMore || !last) break;
      after = { reportedAt: last.reportedAt, id: last.id };
    }
    expect(seen).toEqual([third, second, first]);
  });

  it("filters claims by quantity and by the source that counted", async () => {
    const { quantity, claim, observatory, governor } = await newsroom();
    const byGovernor = await claim("published");
    const byObservatory = await claim("published", observatory.id);
    const filters = (over: Partial<ClaimFilters>): ClaimFilters => ({ ...noFilter, ...over });
    expect(
      (await publicClaims({ limit: 10, after: null, filters: filters({ source: observatory.id }) })).rows.map(
        (c) => c.id,
      ),
    ).toEqual([byObservatory]);
    expect(
      (
        await publicClaims({
          limit: 10,
          after: null,
          filters: filters({ quantity: quantity.id, source: governor.id }),
        })
      ).rows.map((c) => c.id),
    ).toEqual([byGovernor]);
    expect((await publicClaims({ limit: 10, after: null, filters: filters({ story: "no-such-story" }) })).rows).toEqual(
      [],
    );
  });

  it("opens a published claim only", async () => {
    const { claim } = await newsroom();
    const published = await claim("published", undefined, {
      reviewedAt: new Date("2020-02-28T08:00:00Z"),
    });
    expect(await publicClaim(published)).toMatchObject({ id: published, low: 29 });
    expect(await claimPublishedAt(published)).toEqual(new Date("2020-02-28T08:00:00Z"));
    for (const status of ["draft", "in_review", "retracted"] as const) {
      const id = await claim(status);
      expect(await publicClaim(id)).toBeNull();
      expect(await claimPublishedAt(id)).toBeNull();
    }
  });

  it("lists stories newest first, counting only published claims, across pages", async () => {
    const older = await newsroom("1990-01-01");
    const newer = await newsroom("1990-01-02");
    await older.claim("published");
    await older.claim("draft");
    await newer.claim("published");
    await newer.claim("in_review");

    const first = await publicStories({ limit: 100, after: null });
    const ours = first.rows.filter((s) => [older.story.id, newer.story.id].includes(s.id));
    expect(ours.map((s) => s.id)).toEqual([newer.story.id, older.story.id]);
    const count = (id: string) =>
      first.rows.find((s) => s.id === id)?.quantities.reduce((n, q) => n + q._count.claims, 0);
    expect(count(older.story.id)).toBe(1);
    expect(count(newer.story.id)).toBe(1);

    const page = await publicStories({
      limit: 1,
      after: { date: "1990-01-02", id: newer.story.id },
    });
    expect(page.rows.map((s) => s.id)).toEqual([older.story.id]);
  });

  it("leaves out a story, and each quantity, until its first published claim", async () => {
    const embargoed = await newsroom("1990-01-03");
    await embargoed.claim("draft");
    await embargoed.claim("in_review");
    await embargoed.claim("retracted");
    const listed = await publicStories({ limit: 100, after: null });
    expect(listed.rows.map((s) => s.id)).not.toContain(embargoed.story.id);
    expect(await storyBySlug(embargoed.story.slug)).toBeNull();
    expect(await quantityById(embargoed.quantity.id)).toBeNull();

    await embargoed.claim("published");
    clearPublicCache(); // written straight, the edition did not move
    expect((await publicStories({ limit: 100, after: null })).rows.map((s) => s.id)).toContain(embargoed.story.id);
    expect((await storyBySlug(embargoed.story.slug))?.quantities.map((q) => q.id)).toEqual([embargoed.quantity.id]);
  });

  it("lists sources by name, counting only their published claims", async () => {
    const { claim, governor, observatory } = await newsroom();
    await claim("published");
    await claim("retracted");
    await claim("draft", observatory.id);
    expect((await publicSource(governor.id))?._count.claims).toBe(1);
    // A source with no published claim is not public, as its page is not.
    expect(await publicSource(observatory.id)).toBeNull();
    expect((await publicSources({ limit: 100, after: null })).rows.map((s) => s.id)).not.toContain(observatory.id);
    expect(await publicSource("unknown")).toBeNull();

    const page = await publicSources({ limit: 1, after: { name: governor.name, id: governor.id } });
    expect((page.rows[0]?.name ?? "") > governor.name).toBe(true);
  });

  it("feeds the claims published last, approved ones by approval time, never a retracted one", async () => {
    const { claim } = await newsroom();
    const early = await claim("published", undefined, {
      reviewedAt: new Date("2031-01-01T00:00:00Z"),
    });
    const late = await claim("published", undefined, {
      reviewedAt: new Date("2031-01-02T00:00:00Z"),
    });
    const retracted = await claim("retracted", undefined, {
      reviewedAt: new Date("2031-01-03T00:00:00Z"),
    });
    const feed = await latestPublishedClaims(2);
    expect(feed.map((c) => c.id)).toEqual([late, early]);
    expect((await latestPublishedClaims(50)).map((c) => c.id)).not.toContain(retracted);
  });
});
