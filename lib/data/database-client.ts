import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Run on every connection the adapter opens, before its first query: the adapter takes no
// pragmas of its own, and all but journal_mode last only as long as the connection.
const CONNECTION_PRAGMAS = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = FULL;
  PRAGMA busy_timeout = 5000;
  PRAGMA foreign_keys = ON;
`;
// journal_mode = WAL: readers never wait for the writer, nor the writer for readers (it is
//   written into the file and stays).
// synchronous = FULL: a committed claim survives a power cut; NORMAL, better-sqlite3's default
//   in WAL mode, may lose the last transactions.
// busy_timeout: a second writer (a migration, a script) waits up to 5 s instead of failing.
// foreign_keys: SQLite enforces them only when asked, connection by connection.

/** better-sqlite3 through Prisma's driver adapter, with the pragmas above on each connection. */
class BetterSQLite3WithPragmas extends PrismaBetterSQLite3 {
  override async connect() {
    const connection = await super.connect();
    await connection.executeScript(CONNECTION_PRAGMAS);
    return connection;
  }
}

/** A Prisma client over the SQLite file at `file` (an absolute path). */
export function createDatabaseClient(file: string): PrismaClient {
  return new PrismaClient({ adapter: new BetterSQLite3WithPragmas({ url: file }) });
}
