import "server-only";
import { pageSlice, pageWindow, type PageSlice } from "@/lib/public/pagination";
import { db } from "./db";
import { readPublic } from "./public-cache";
import { PUBLIC_QUANTITY_FIELDS, PUBLIC_STORY_FIELDS, PUBLISHED, type OverviewStory } from "./public-claims";

// The home page's stories, a page at a time: the newest stories with a published figure first.
// A page reads one story more than it shows to know whether an older page exists, instead of
// counting every story on each visit. Index: Story(date, createdAt) (prisma/schema.prisma).

/** Stories on one page of the home page. */
export const STORIES_PER_PAGE = 20;

/** Page `page` of the stories with at least one published figure, each with its published figures. */
export function publicStoriesPage(page: number, perPage = STORIES_PER_PAGE): Promise<PageSlice<OverviewStory>> {
  return readPublic(`stories-page:${page}:${perPage}`, async () => {
    const rows = await db.story.findMany({
      where: { quantities: { some: { claims: { some: PUBLISHED } } } },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, perPage),
      select: {
        ...PUBLIC_STORY_FIELDS,
        quantities: { where: { claims: { some: PUBLISHED } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: PUBLIC_QUANTITY_FIELDS },
      },
    });
    return pageSlice(rows, page, perPage);
  });
}
