import "server-only";
import { pageSlice, pageWindow, type PageSlice } from "@/lib/public/pagination";
import { db } from "./db";
import { readPublic } from "./public-cache";
import { PUBLIC_QUANTITY_FIELDS, PUBLIC_STORY_FIELDS, type OverviewStory } from "./public-claims";

// The home page's stories, a page at a time: the newest stories with a published figure first.
// A page reads one story more than it shows to know whether an older page exists, instead of
// counting every story on each visit.
//
// "Has a published figure" is asked story by story (a correlated EXISTS, walking the index
// Story(date, createdAt, id) and stopping at the page's last story) rather than with Prisma's
// `quantities: { some: { claims: { some: … } } }`, which SQLite runs as `id IN (SELECT … FROM
// Claim WHERE status = 'published')`: every published claim read on every visit, 84 ms at
// 100,000 claims against 0.1 ms (docs/benchmarks.md). Plain SQL, the same on both databases.

/** Stories on one page of the home page. */
export const STORIES_PER_PAGE = 20;

/** The ids of a window of stories with at least one published figure, newest first. */
async function storyIdsWithFigures(skip: number, take: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Story" s
    WHERE EXISTS (
      SELECT 1 FROM "Quantity" q
      WHERE q."storyId" = s."id"
        AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."quantityId" = q."id" AND c."status" = 'published'))
    ORDER BY s."date" DESC, s."createdAt" DESC, s."id" DESC
    LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => row.id);
}

/** Page `page` of the stories with at least one published figure, each with its published figures. */
export function publicStoriesPage(page: number, perPage = STORIES_PER_PAGE): Promise<PageSlice<OverviewStory>> {
  return readPublic(`stories-page:${page}:${perPage}`, async () => {
    const { skip, take } = pageWindow(page, perPage);
    const ids = await storyIdsWithFigures(skip, take);
    const stories = await db.story.findMany({
      where: { id: { in: ids } },
      select: {
        ...PUBLIC_STORY_FIELDS,
        quantities: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: PUBLIC_QUANTITY_FIELDS,
        },
      },
    });
    const byId = new Map(stories.map((story) => [story.id, story]));
    // In the order the ids came, each with only the quantities that have a published figure.
    const rows = ids.flatMap((id) => {
      const story = byId.get(id);
      return story
        ? [
            {
              ...story,
              quantities: story.quantities.filter((quantity) => quantity.claims.length > 0),
            },
          ]
        : [];
    });
    return pageSlice(rows, page, perPage);
  });
}
