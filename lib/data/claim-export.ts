import "server-only";
import type { ClaimStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { PUBLIC_CLAIM_FIELDS, PUBLIC_QUANTITY_FIELDS, PUBLISHED, type PublicQuantity } from "./public-claims";

// Claims for a download, a page at a time: the staff's export (every status) and the public one
// (published only, through PUBLISHED). Each page is read after the last id of the one before
// (keyset, on the primary key), so 100 000 claims are never in memory at once, only one page,
// and a claim written during the download neither repeats nor shifts a row. Not cached through
// readPublic, unlike every other public read: holding a whole export in the cache would undo
// the point of streaming it, and each page is one indexed query anyway.

export const EXPORT_PAGE_SIZE = 1_000;

type Database = PrismaClient | Prisma.TransactionClient;

/** Pages of rows of `load`, each after the last id of the one before, until one comes back short. */
async function* keysetPages<T extends { id: string }>(
  pageSize: number,
  load: (after: string | null, take: number) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await load(after, pageSize);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < pageSize || !last) return;
    after = last.id;
  }
}

const after = (id: string | null): Prisma.ClaimWhereInput => (id === null ? {} : { id: { gt: id } });

// ---------------------------------------------------------------------------------------------
// Staff: every status

export interface StaffExportFilters {
  status: ClaimStatus | null;
  /** A story's id, as the newsroom's pages address stories. */
  story: string | null;
  quantity: string | null;
  /** The source that counted. */
  source: string | null;
  /** The editor who wrote the claim. */
  author: string | null;
}

// The staff export is a claim's public record (PUBLIC_CLAIM_FIELDS) and its place in the
// workflow: status, notes, dates and the people, with the source named but not described.
const STAFF_EXPORT_FIELDS = {
  ...PUBLIC_CLAIM_FIELDS,
  status: true,
  reviewNote: true,
  retractionReason: true,
  submittedAt: true,
  reviewedAt: true,
  createdAt: true,
  updatedAt: true,
  quantity: {
    select: {
      id: true,
      label: true,
      unit: true,
      story: { select: { id: true, slug: true, title: true } },
    },
  },
  source: { select: { id: true, name: true } },
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

export type StaffExportRow = Prisma.ClaimGetPayload<{ select: typeof STAFF_EXPORT_FIELDS }>;

function staffFilter(filters: StaffExportFilters): Prisma.ClaimWhereInput {
  return {
    ...(filters.status !== null ? { status: filters.status } : {}),
    ...(filters.quantity !== null ? { quantityId: filters.quantity } : {}),
    ...(filters.source !== null ? { sourceId: filters.source } : {}),
    ...(filters.author !== null ? { authorId: filters.author } : {}),
    ...(filters.story !== null ? { quantity: { storyId: filters.story } } : {}),
  };
}

/** Every claim the filters match, whatever its status, in pages of `pageSize`. */
export function staffClaimPages(
  filters: StaffExportFilters,
  pageSize = EXPORT_PAGE_SIZE,
  database: Database = db,
): AsyncGenerator<StaffExportRow[]> {
  const where = staffFilter(filters);
  return keysetPages(pageSize, (id, take) =>
    database.claim.findMany({
      where: { AND: [where, after(id)] },
      orderBy: { id: "asc" },
      take,
      select: STAFF_EXPORT_FIELDS,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Public: published only

export interface PublicExportFilters {
  /** A story's slug, as /api/v1/claims takes it. */
  story: string | null;
  quantity: string | null;
  source: string | null;
}

const PUBLIC_EXPORT_FIELDS = {
  ...PUBLIC_CLAIM_FIELDS,
  quantity: {
    select: { id: true, label: true, unit: true, story: { select: { slug: true, title: true } } },
  },
} satisfies Prisma.ClaimSelect;

export type PublicExportRow = Prisma.ClaimGetPayload<{ select: typeof PUBLIC_EXPORT_FIELDS }>;

/** A page of published claims with their quantities' published claims, to say which are current. */
export interface PublicExportPage {
  rows: PublicExportRow[];
  quantities: PublicQuantity[];
}

function publicFilter(filters: PublicExportFilters): Prisma.ClaimWhereInput {
  return {
    ...PUBLISHED,
    ...(filters.quantity !== null ? { quantityId: filters.quantity } : {}),
    ...(filters.source !== null ? { sourceId: filters.source } : {}),
    ...(filters.story !== null ? { quantity: { story: { slug: filters.story } } } : {}),
  };
}

/** Every published claim the filters match, in pages of `pageSize`, each with its quantities. */
export async function* publicClaimPages(
  filters: PublicExportFilters,
  pageSize = EXPORT_PAGE_SIZE,
  database: Database = db,
): AsyncGenerator<PublicExportPage> {
  const where = publicFilter(filters);
  const pages = keysetPages(pageSize, (id, take) =>
    database.claim.findMany({
      where: { AND: [where, after(id)] },
      orderBy: { id: "asc" },
      take,
      select: PUBLIC_EXPORT_FIELDS,
    }),
  );
  for await (const rows of pages) {
    const ids = [...new Set(rows.map((r) => r.quantity.id))];
    const quantities = await database.quantity.findMany({
      where: { id: { in: ids } },
      select: PUBLIC_QUANTITY_FIELDS,
    });
    yield { rows, quantities };
  }
}
