import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { postgresPoolConfig, type DatabaseLocation } from "./database-location";
import { WRITE_LOCK } from "./write-lock";

/** The SQL a client's database speaks, for the few raw queries written twice (lib/data/dialect.ts). */
export type Dialect = DatabaseLocation["provider"];
const dialects = new WeakMap<object, Dialect>();

/** The dialect of a client made here; SQLite for any other (none is made elsewhere). */
export function dialectOf(client: object): Dialect {
  return dialects.get(client) ?? "sqlite";
}

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

// How long a transaction may wait for its turn before it is refused. Prisma counts the whole
// start of a transaction against `maxWait` (2 s by default): the connection, BEGIN IMMEDIATE's
// wait for SQLite's write lock, PostgreSQL's wait for the write lock below. Under a burst of
// writes from several servers the queue is longer than 2 s on a busy machine, and a write
// refused with an internal error is worse than a slow one: each waits up to 10 s, as a person
// waits for a save.
const TRANSACTION_OPTIONS = { maxWait: 10_000 };

/** A Prisma client over the SQLite file at `file` (an absolute path). */
export function createDatabaseClient(file: string): PrismaClient {
  const client = new PrismaClient({ adapter: new BetterSQLite3WithPragmas({ url: file }), transactionOptions: TRANSACTION_OPTIONS });
  dialects.set(client, "sqlite");
  return client;
}

// The app's transactions were written for SQLite, where BEGIN IMMEDIATE makes them run one at a
// time: a read inside a transaction is still true at its write (the sign-in throttle's count, an
// edit's version check). PostgreSQL runs them side by side, and under its default isolation two
// could read the same count and both write count + 1. So each transaction first takes one
// database-wide lock, held until it ends (pg_advisory_xact_lock): the same one-writer-at-a-time
// rule across every app server, while reads outside transactions run in parallel as before.
// docs/decisions/008-postgresql.md says what lifting it would take.

type PgTransaction = Awaited<ReturnType<Awaited<ReturnType<PrismaPg["connect"]>>["startTransaction"]>>;

// A transaction holds one connection, and Prisma's query engine sends a query's relations side
// by side (`include: { quantity: true, source: true }` is three queries, two at once). node-
// postgres then queues the second behind the first on that connection, which pg 8 warns is
// deprecated ("client.query() when the client is already executing a query") and pg 9 refuses.
// So a transaction's queries are sent one after another: what the connection did anyway.
function oneQueryAtATime(transaction: PgTransaction): void {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <A extends unknown[], R>(send: (...args: A) => Promise<R>) => {
    return (...args: A): Promise<R> => {
      const turn = previous.then(() => send(...args));
      previous = turn.catch(() => undefined);
      return turn;
    };
  };
  transaction.queryRaw = inTurn(transaction.queryRaw.bind(transaction));
  transaction.executeRaw = inTurn(transaction.executeRaw.bind(transaction));
}

class PrismaPgOneWriterAtATime extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await start(isolationLevel);
      oneQueryAtATime(transaction);
      try {
        await transaction.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, args: [], argTypes: [] });
      } catch (error) {
        await transaction.rollback().catch(() => undefined);
        throw error;
      }
      return transaction;
    };
    return adapter;
  }
}

// How many connections one app process keeps to PostgreSQL. Several app servers share the
// server's max_connections (100 by default): keep servers x this well under it.
const POSTGRES_POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE) || 10;

/**
 * A Prisma client over the PostgreSQL database at `url`, through node-postgres. Its client is
 * generated from prisma/postgresql/schema.prisma, which scripts/postgres-schema.mjs makes from
 * the SQLite schema: the same models and fields, so it is typed as the SQLite client and no
 * caller needs to know which database it talks to. PostgreSQL has no pragmas to set: foreign
 * keys are always on, a commit is durable (fsync), and a writer waits for a row another holds.
 * Transactions take turns, as on SQLite (above).
 */
export function createPostgresClient(url: string): PrismaClient {
  const adapter = new PrismaPgOneWriterAtATime({ ...postgresPoolConfig(url), max: POSTGRES_POOL_SIZE });
  const client = new PostgresPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }).$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          return query(postgresArguments(args));
        },
      },
    },
  }) as unknown as PrismaClient;
  dialects.set(client, "postgresql");
  return client;
}

const TEXT_SEARCHES = ["contains", "startsWith", "endsWith"] as const;

/**
 * A query's arguments as PostgreSQL needs them to mean what they mean on SQLite:
 * - The app's text searches (`{ label: { contains: word } }`) were written for SQLite, where they
 *   become LIKE, which ignores case. PostgreSQL's LIKE does not: each such filter is given
 *   `mode: "insensitive"` (ILIKE), so "turkey" finds "Turkey" on both databases. Equality
 *   (`equals`, unique keys) stays exact on both.
 * - PostgreSQL's text cannot hold the character U+0000, which SQLite stores: a value holding one
 *   (pasted from a PDF, or sent on purpose) failed the whole query, a server error instead of a
 *   save or a search. It is dropped: it means nothing in a newsroom's text.
 */
export function postgresArguments<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(postgresArguments) as T;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = postgresArguments(inner);
  if (TEXT_SEARCHES.some((key) => typeof out[key] === "string") && out.mode === undefined) out.mode = "insensitive";
  return out as T;
}

/** A client for the database named by a location: the SQLite file or the PostgreSQL server. */
export function clientFor(location: DatabaseLocation): PrismaClient {
  return location.provider === "postgresql" ? createPostgresClient(location.url) : createDatabaseClient(location.file);
}
