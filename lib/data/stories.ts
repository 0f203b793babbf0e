import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { firstFreeSlug, slugFromTitle } from "@/lib/newsroom/story-slug";
import { pageSlice, pageWindow, type PageSlice } from "@/lib/public/pagination";
import type { StoryInput } from "@/lib/validation/newsroom";
import { isUniqueViolation } from "./database-faults";
import { db } from "./db";
import { QUANTITY_DEFINITION_FIELDS, STORY_TEXT_FIELDS } from "./fields";
import { recordCreation } from "./history";

// Stories: the news events the newsroom follows. A story's slug is made from its title and is
// unique; two stories with one title get "title" and "title-2".

const STORY_FIELDS = {
  ...STORY_TEXT_FIELDS,
  version: true,
  createdAt: true,
} satisfies Prisma.StorySelect;

export type StoryRecord = Prisma.StoryGetPayload<{ select: typeof STORY_FIELDS }>;

/** Creates a story with a slug no other story has, and its history entry in the same write. `actorId` null: the system. */
export async function createStory(actorId: string | null, input: StoryInput): Promise<StoryRecord> {
  const base = slugFromTitle(input.title);
  // Two editors naming a story alike at the same instant: the unique index refuses the second
  // slug, and the retry finds the next free one.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const taken = await tx.story.findMany({
          where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
          select: { slug: true },
        });
        const slug = firstFreeSlug(base, new Set(taken.map((s) => s.slug)));
        const story = await tx.story.create({ data: { ...input, slug }, select: STORY_FIELDS });
        await recordCreation(tx, "story", story, actorId);
        return story;
      });
    } catch (error) {
      const duplicate = isUniqueViolation(error);
      if (!duplicate || attempt >= 3) throw error;
    }
  }
}

export interface StoryListing extends StoryRecord {
  quantityCount: number;
  claimCount: number;
}

/** Stories on one page of the staff list. */
export const STORIES_PAGE_SIZE = 50;

/**
 * One page of the stories, the most recent first, with how many quantities and claims each has.
 * Index: Story(date, createdAt, id).
 */
export async function listStories(page = 1, perPage = STORIES_PAGE_SIZE): Promise<PageSlice<StoryListing>> {
  const stories = await db.story.findMany({
    orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    ...pageWindow(page, perPage),
    select: { ...STORY_FIELDS, quantities: { select: { _count: { select: { claims: true } } } } },
  });
  const listed = stories.map(({ quantities, ...story }) => ({
    ...story,
    quantityCount: quantities.length,
    claimCount: quantities.reduce((sum, q) => sum + q._count.claims, 0),
  }));
  return pageSlice(listed, page, perPage);
}

const QUANTITY_FIELDS = {
  ...QUANTITY_DEFINITION_FIELDS,
  createdAt: true,
  _count: { select: { claims: true } },
} satisfies Prisma.QuantitySelect;

export type StoryQuantity = Prisma.QuantityGetPayload<{ select: typeof QUANTITY_FIELDS }>;

/** One story with its quantities, in the order they were added; null when there is no such story. */
export function storyWithQuantities(storyId: string) {
  return db.story.findUnique({
    where: { id: storyId },
    select: {
      ...STORY_FIELDS,
      quantities: { orderBy: { createdAt: "asc" }, select: QUANTITY_FIELDS },
    },
  });
}
