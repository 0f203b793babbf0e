import { describe, expect, it } from "vitest";
import { rowTag, sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { sourcePage, SOURCE_CLAIMS_PER_PAGE } from "./public-sources";

type Status = "draft" | "in_review" | "published" | "retracted";

async function setting() {
  const tag = rowTag();
  const author = await userRow(`sources-${tag}@newsroom.org`);
  const governor = await sourceRow(`Governor ${tag}`, "government", "Turkey");
  const observatory = await sourceRow(`Observatory ${tag}`, "ngo");
  const newStory = async (title: string, date: string) => {
    const story = await db.story.create({
      data: { title: `${title} ${tag}`, slug: `${title.toLowerCase()}-${tag}`, date },
    });
    return db.quantity.create({
      data: { storyId: story.id, label: `${title} toll`, cumulative: false },
    });
  };
  const claim = (quantityId: string, sourceId: string, value: number, at: string, status: Status = "published") =>
    db.claim.create({
      data: {
        quantityId,
        sourceId,
        quote: `${value} (${status} ${tag})`,
        value,
        low: value,
        high: value,
        qualifier: "exact",
        kind: "count",
        sentence: `Exactly ${value} (${status} ${tag}).`,
        language: "en",
        reportedAt: new Date(at),
        status,
        authorId: author.id,
      },
    });
  return { tag, governor, observatory, newStory, claim };
}

describe("a source's public page", () => {
  it("lists its published claims by story and quantity, newest first, with what others said for the record", async () => {
    const { governor, observatory, newStory, claim } = await setting();
    const idlib = await newStory("Idlib", "2020-02-27");
    const aleppo = await newStory("Aleppo", "2020-01-10");
    const early = await claim(idlib.id, governor.id, 22, "2020-02-27T20:00:00Z");
    const late = await claim(idlib.id, governor.id, 35, "2020-02-28T20:00:00Z");
    const other = await claim(idlib.id, observatory.id, 29, "2020-02-28T00:00:00Z");
    const old = await claim(aleppo.id, governor.id, 5, "2020-01-10T00:00:00Z");
    await claim(aleppo.id, governor.id, 6, "2020-01-11T00:00:00Z", "draft");

    const page = await sourcePage(governor.id);
    expect(page?.source).toMatchObject({
      name: governor.name,
      kind: "government",
      country: "Turkey",
    });
    expect(page?.stories.map((s) => s.story.id)).toEqual([idlib.storyId, aleppo.storyId]);
    expect(page?.stories[0]?.quantities[0]?.claims.map((c) => c.id)).toEqual([late.id, early.id]);
    expect(page?.stories[1]?.quantities[0]?.claims.map((c) => c.id)).toEqual([old.id]);
    // The record weighs every figure against the others' on the same quantity: the governor revised
    // 22 to 35 itself, and the observatory's 29, given in between, cannot be true with 35.
    expect(page?.record).toEqual({ figures: 3, revised: 1, contradicted: 1 });
    expect(page?.fates[early.id]).toMatchObject({ revised: "own" });
    expect(page?.fates[late.id]).toMatchObject({
      revised: null,
      contradictedBy: [other.id && (await db.source.findUniqueOrThrow({ where: { id: observatory.id } })).name],
    });
    expect(page?.fates[old.id]).toEqual({ revised: null, revisedBy: [], contradictedBy: [] });
    expect(Object.keys(page?.fates ?? {}).sort()).toEqual([early.id, late.id, old.id].sort());
  });

  it("shows nothing unpublished, and no page for a source without a published claim", async () => {
    const { tag, governor, observatory, newStory, claim } = await setting();
    const quantity = await newStory("Hama", "2020-03-01");
    await claim(quantity.id, governor.id, 10, "2020-03-01T00:00:00Z");
    for (const status of ["draft", "in_review", "retracted"] as const) {
      await claim(quantity.id, governor.id, 11, "2020-03-02T00:00:00Z", status);
      await claim(quantity.id, observatory.id, 12, "2020-03-02T00:00:00Z", status);
    }
    const page = await sourcePage(governor.id);
    expect(JSON.stringify(page)).not.toMatch(/draft|in_review|retracted/);
    expect(page?.record).toEqual({ figures: 1, revised: 0, contradicted: 0 });
    expect(await sourcePage(observatory.id)).toBeNull();
    expect(await sourcePage("no-such-source")).toBeNull();
    expect(tag).toBeTruthy();
  });

  it("lists a prolific source's figures a page at a time, newest first, while its record still counts them all", async () => {
    const { governor, observatory, newStory, claim } = await setting();
    const count = 2 * SOURCE_CLAIMS_PER_PAGE + 5;
    const quantities = [await newStory("Hatay", "2020-02-27"), await newStory("Mosul", "2020-03-01")];
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const at = new Date(Date.UTC(2020, 1, 1) + i * 3_600_000).toISOString();
      ids.push((await claim((quantities[i % 2] as { id: string }).id, governor.id, 100 + i, at)).id);
    }
    // Another source's figure, older than all of the governor's: on the record, not on the pages.
    await claim((quantities[0] as { id: string }).id, observatory.id, 1, "2020-01-01T00:00:00Z");
    const newestFirst = [...ids].reverse();
    const idsOn = (page: Awaited<ReturnType<typeof sourcePage>>) =>
      page?.stories.flatMap((s) => s.quantities.flatMap((q) => q.claims.map((c) => c.id))) ?? [];

    const first = await sourcePage(governor.id);
    expect(first).toMatchObject({ page: 1, hasNewer: false, hasOlder: true });
    expect(new Set(idsOn(first))).toEqual(new Set(newestFirst.slice(0, SOURCE_CLAIMS_PER_PAGE)));
    const last = await sourcePage(governor.id, 3);
    expect(last).toMatchObject({ page: 3, hasNewer: true, hasOlder: false });
    expect(new Set(idsOn(last))).toEqual(new Set(newestFirst.slice(2 * SOURCE_CLAIMS_PER_PAGE)));
    expect((await sourcePage(governor.id, 4))?.stories).toEqual([]);
    // Every page carries the whole record, and the fates of its own figures only.
    for (const page of [first, last]) {
      expect(page?.record.figures).toBe(count);
      expect(new Set(Object.keys(page?.fates ?? {}))).toEqual(new Set(idsOn(page)));
    }
    // Each of the governor's figures revised the one before it on its quantity: all but the last two.
    expect(first?.record.revised).toBe(count - 2);
  });
});
