import "server-only";
import { databaseFault } from "./database-faults";
import { withWriteBudget } from "./sqlite-adapter";

// The writes a read makes for its own records (a token's rate-limit count, its last use): while
// another process holds the write lock or the disk is full, a read must not wait for them nor
// fail because of them. They get a short wait of their own and are skipped past it: the read is
// answered uncounted, which is the lesser harm (docs/decisions/011-never-wedge.md).

const BOOKKEEPING_WAIT_MS = 200;

/** `work`'s result, or null when the database was busy, full or out of reach for it. */
export async function bookkeeping<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await withWriteBudget(BOOKKEEPING_WAIT_MS, work);
  } catch (error) {
    if (databaseFault(error)) return null;
    throw error;
  }
}
