import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  sourceRecord,
  type FigureFate,
  type RecordQuantity,
  type SourceRecordCounts,
} from "@/lib/public/source-record";
import { PUBLISHED } from "./public-claims";
import { db } from "./db";

// A source's record (of its published figures, how many were later revised and how many another
// source contradicts) reads every published claim of every quantity the source ever gave a figure
// for: a source quoted for years reads thousands. So the three numbers are kept in SourceRecord,
// computed on the first visit after a change and read as one row until the next:
// - a decision that publishes or retracts a claim (lib/data/review.ts) bumps the version and
//   clears the numbers of every source with a published figure for that claim's quantity, in the
//   decision's own transaction; nothing else changes what is published;
// - a reader reads the version first, then the claims, and stores what it computed only if the
//   version is still the one it read, so a decision in between is never overwritten by a record
//   computed before it.
// A figure's own fate (who revised or contradicted it) needs only its quantity's claims: the page
// computes it for the figures it shows.

const RECORD_CLAIM_FIELDS = {
  id: true,
  low: true,
  high: true,
  reportedAt: true,
  quantityId: true,
  source: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

/**
 * Clears the kept record of every source the decision on this claim may change: the sources with
 * a published figure for its quantity, and the claim's own (a retraction takes its figure out).
 * Runs in the decision's transaction, after its write.
 */
export async function forgetSourceRecords(
  tx: Prisma.TransactionClient,
  claim: { quantityId: string; sourceId: string },
): Promise<void> {
  const speakers = await tx.claim.findMany({
    where: { quantityId: claim.quantityId, ...PUBLISHED },
    distinct: ["sourceId"],
    select: { sourceId: true },
  });
  const sourceIds = [...new Set([claim.sourceId, ...speakers.map((c) => c.sourceId)])].sort();
  // One at a time, in one order: a PostgreSQL transaction runs one query at a time, and two
  // decisions locking the same rows in the same order cannot deadlock.
  for (const sourceId of sourceIds) {
    await tx.sourceRecord.upsert({
      where: { sourceId },
      create: { sourceId, version: 1 },
      update: { version: { increment: 1 }, figures: null, revised: null, contradicted: null },
    });
  }
}

/** Every published claim about these quantities, from anyone, grouped for sourceRecord. */
async function recordQuantities(
  quantities: ReadonlyArray<{ id: string; cumulative: boolean }>,
): Promise<RecordQuantity[]> {
  if (quantities.length === 0) return [];
  const claims = await db.claim.findMany({
    where: { quantityId: { in: quantities.map((q) => q.id) }, ...PUBLISHED },
    select: RECORD_CLAIM_FIELDS,
  });
  const byQuantity = new Map<string, typeof claims>();
  for (const claim of claims) {
    const list = byQuantity.get(claim.quantityId);
    if (list) list.push(claim);
    else byQuantity.set(claim.quantityId, [claim]);
  }
  return quantities.map((quantity) => ({
    cumulative: quantity.cumulative,
    claims: byQuantity.get(quantity.id) ?? [],
  }));
}

/** The record computed from every published claim: what is kept, and what the tests check it against. */
export async function computeSourceRecord(sourceId: string): Promise<SourceRecordCounts> {
  const spokenOf = await db.claim.findMany({
    where: { sourceId, ...PUBLISHED },
    distinct: ["quantityId"],
    select: { quantity: { select: { id: true, cumulative: true } } },
  });
  const { figures, revised, contradicted } = sourceRecord(
    sourceId,
    await recordQuantities(spokenOf.map((c) => c.quantity)),
  );
  return { figures, revised, contradicted };
}

/** The source's record: the kept one, or computed and kept when a decision cleared it. */
export async function sourceRecordCounts(sourceId: string): Promise<SourceRecordCounts> {
  const kept = await db.sourceRecord.findUnique({ where: { sourceId } });
  if (kept && kept.figures !== null && kept.revised !== null && kept.contradicted !== null) {
    return { figures: kept.figures, revised: kept.revised, contradicted: kept.contradicted };
  }
  // The version before the claims: a decision committed after this read changes it.
  const version = kept?.version ?? (await startRecord(sourceId));
  const counts = await computeSourceRecord(sourceId);
  if (version !== null) await keepRecord(sourceId, version, counts);
  return counts;
}

/** Creates the source's empty record and returns its version, or null when it cannot be kept now. */
async function startRecord(sourceId: string): Promise<number | null> {
  try {
    return (await db.sourceRecord.upsert({ where: { sourceId }, create: { sourceId }, update: {} })).version;
  } catch {
    // A decision created it at the same moment (a unique violation) or the database refuses
    // writes (a read-only replica): the record is computed for this visit and not kept.
    return null;
  }
}

async function keepRecord(sourceId: string, version: number, counts: SourceRecordCounts): Promise<void> {
  try {
    await db.sourceRecord.updateMany({ where: { sourceId, version }, data: counts });
  } catch {
    // Keeping it is only a saving: a busy or read-only database leaves it for the next visit.
  }
}

/** What became of each of these figures of the source: only their quantities' claims are read. */
export async function figureFates(
  sourceId: string,
  figures: ReadonlyArray<{ id: string; quantity: { id: string; cumulative: boolean } }>,
): Promise<Record<string, FigureFate>> {
  const quantities = new Map(figures.map((figure) => [figure.quantity.id, figure.quantity]));
  const { fates } = sourceRecord(sourceId, await recordQuantities([...quantities.values()]));
  return Object.fromEntries(figures.flatMap(({ id }) => (fates[id] ? [[id, fates[id]]] : [])));
}
