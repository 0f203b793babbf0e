import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { postgresPoolConfig, type DatabaseLocation } from "./database-location";
import { noteCommitFailure } from "./database-faults";
import { env } from "@/lib/env";
import { faultsFromEnv, SqliteAdapterFactory, Turns, type SqliteAdapterOptions } from "./sqlite-adapter";
import { WRITE_LOCK } from "./write-lock";

/** The SQL a client's database speaks, for the few raw queries written twice (lib/data/dialect.ts). */
export type Dialect = DatabaseLocation["provider"];
// On globalThis: the process's one client (lib/data/db.ts) may have been made by another bundle's
// copy of this module (the proxy's), and each copy must still know it speaks PostgreSQL.
const sharedDialects = globalThis as typeof globalThis & {
  claimTrackerDialects?: WeakMap<object, Dialect>;
};
const dialects = (sharedDialects.claimTrackerDialects ??= new WeakMap<object, Dialect>());

/** The dialect of a client made here; SQLite for any other (none is made elsewhere). */
export function dialectOf(client: object): Dialect {
  return dialects.get(client) ?? "sqlite";
}

// How long a write may wait for its turn, in all: the write lock held by another process (a
// backup, the sqlite3 shell, a migration) or, on PostgreSQL, by another server's transaction or a
// LOCK TABLE. Then it is refused as busy (503, "nothing was saved"), never left hanging. On
// SQLite the adapter waits without blocking the event loop (lib/data/sqlite-adapter.ts).
export const WRITE_BUDGET_MS = env().DATABASE_WRITE_WAIT_MS;

// Prisma counts the whole start of a transaction against `maxWait` (2 s by default) and answers
// an internal error past it. The adapter's own budget must run out first, with an error that says
// "busy": Prisma waits a little longer. `timeout` bounds a transaction once started.
const TRANSACTION_OPTIONS = { maxWait: WRITE_BUDGET_MS + 5_000, timeout: 15_000 };

/**
 * A Prisma client over the SQLite file at `file` (an absolute path): a writer's connection and a
 * readers' connection, writes in turn, waits that never block the event loop (lib/data/sqlite-adapter.ts).
 */
export function createDatabaseClient(file: string, options: SqliteAdapterOptions = {}): PrismaClient {
  const adapter = new SqliteAdapterFactory(file, {
    writeBudgetMs: WRITE_BUDGET_MS,
    faults: faultsFromEnv(),
    ...options,
  });
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
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

interface PgConnectionOfTransaction {
  client: { release(error?: Error): void };
  cleanup?: () => void;
}

/**
 * Ends a transaction whose COMMIT or ROLLBACK failed, or that could not take the write lock:
 * its connection is closed and dropped from the pool (`release(error)`), never handed to the
 * next request still inside a transaction, which node-postgres's adapter would do. Prisma's
 * engine does not call commit() or rollback() after a failed COMMIT or ROLLBACK, so without this
 * the connection was never given back: ten such failures emptied the pool for good.
 */
function dropConnection(transaction: PgTransaction, error: unknown): void {
  const held = transaction as unknown as PgConnectionOfTransaction;
  held.cleanup?.();
  held.client.release(error instanceof Error ? error : new Error(String(error)));
}

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

/** Ends the transaction cleanly whatever happens, then `done` (which gives the process's turn back), once. */
function endsCleanly(transaction: PgTransaction, done: () => void): void {
  let ended = false;
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.executeRaw = async (query) => {
    if (!ENDS_TRANSACTION.test(query.sql)) return executeRaw(query);
    try {
      return await executeRaw(query);
    } catch (error) {
      if (/^\s*COMMIT/i.test(query.sql)) noteCommitFailure(error);
      ended = true;
      dropConnection(transaction, error);
      done();
      throw error;
    }
  };
  for (const end of ["commit", "rollback"] as const) {
    const original = transaction[end].bind(transaction);
    transaction[end] = async () => {
      if (ended) return;
      ended = true;
      try {
        await original();
      } finally {
        done();
      }
    };
  }
}

/**
 * Transactions take turns within the process before they take a connection: twenty saves waiting
 * for the write lock would otherwise hold all ten of the pool's connections, and every read would
 * wait for one (the fault drill saw 5 s reads). Across servers the advisory lock keeps the turns.
 */
class PrismaPgOneWriterAtATime extends PrismaPg {
  readonly #turns = new Turns();
  readonly #writeBudgetMs: number;

  constructor(config: ConstructorParameters<typeof PrismaPg>[0], writeBudgetMs: number) {
    super(config);
    this.#writeBudgetMs = writeBudgetMs;
  }

  override async connect() {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const startedAt = Date.now();
      const giveBack = await this.#turns.take(startedAt + this.#writeBudgetMs, startedAt);
      let transaction: PgTransaction;
      try {
        transaction = await start(isolationLevel);
      } catch (error) {
        giveBack();
        throw error;
      }
      oneQueryAtATime(transaction);
      try {
        // Waits at most lock_timeout (the write budget) for the lock, then fails as busy.
        await transaction.executeRaw({
          sql: `SELECT pg_advisory_xact_lock(${WRITE_LOCK})`,
          args: [],
          argTypes: [],
        });
      } catch (error) {
        // The connection is inside an aborted transaction: it must not serve anyone else.
        dropConnection(transaction, error);
        giveBack();
        throw error;
      }
      endsCleanly(transaction, giveBack);
      return transaction;
    };
    return adapter;
  }
}

// Settings of every connection to PostgreSQL:
// - lock_timeout: a write waits for a lock (another server's transaction, a LOCK TABLE from psql)
//   no longer than its budget, then fails as busy (503) instead of hanging the request.
// - idle_in_transaction_session_timeout: a transaction left open by a stuck process ends by itself.
// - connectionTimeoutMillis: a server that does not answer (restarting, unreachable) fails a
//   request in 5 s (503) instead of never.
const postgresSession = (writeBudgetMs: number) =>
  `-c lock_timeout=${writeBudgetMs} -c idle_in_transaction_session_timeout=60000`;
const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;

// How many connections one app process keeps to PostgreSQL. Several app servers share the
// server's max_connections (100 by default): keep servers x this well under it.
const POSTGRES_POOL_SIZE = env().DATABASE_POOL_SIZE;

/**
 * A Prisma client over the PostgreSQL database at `url`, through node-postgres. Its client is
 * generated from prisma/postgresql/schema.prisma, which scripts/postgres-schema.mjs makes from
 * the SQLite schema: the same models and fields, so it is typed as the SQLite client and no
 * caller needs to know which database it talks to. PostgreSQL has no pragmas to set: foreign
 * keys are always on, a commit is durable (fsync), and a writer waits for a row another holds.
 * Transactions take turns, as on SQLite (above).
 */
export function createPostgresClient(
  url: string,
  { writeBudgetMs = WRITE_BUDGET_MS }: { writeBudgetMs?: number } = {},
): PrismaClient {
  const adapter = new PrismaPgOneWriterAtATime(
    {
      ...postgresPoolConfig(url),
      max: POSTGRES_POOL_SIZE,
      options: postgresSession(writeBudgetMs),
      connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    },
    writeBudgetMs,
  );
  const client = new PostgresPrismaClient({
    adapter,
    transactionOptions: TRANSACTION_OPTIONS,
  }).$extends({
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
