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

// Prisma's adapter opens every transaction with a plain BEGIN, which takes the write lock only
// at the first write. When another process (a command line, a second server) commits between
// this transaction's first read and its first write, SQLite cannot wait its turn: it fails at
// once with SQLITE_BUSY (the read is out of date), which Prisma reports as "Operation has timed
// out". BEGIN IMMEDIATE takes the write lock first, waiting up to busy_timeout for it, so a
// transaction either starts with the lock or waits; it never fails halfway. The adapter already
// runs one transaction at a time per connection, so nothing in this process waits more.
const DEFERRED_BEGIN = "BEGIN";
const IMMEDIATE_BEGIN = "BEGIN IMMEDIATE";

interface SqliteHandle {
  prepare(sql: string): unknown;
}

function beginImmediately(connection: object): void {
  const client = (connection as { client?: SqliteHandle }).client;
  if (!client || typeof client.prepare !== "function") throw new Error("The SQLite adapter changed: transactions cannot be made immediate.");
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === DEFERRED_BEGIN ? IMMEDIATE_BEGIN : sql);
}

/** better-sqlite3 through Prisma's driver adapter, with the pragmas above and immediate transactions on each connection. */
class BetterSQLite3WithPragmas extends PrismaBetterSQLite3 {
  override async connect() {
    const connection = await super.connect();
    await connection.executeScript(CONNECTION_PRAGMAS);
    beginImmediately(connection);
    return connection;
  }
}

/** A Prisma client over the SQLite file at `file` (an absolute path). */
export function createDatabaseClient(file: string): PrismaClient {
  return new PrismaClient({ adapter: new BetterSQLite3WithPragmas({ url: file }) });
}
