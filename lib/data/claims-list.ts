import "server-only";
import { may, type Actor } from "@/lib/auth/policy";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { pageSlice, pageWindow, type PageSlice } from "@/lib/public/pagination";
import { LIST_PAGE_SIZE, MAX_WORDS, type ClaimsListFilter, type ListOrder } from "@/lib/validation/claims-list";
import { db } from "./db";
import { FIGURE_FIELDS } from "./fields";
import { forDialect } from "./dialect";

// The staff claims list (/claims): every claim the reader may see, whatever its status,
// narrowed by the filter of the address (lib/validation/claims-list.ts), sorted and shown a page
// at a time. The bulk actions read "everything matching the filter" through the same `where`.

type Database = PrismaClient | Prisma.TransactionClient;

const LIST_FIELDS = {
  id: true,
  quote: true,
  ...FIGURE_FIELDS,
  status: true,
  rating: true,
  ratingExplanation: true,
  language: true,
  version: true,
  reportedAt: true,
  createdAt: true,
  updatedAt: true,
  authorId: true,
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
  quantity: { select: { id: true, label: true, story: { select: { id: true, title: true } } } },
  source: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

export type ListedStaffClaim = Prisma.ClaimGetPayload<{ select: typeof LIST_FIELDS }>;

export interface ClaimsListPage extends PageSlice<ListedStaffClaim> {
  /** Claims matching the filter in all. */
  total: number;
  /** Pages in all (at least 1). */
  pages: number;
}

/**
 * Whom the list shows to whom: the role table lets everyone who reads the newsroom's pages
 * (`read_staff`: editors too) see every claim, drafts of others included, as the claim pages and
 * the staff export do. Anyone else sees nothing, whatever the filter.
 */
function visibleTo(viewer: Actor): Prisma.ClaimWhereInput | null {
  return may(viewer.role, "read_staff") ? {} : null;
}

// Case and accents: SQLite's LIKE folds ASCII letters' case; PostgreSQL is told to fold case too.
const containing = (word: string): Prisma.StringFilter =>
  forDialect<Prisma.StringFilter>({
    sqlite: { contains: word },
    postgresql: { contains: word, mode: "insensitive" } as Prisma.StringFilter,
  });

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000);

/** The filter as Prisma's `where`, people named relative to `viewerId`. */
export function claimsListWhere(viewerId: string, filter: ClaimsListFilter): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (filter.status !== null) and.push({ status: filter.status });
  if (filter.quantity !== null) and.push({ quantityId: filter.quantity });
  if (filter.story !== null) and.push({ quantity: { storyId: filter.story } });
  if (filter.source !== null) and.push({ sourceId: filter.source });
  if (filter.author === "me") and.push({ authorId: viewerId });
  else if (filter.author === "others") and.push({ authorId: { not: viewerId } });
  else if (filter.author !== null) and.push({ authorId: filter.author.id });
  if (filter.reviewer === "me") and.push({ reviewerId: viewerId });
  else if (filter.reviewer === "none") and.push({ reviewerId: null });
  else if (filter.reviewer !== null) and.push({ reviewerId: filter.reviewer.id });
  if (filter.rating !== null) and.push({ rating: filter.rating });
  if (filter.language !== null) and.push({ language: filter.language });
  if (filter.from !== null) and.push({ reportedAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to !== null) and.push({ reportedAt: { lt: nextDay(filter.to) } });
  if (filter.words !== null) {
    // Every word, each in the quote, the sentence or a reviewer's note (as the pickers search).
    // Prisma's `contains` is a LIKE without an ESCAPE on SQLite, where % and _ would match any
    // text: they are left out of the words ("50%" finds "50").
    const words = filter.words.split(" ").map((word) => word.replace(/[%_]/g, ""));
    for (const word of words.filter(Boolean).slice(0, MAX_WORDS)) {
      const has = containing(word);
      and.push({
        OR: [{ quote: has }, { sentence: has }, { reviewNote: has }, { retractionReason: has }],
      });
    }
  }
  return { AND: and };
}

/** The list's order; the id last, so a page never repeats or skips a claim that ties. */
export function claimsListOrder(filter: ClaimsListFilter): Prisma.ClaimOrderByWithRelationInput[] {
  const o: ListOrder = filter.order;
  switch (filter.sort) {
    case "updated":
      return [{ updatedAt: o }, { id: o }];
    case "reported":
      return [{ reportedAt: o }, { id: o }];
    case "logged":
      return [{ createdAt: o }, { id: o }];
    case "source":
      return [{ source: { name: o } }, { reportedAt: "desc" }, { id: o }];
  }
}

/**
 * One page of the claims `viewer` may see that match `filter`, with their count. Indexes: each
 * filter's own (quantity, source, author, reviewer, status), and Claim(updatedAt, id) and
 * Claim(reportedAt, id) for the whole list in its two usual orders.
 */
export async function listStaffClaims(
  viewer: Actor,
  filter: ClaimsListFilter,
  page = 1,
  perPage = LIST_PAGE_SIZE,
  database: Database = db,
): Promise<ClaimsListPage> {
  const visible = visibleTo(viewer);
  if (!visible) return { ...pageSlice([], page, perPage), total: 0, pages: 1 };
  const where = { AND: [visible, claimsListWhere(viewer.id, filter)] };
  const [rows, total] = await Promise.all([
    database.claim.findMany({
      where,
      orderBy: claimsListOrder(filter),
      ...pageWindow(page, perPage),
      select: LIST_FIELDS,
    }),
    database.claim.count({ where }),
  ]);
  return { ...pageSlice(rows, page, perPage), total, pages: Math.max(1, Math.ceil(total / perPage)) };
}

/** A claim a bulk action is about, as it is now. */
export interface BulkCandidate {
  claimId: string;
  version: number;
}

/**
 * The first `limit` claims matching the filter, in the list's order, at their current versions,
 * and how many match in all: "everything matching the filter" of a bulk action.
 */
export async function matchingClaims(
  viewer: Actor,
  filter: ClaimsListFilter,
  limit: number,
  database: Database = db,
): Promise<{ claims: BulkCandidate[]; total: number }> {
  const visible = visibleTo(viewer);
  if (!visible) return { claims: [], total: 0 };
  const where = { AND: [visible, claimsListWhere(viewer.id, filter)] };
  const [rows, total] = await Promise.all([
    database.claim.findMany({
      where,
      orderBy: claimsListOrder(filter),
      take: limit,
      select: { id: true, version: true },
    }),
    database.claim.count({ where }),
  ]);
  return { claims: rows.map((row) => ({ claimId: row.id, version: row.version })), total };
}

// ---------------------------------------------------------------------------------------------
// The filter form's choices

/** Past this many, a list of choices would be a wall: the form asks to choose a story first. */
const MAX_CHOICES = 400;

export interface Choice {
  id: string;
  label: string;
  /** The group a choice is listed under (a quantity's story). */
  group?: string;
}

export interface ClaimsListChoices {
  stories: Choice[];
  /** The chosen story's quantities, or every quantity when there are few. */
  quantities: Choice[];
  /** More quantities than the form lists: choose a story to narrow them. */
  quantitiesCapped: boolean;
  sources: Choice[];
  people: Choice[];
}

/** What the filter form offers, with whatever the filter already names, even past the caps. */
export async function claimsListChoices(filter: ClaimsListFilter, database: Database = db): Promise<ClaimsListChoices> {
  const withChosen = async <T extends { id: string }>(
    rows: T[],
    chosen: string | null,
    load: (id: string) => Promise<T | null>,
  ) => {
    if (chosen === null || rows.some((row) => row.id === chosen)) return rows;
    const extra = await load(chosen);
    return extra ? [extra, ...rows] : rows;
  };
  const quantitySelect = { id: true, label: true, story: { select: { title: true } } } as const;
  const [stories, quantities, sources, people] = await Promise.all([
    database.story.findMany({
      orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: MAX_CHOICES,
      select: { id: true, title: true, date: true },
    }),
    database.quantity.findMany({
      where: filter.story !== null ? { storyId: filter.story } : {},
      orderBy: [{ story: { date: "desc" } }, { createdAt: "asc" }],
      take: MAX_CHOICES + 1,
      select: quantitySelect,
    }),
    database.source.findMany({ orderBy: { name: "asc" }, take: MAX_CHOICES * 2, select: { id: true, name: true } }),
    database.user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true } }),
  ]);
  const storyRows = await withChosen(stories, filter.story, (id) =>
    database.story.findUnique({ where: { id }, select: { id: true, title: true, date: true } }),
  );
  const quantityRows = await withChosen(quantities.slice(0, MAX_CHOICES), filter.quantity, (id) =>
    database.quantity.findUnique({ where: { id }, select: quantitySelect }),
  );
  const sourceRows = await withChosen(sources, filter.source, (id) =>
    database.source.findUnique({ where: { id }, select: { id: true, name: true } }),
  );
  return {
    stories: storyRows.map((s) => ({ id: s.id, label: `${s.title} (${s.date})` })),
    quantities: quantityRows.map((q) => ({ id: q.id, label: q.label, group: q.story.title })),
    quantitiesCapped: quantities.length > MAX_CHOICES,
    sources: sourceRows.map((s) => ({ id: s.id, label: s.name })),
    people: people.map((p) => ({ id: p.id, label: p.name })),
  };
}
