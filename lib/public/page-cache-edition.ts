// The database's edition for the page cache, read the cheapest way there is: one prepared
// statement on a read-only connection of its own (no Prisma, no query engine round trip).
// SQLite answers max() of the primary key from the b-tree's last page, and in WAL mode a reader
// sees every committed write, from this process or any other, so the edition changes the moment
// a write commits anywhere.
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/data/database-location";

type Reader = () => number;

const globalForEdition = globalThis as typeof globalThis & { claimTrackerEditionReader?: Reader };

function openReader(): Reader | null {
  try {
    const connection = new Database(databaseFile(), { readonly: true, fileMustExist: true });
    connection.pragma("busy_timeout = 5000");
    const newest = connection.prepare('SELECT max(id) AS id FROM "HistoryEntry"');
    return () => (newest.get() as { id: number | null } | undefined)?.id ?? 0;
  } catch {
    // No database yet (a build, a fresh clone): no cache, every page is rendered.
    return null;
  }
}

/**
 * The id of the newest history entry, or null when the database cannot be read (the caller then
 * renders without the cache). The same number lib/data/public-cache.ts reads.
 */
export function readEdition(): number | null {
  // Opened once; until the database exists (tried again each request) there is no cache.
  const reader = (globalForEdition.claimTrackerEditionReader ??= openReader() ?? undefined);
  if (!reader) return null;
  try {
    return reader();
  } catch {
    // A database replaced under us (a restore): open it again on the next request.
    globalForEdition.claimTrackerEditionReader = undefined;
    return null;
  }
}
