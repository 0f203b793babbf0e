import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_SAVED_FILTERS } from "@/lib/validation/claims-list";
import { db } from "./db";

// The claims list's filters a person saved under a name of their own. A preference, not a
// newsroom record: no history entry, and only its owner reads, saves or deletes it (each call
// takes the owner's id, and every query is scoped to it).

type Database = PrismaClient | Prisma.TransactionClient;

export interface SavedFilterRecord {
  id: string;
  name: string;
  query: string;
}

/** Why a filter was not saved or deleted: the page says it in words. */
export type SavedFilterRefusal = "name_taken" | "too_many" | "not_found";

/** A person's saved filters, by name. */
export function listSavedFilters(userId: string, database: Database = db): Promise<SavedFilterRecord[]> {
  return database.savedFilter.findMany({
    where: { userId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, query: true },
  });
}

/** Saves `query` under `name` for `userId`; a name already used, or one filter too many, is refused. */
export async function saveFilter(
  userId: string,
  input: { name: string; query: string },
  database: PrismaClient = db,
): Promise<{ ok: true; filter: SavedFilterRecord } | { ok: false; refusal: SavedFilterRefusal }> {
  try {
    return await database.$transaction(async (tx) => {
      const count = await tx.savedFilter.count({ where: { userId } });
      if (count >= MAX_SAVED_FILTERS) return { ok: false as const, refusal: "too_many" as const };
      const taken = await tx.savedFilter.findUnique({
        where: { userId_name: { userId, name: input.name } },
        select: { id: true },
      });
      if (taken) return { ok: false as const, refusal: "name_taken" as const };
      const saved = await tx.savedFilter.create({
        data: { userId, name: input.name, query: input.query },
        select: { id: true, name: true, query: true },
      });
      return { ok: true as const, filter: saved };
    });
  } catch (error) {
    // Two tabs saving the same name at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, refusal: "name_taken" };
    throw error;
  }
}

/** Deletes one of `userId`'s filters; someone else's, or one already gone, is "not_found". */
export async function deleteSavedFilter(
  userId: string,
  filterId: string,
  database: Database = db,
): Promise<{ ok: true } | { ok: false; refusal: SavedFilterRefusal }> {
  const { count } = await database.savedFilter.deleteMany({ where: { id: filterId, userId } });
  return count === 1 ? { ok: true } : { ok: false, refusal: "not_found" };
}
