import { beforeEach, describe, expect, it } from "vitest";
import { claimRow, rowTag, sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { clearPublicCache } from "./public-cache";
import { publicStoriesPage } from "./public-story-list";

beforeEach(() => clearPublicCache());

const tag = rowTag();
let author: { id: string };
let source: { id: string };

/** A story dated `date` with one claim of each status given. */
async function story(date: string, statuses: Array<"draft" | "in_review" | "published" | "retracted">) {
  author ??= await userRow(`list-${tag}@newsroom.org`);
  source ??= await sourceRow(`Governor ${tag}`, "government");
  const slug = `story-${tag}-${date}-${statuses.join("-")}`;
  const created = await db.story.create({ data: { title: `Story ${slug}`, slug, date } });
  const quantity = await db.quantity.create({
    data: { storyId: created.id, label: "Soldiers killed", cumulative: true },
  });
  for (const status of statuses) {
    await claimRow({
      quantityId: quantity.id,
      sourceId: source.id,
      quote: `${status} quote ${slug}`,
      value: 29,
      sentence: `At least 29 (${status}).`,
      reportedAt: new Date(`${date}T12:00:00Z`),
      status,
      authorId: author.id,
    });
  }
  return slug;
}

describe("the home page's stories, a page at a time", () => {
  it("lists the newest first, a page at a time, and says whether another page follows", async () => {
    const slugs: string[] = [];
    for (let day = 1; day <= 5; day++) slugs.push(await story(`2031-01-0${day}`, ["published"]));
    const newestFirst = [...slugs].reverse();

    const first = await publicStoriesPage(1, 2);
    expect(first.items.map((s) => s.slug)).toEqual(newestFirst.slice(0, 2));
    expect(first).toMatchObject({ page: 1, hasNewer: false, hasOlder: true });

    const third = await publicStoriesPage(3, 2);
    expect(third.items.map((s) => s.slug)).toEqual(newestFirst.slice(4, 5));
    expect(third).toMatchObject({ page: 3, hasNewer: true });

    // This test's stories are the newest of the database (dated 2031): the fourth page of two
    // holds only stories of other tests, if any, never one of these twice.
    const fourth = await publicStoriesPage(4, 2);
    expect(fourth.items.map((s) => s.slug).filter((slug) => slugs.includes(slug))).toEqual([]);
  });

  it("never shows a story without a published figure, nor an unpublished figure", async () => {
    const hidden = await story("2032-01-01", ["draft", "in_review", "retracted"]);
    const mixed = await story("2032-01-02", ["draft", "published", "retracted"]);
    const page = await publicStoriesPage(1, 20);
    const slugs = page.items.map((s) => s.slug);
    expect(slugs).not.toContain(hidden);
    expect(slugs).toContain(mixed);
    const claims = page.items.find((s) => s.slug === mixed)?.quantities.flatMap((q) => q.claims) ?? [];
    expect(claims.map((c) => c.quote)).toEqual([`published quote ${mixed}`]);
  });
});
