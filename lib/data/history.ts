import "server-only";
import type { HistoryEntity, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "./db";

type Transaction = Prisma.TransactionClient;

export interface HistoryInput {
  entityType: HistoryEntity;
  entityId: string;
  action: string;
  actorId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const asJson = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

const entryData = (entry: HistoryInput) => ({
  entityType: entry.entityType,
  entityId: entry.entityId,
  action: entry.action,
  actorId: entry.actorId,
  before: asJson(entry.before),
  after: asJson(entry.after),
  reason: entry.reason ?? null,
});

/** Appends one history entry inside the transaction that makes the change it records. */
export async function recordHistory(tx: Transaction, entry: HistoryInput): Promise<void> {
  await tx.historyEntry.create({ data: entryData(entry) });
}

/** Appends many entries in one statement, in their order, inside the transaction of their change. */
export async function recordHistories(tx: Transaction, entries: HistoryInput[]): Promise<void> {
  await tx.historyEntry.createMany({ data: entries.map(entryData) });
}

/** The history entry of something just made: "create", with the record as it was made. */
export function recordCreation(
  tx: Transaction,
  entityType: HistoryEntity,
  created: { id: string },
  actorId: string | null,
  reason: string | null = null,
): Promise<void> {
  return recordHistory(tx, { entityType, entityId: created.id, action: "create", actorId, after: created, reason });
}

/** What a reviewer's decision touches on a claim. */
export interface DecisionFields {
  status: string;
  rating: string;
  ratingExplanation: string | null;
  version: number;
  reviewerId: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  retractionReason: string | null;
}

/** The fields a reviewer's decision touches, as they were or as they became: its history entry's before and after. */
export function decisionSnapshot(claim: DecisionFields) {
  return {
    status: claim.status,
    rating: claim.rating,
    ratingExplanation: claim.ratingExplanation,
    version: claim.version,
    reviewerId: claim.reviewerId,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    reviewNote: claim.reviewNote,
    retractionReason: claim.retractionReason,
  };
}

/** The history of one thing, oldest first, with who did each step. */
export function historyOf(entityType: HistoryEntity, entityId: string, database: PrismaClient | Transaction = db) {
  return database.historyEntry.findMany({
    where: { entityType, entityId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      action: true,
      at: true,
      before: true,
      after: true,
      reason: true,
      actor: { select: { name: true, email: true } },
    },
  });
}

export type HistoryEntryRow = Awaited<ReturnType<typeof historyOf>>[number];

/** A history with the names behind the ids its entries mention (people, sources, quantities). */
export interface ReadableHistory {
  entries: HistoryEntryRow[];
  names: Record<string, string>;
}

function mentionedIds(entries: HistoryEntryRow[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const json of [entry.before, entry.after]) {
      if (!json) continue;
      const value: unknown = JSON.parse(json);
      if (!value || typeof value !== "object") continue;
      for (const [field, id] of Object.entries(value)) if (field.endsWith("Id") && typeof id === "string") ids.add(id);
    }
  }
  return [...ids];
}

/** The history of one thing, readable: "source: Governor of Hatay → Rescue service", not two ids. */
export async function readableHistory(
  entityType: HistoryEntity,
  entityId: string,
  database: PrismaClient | Transaction = db,
): Promise<ReadableHistory> {
  const entries = await historyOf(entityType, entityId, database);
  const ids = mentionedIds(entries);
  if (ids.length === 0) return { entries, names: {} };
  const where = { id: { in: ids } };
  const [users, sources, quantities, merged] = await Promise.all([
    database.user.findMany({ where, select: { id: true, name: true } }),
    database.source.findMany({ where, select: { id: true, name: true } }),
    database.quantity.findMany({ where, select: { id: true, label: true } }),
    // A source since merged into another is named as it was.
    database.sourceAlias.findMany({ where: { formerId: { in: ids } }, select: { formerId: true, name: true } }),
  ]);
  const names: Record<string, string> = {};
  for (const m of merged) if (m.formerId) names[m.formerId] = m.name;
  for (const u of users) names[u.id] = u.name;
  for (const s of sources) names[s.id] = s.name;
  for (const q of quantities) names[q.id] = q.label;
  return { entries, names };
}
