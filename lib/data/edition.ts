import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import { cache } from "react";
import { databaseLocation, postgresPoolConfig, type DatabaseLocation } from "./database-location";
import { db } from "./db";

// The database's edition: the id of its newest history entry. Every newsroom write records a
// HistoryEntry in its own transaction, so the edition moves exactly when something was written,
// through any server or script. Both caches of public answers are good while it stands still:
// the public answers (./public-cache.ts) and the whole pages (lib/public/page-cache*.ts). Two
// reads of the same number, one for each:
//   - publicEdition, through the app's client, once per request: the data reads that follow use
//     the same client;
//   - readEdition, for the page cache in the proxy, before any render, the cheapest way there is,
//     with no Prisma and no query engine round trip:
//       - SQLite: one prepared statement on a read-only connection of its own. SQLite answers
//         max() of the primary key from the b-tree's last page, and in WAL mode a reader sees
//         every committed write, from this process or any other;
//       - PostgreSQL: the same statement on a pool of two connections held for the process,
//         which PostgreSQL answers from the primary key's index (its last entry). It sees every
//         write committed before it began, through whichever app server: an approval through one
//         server makes the pages every other server keeps stale at their next request.

/** The edition for the public answers' cache, read once per request through the app's client. */
export const publicEdition = cache(async (): Promise<number> => {
  const newest = await db.historyEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return newest?.id ?? 0;
});

const NEWEST_HISTORY_ENTRY = 'SELECT max("id") AS "id" FROM "HistoryEntry"';

/** Reads the edition; rejects when the database cannot be read. */
export interface EditionReader {
  read(): Promise<number>;
  close(): Promise<void>;
}

function sqliteReader(file: string): EditionReader {
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  connection.pragma("busy_timeout = 5000");
  const newest = connection.prepare(NEWEST_HISTORY_ENTRY);
  return {
    read: async () => (newest.get() as { id: number | null } | undefined)?.id ?? 0,
    close: async () => void connection.close(),
  };
}

// Two connections: a request waits for a free one rather than queue behind another's query on
// the same connection. Kept open while idle (idleTimeoutMillis 0): a new connection costs more
// than the query.
function postgresReader(url: string): EditionReader {
  const pool = new pg.Pool({
    ...postgresPoolConfig(url),
    max: 2,
    idleTimeoutMillis: 0,
    connectionTimeoutMillis: 5_000,
    allowExitOnIdle: true,
  });
  // A held connection the server closes (a restart, a failover) is reported here; without a
  // listener it would end the process. The pool opens a new one at the next read.
  pool.on("error", () => undefined);
  return {
    async read() {
      const result = await pool.query<{ id: number | null }>(NEWEST_HISTORY_ENTRY);
      // An int4 id arrives as a number.
      return result.rows[0]?.id ?? 0;
    },
    close: () => pool.end(),
  };
}

/** A reader of the edition of the database at `location`; throws when the SQLite file does not exist. */
export function editionReader(location: DatabaseLocation): EditionReader {
  return location.provider === "postgresql" ? postgresReader(location.url) : sqliteReader(location.file);
}

const globalForEdition = globalThis as typeof globalThis & {
  claimTrackerEditionReader?: EditionReader;
};

function openReader(): EditionReader | undefined {
  try {
    return editionReader(databaseLocation());
  } catch {
    // No database yet (a build, a fresh clone) or none named: no cache, every page is rendered.
    return undefined;
  }
}

/**
 * The edition for the page cache, or null when the database cannot be read (the caller then
 * renders without the cache). The same number as publicEdition.
 */
export async function readEdition(): Promise<number | null> {
  // Opened once; until the database exists (tried again each request) there is no cache.
  const reader = (globalForEdition.claimTrackerEditionReader ??= openReader());
  if (!reader) return null;
  try {
    return await reader.read();
  } catch {
    // An SQLite file replaced under us (a restore), a PostgreSQL server gone: open it again at
    // the next request.
    if (globalForEdition.claimTrackerEditionReader === reader) globalForEdition.claimTrackerEditionReader = undefined;
    await reader.close().catch(() => undefined);
    return null;
  }
}
