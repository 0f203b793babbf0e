import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sourceKey } from "@/lib/newsroom/source-key";
import type { SourceInput } from "@/lib/validation/newsroom";
import { isUniqueViolation } from "./database-faults";
import { db } from "./db";
import { SOURCE_PROFILE_FIELDS } from "./fields";
import { recordCreation } from "./history";

// Sources: who made a claim, or the outlet that relayed it. One source is one row: names are
// matched on their folded key (lib/newsroom/source-key.ts), so "OSDH" is never entered twice.

const SOURCE_FIELDS = {
  ...SOURCE_PROFILE_FIELDS,
  version: true,
} satisfies Prisma.SourceSelect;

export type SourceRecord = Prisma.SourceGetPayload<{ select: typeof SOURCE_FIELDS }>;

export interface CreatedSource {
  source: SourceRecord;
  /** True when a source of that name was already there: it is returned, nothing is written. */
  existed: boolean;
}

/**
 * Creates a source, or returns the one already there under the same folded name. The existing
 * source is never changed by this: its kind, country and homepage stay as they were.
 */
export async function createSource(actorId: string | null, input: SourceInput): Promise<CreatedSource> {
  const key = sourceKey(input.name);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.source.findUnique({ where: { key }, select: SOURCE_FIELDS });
      if (existing) return { source: existing, existed: true };
      const source = await tx.source.create({ data: { ...input, key }, select: SOURCE_FIELDS });
      await recordCreation(tx, "source", source, actorId);
      return { source, existed: false };
    });
  } catch (error) {
    // Two editors adding the same source at once: the unique key keeps one, both get it.
    if (isUniqueViolation(error)) {
      const source = await db.source.findUnique({ where: { key }, select: SOURCE_FIELDS });
      if (source) return { source, existed: true };
    }
    throw error;
  }
}

/** The source stored under the folded form of `name`, if any. */
export function sourceNamed(name: string): Promise<SourceRecord | null> {
  return db.source.findUnique({ where: { key: sourceKey(name) }, select: SOURCE_FIELDS });
}

export interface SourceListing extends SourceRecord {
  claimCount: number;
}

/**
 * Sources whose name holds every word typed, accents and capitals aside ("observatoire" finds
 * "Observatoire syrien…"), in name order. An empty query lists them all, up to `limit`.
 */
export async function searchSources(query: string, limit = 12): Promise<SourceListing[]> {
  const words = sourceKey(query).split(" ").filter(Boolean).slice(0, 6);
  const found = await db.source.findMany({
    where: { AND: words.map((word) => ({ key: { contains: word } })) },
    orderBy: { name: "asc" },
    take: limit,
    select: { ...SOURCE_FIELDS, _count: { select: { claims: true } } },
  });
  return found.map(({ _count, ...source }) => ({ ...source, claimCount: _count.claims }));
}

/** One source as a picker shows it; null when there is none. */
export function sourceById(sourceId: string): Promise<SourceRecord | null> {
  return db.source.findUnique({ where: { id: sourceId }, select: SOURCE_FIELDS });
}
