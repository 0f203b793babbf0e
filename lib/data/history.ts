import "server-only";
import type { HistoryEntity, Prisma } from "@/lib/generated/prisma/client";
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

/** Appends one history entry inside the transaction that makes the change it records. */
export async function recordHistory(tx: Transaction, entry: HistoryInput): Promise<void> {
  await tx.historyEntry.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      actorId: entry.actorId,
      before: asJson(entry.before),
      after: asJson(entry.after),
      reason: entry.reason ?? null,
    },
  });
}

/** The history of one thing, oldest first, with who did each step. */
export function historyOf(entityType: HistoryEntity, entityId: string) {
  return db.historyEntry.findMany({
    where: { entityType, entityId },
    orderBy: { id: "asc" },
    select: { id: true, action: true, at: true, before: true, after: true, reason: true, actor: { select: { name: true, email: true } } },
  });
}
