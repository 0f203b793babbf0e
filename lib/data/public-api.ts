import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { SOURCE_PROFILE_FIELDS } from "./fields";
import { readPublic } from "./public-cache";
import {
  PUBLIC_CLAIM_FIELDS,
  PUBLIC_QUANTITY,
  PUBLIC_SOURCE,
  PUBLIC_STORY,
  PUBLIC_STORY_FIELDS,
  PUBLISHED,
} from "./public-claims";

// The open data's lists: stories, claims and sources, a page at a time, for the public API, the
// feed and the ClaimReview markup. Only published claims, ever: every claim query goes through
// PUBLISHED, and every count of claims counts only those. Pages are cut by keyset ("after this
// row"), not by offset, so a claim published while someone pages through does not shift the
// pages under them. Every read goes through readPublic, keyed by the query and all its arguments.

/** A page of rows: `limit` rows at most, and whether more follow. */
export interface RowPage<T> {
  rows: T[];
  hasMore: boolean;
}

async function pageOf<T>(limit: number, load: (take: number) => Promise<T[]>): Promise<RowPage<T>> {
  // One row more than asked says whether there is a next page, without counting the table.
  const rows = await load(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

// ---------------------------------------------------------------------------------------------
// Stories, newest first

const STORY_LIST_FIELDS = {
  ...PUBLIC_STORY_FIELDS,
  quantities: {
    where: PUBLIC_QUANTITY,
    select: { _count: { select: { claims: { where: PUBLISHED } } } },
  },
} satisfies Prisma.StorySelect;

export type PublicStoryRow = Prisma.StoryGetPayload<{ select: typeof STORY_LIST_FIELDS }>;

/** Where a stories page starts: after the story of this day and id (newest first). */
export interface StoryKey {
  date: string;
  id: string;
}

/** Stories by their day, newest first (then by id, so the order is total), with their counts. */
export function publicStories(input: { limit: number; after: StoryKey | null }): Promise<RowPage<PublicStoryRow>> {
  const { limit, after } = input;
  return readPublic(`api-stories:${limit}:${after ? `${after.date}:${after.id}` : ""}`, () =>
    pageOf(limit, (take) =>
      db.story.findMany({
        where: {
          ...PUBLIC_STORY,
          ...(after ? { OR: [{ date: { lt: after.date } }, { date: after.date, id: { lt: after.id } }] } : {}),
        },
        orderBy: [{ date: "desc" }, { id: "desc" }],
        take,
        select: STORY_LIST_FIELDS,
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Claims, newest first

const CLAIM_CONTEXT_FIELDS = {
  quantity: {
    select: { id: true, label: true, unit: true, story: { select: { slug: true, title: true } } },
  },
} satisfies Prisma.ClaimSelect;

const API_CLAIM_FIELDS = {
  ...PUBLIC_CLAIM_FIELDS,
  ...CLAIM_CONTEXT_FIELDS,
} satisfies Prisma.ClaimSelect;

/** A published claim with the quantity and story it belongs to. */
export type PublicClaimRow = Prisma.ClaimGetPayload<{ select: typeof API_CLAIM_FIELDS }>;

/** Where a claims page starts: after the claim reported at this time with this id. */
export interface ClaimKey {
  reportedAt: Date;
  id: string;
}

export interface ClaimFilters {
  /** A story's slug. */
  story: string | null;
  quantity: string | null;
  /** The source that counted (not the outlet that relayed it). */
  source: string | null;
}

function claimFilter(filters: ClaimFilters): Prisma.ClaimWhereInput {
  return {
    ...PUBLISHED,
    ...(filters.quantity !== null ? { quantityId: filters.quantity } : {}),
    ...(filters.source !== null ? { sourceId: filters.source } : {}),
    ...(filters.story !== null ? { quantity: { story: { slug: filters.story } } } : {}),
  };
}

/** Published claims, the most recently reported first, optionally of one story, quantity or source. */
export function publicClaims(input: {
  limit: number;
  after: ClaimKey | null;
  filters: ClaimFilters;
}): Promise<RowPage<PublicClaimRow>> {
  const { limit, after, filters } = input;
  const key = [
    "api-claims",
    limit,
    after ? `${after.reportedAt.toISOString()}:${after.id}` : "",
    filters.story ?? "",
    filters.quantity ?? "",
    filters.source ?? "",
  ];
  return readPublic(key.join(":"), () =>
    pageOf(limit, (take) =>
      db.claim.findMany({
        where: {
          AND: [
            claimFilter(filters),
            after
              ? {
                  OR: [
                    { reportedAt: { lt: after.reportedAt } },
                    { reportedAt: after.reportedAt, id: { lt: after.id } },
                  ],
                }
              : {},
          ],
        },
        orderBy: [{ reportedAt: "desc" }, { id: "desc" }],
        take,
        select: API_CLAIM_FIELDS,
      }),
    ),
  );
}

/** One published claim with its quantity and story; null for a draft, a claim in review, a retracted or unknown one. */
export function publicClaim(id: string): Promise<PublicClaimRow | null> {
  return readPublic(`api-claim:${id}`, () =>
    db.claim.findFirst({ where: { id, ...PUBLISHED }, select: API_CLAIM_FIELDS }),
  );
}

// ---------------------------------------------------------------------------------------------
// The feed: the claims most recently published

const FEED_FIELDS = {
  ...API_CLAIM_FIELDS,
  reviewedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimSelect;

export type FeedClaimRow = Prisma.ClaimGetPayload<{ select: typeof FEED_FIELDS }>;

/**
 * The last `limit` claims published, newest first. A claim is published when a reviewer approves
 * it (reviewedAt); one written straight as published (an import) counts from its creation. A
 * retracted claim is no longer published, so it leaves the feed.
 */
export function latestPublishedClaims(limit = 50): Promise<FeedClaimRow[]> {
  return readPublic(`feed-claims:${limit}`, () =>
    db.claim.findMany({
      where: PUBLISHED,
      orderBy: [{ reviewedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: FEED_FIELDS,
    }),
  );
}

/** When a published claim was published (approved), for its ClaimReview; null when it is not published. */
export function claimPublishedAt(id: string): Promise<Date | null> {
  return readPublic(`claim-published-at:${id}`, async () => {
    const claim = await db.claim.findFirst({
      where: { id, ...PUBLISHED },
      select: { reviewedAt: true, createdAt: true },
    });
    return claim ? (claim.reviewedAt ?? claim.createdAt) : null;
  });
}

// ---------------------------------------------------------------------------------------------
// Sources, by name

const SOURCE_FIELDS = {
  ...SOURCE_PROFILE_FIELDS,
  _count: { select: { claims: { where: PUBLISHED } } },
} satisfies Prisma.SourceSelect;

export type PublicSourceRow = Prisma.SourceGetPayload<{ select: typeof SOURCE_FIELDS }>;

/** Where a sources page starts: after the source of this name and id. */
export interface SourceKey {
  name: string;
  id: string;
}

/** Every source, by name, with how many of its claims are published. */
export function publicSources(input: { limit: number; after: SourceKey | null }): Promise<RowPage<PublicSourceRow>> {
  const { limit, after } = input;
  return readPublic(`api-sources:${limit}:${after ? JSON.stringify([after.name, after.id]) : ""}`, () =>
    pageOf(limit, (take) =>
      db.source.findMany({
        where: {
          ...PUBLIC_SOURCE,
          ...(after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {}),
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
        select: SOURCE_FIELDS,
      }),
    ),
  );
}

export function publicSource(id: string): Promise<PublicSourceRow | null> {
  return readPublic(`api-source:${id}`, () =>
    db.source.findFirst({ where: { id, ...PUBLIC_SOURCE }, select: SOURCE_FIELDS }),
  );
}
