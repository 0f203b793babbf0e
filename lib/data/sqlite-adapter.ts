import { AsyncLocalStorage } from "node:async_hooks";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { env } from "@/lib/env";
import { noteCommitFailure } from "./database-faults";

// Prisma's better-sqlite3 adapter (6.19) as the app needs it under faults (docs/decisions/011):
//
// - It wedges. Its transactions take an in-process lock before BEGIN and give it back only in
//   commit() or rollback(): when BEGIN throws (another process holds the write lock past the
//   busy timeout, a full disk) the lock is never given back, and when COMMIT throws the engine
//   never calls either, so the connection stays inside the transaction. Every later write of the
//   process then waits forever (Prisma issue 29933). Here a failed BEGIN gives its turn back, a
//   failed COMMIT is rolled back, and a turn is given back whatever happens.
// - It shares one connection. A statement outside a transaction ran inside whichever transaction
//   another request had open: it saw uncommitted rows and vanished with that transaction's
//   rollback after answering success. Here reads outside a transaction have a connection of their
//   own (WAL lets it read while the writer writes), and every write, one statement or a whole
//   transaction, takes its turn on the writer's connection.
// - It blocks the event loop. better-sqlite3 waits for a lock inside SQLite's busy handler, in
//   the calling thread: while one write waited 5 s, no page was served. Here SQLite never waits
//   (busy_timeout = 0); a write that finds the lock taken is retried after a pause, the event loop
//   free meanwhile, until its budget runs out. Then it fails as busy, and nothing was written.

/** How long a write may wait for the write lock, in all, before it is refused as busy. */
export const DEFAULT_WRITE_BUDGET_MS = 10_000;
/** How long a read may wait (WAL readers wait only while a checkpoint resets the log). */
const READ_BUDGET_MS = 5_000;
/** Retries start this soon and double up to the cap: quick after a short hold, cheap during a long one. */
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 100;

// Every connection: WAL (readers beside the writer; stays in the file), synchronous = FULL (a
// committed claim survives a power cut), foreign keys (SQLite checks them only when asked),
// busy_timeout = 0 (never wait inside SQLite: the retries above wait instead).
const COMMON_PRAGMAS = ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 0"];
// The readers' connection cannot write, even by mistake.
const READER_PRAGMAS = ["query_only = ON"];

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;

/**
 * A write's budget for the work inside `work` (a rate-limit count that should give up fast, say).
 * One store per process, on globalThis: the route that sets it and the adapter that reads it may
 * come from two bundles, each with its own copy of this module (lib/data/db.ts).
 */
const shared = globalThis as typeof globalThis & {
  claimTrackerWriteBudgets?: AsyncLocalStorage<number>;
};
const budgets = (shared.claimTrackerWriteBudgets ??= new AsyncLocalStorage<number>());
export function withWriteBudget<T>(budgetMs: number, work: () => Promise<T>): Promise<T> {
  return budgets.run(budgetMs, work);
}

/** Tests inject faults at the commit of the next transactions (a full disk at the worst moment). */
export interface FaultInjection {
  /** Called with the statement before it runs on the writer; may throw to fail it. */
  beforeWriterStatement?(sql: string): void;
}

/**
 * The fault drill's injection (e2e/durability/faults.spec.ts), for tests only:
 * DATABASE_FAULT_COMMIT_EVERY=N fails every Nth COMMIT as a full disk would, before it runs.
 */
export function faultsFromEnv(
  setting: string | undefined = env().DATABASE_FAULT_COMMIT_EVERY,
): FaultInjection | undefined {
  const every = Number(setting);
  if (!Number.isInteger(every) || every < 1) return undefined;
  let commits = 0;
  return {
    beforeWriterStatement(sql) {
      if (!COMMIT.test(sql) || ++commits % every !== 0) return;
      throw Object.assign(new Error("database or disk is full (injected by DATABASE_FAULT_COMMIT_EVERY)"), {
        code: "SQLITE_FULL",
      });
    },
  };
}

/** True when an error (a driver error, or the adapter's wrapping of one) means the lock was taken. */
export function isBusy(error: unknown): boolean {
  const { code } = driverCodes(error);
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

function driverCodes(error: unknown): { code: string } {
  if (typeof error !== "object" || error === null) return { code: "" };
  const direct = (error as { code?: unknown }).code;
  if (typeof direct === "string" && direct.startsWith("SQLITE_")) return { code: direct };
  const cause = (error as { cause?: { originalCode?: unknown; extendedCode?: unknown } }).cause;
  if (typeof cause?.originalCode === "string") return { code: cause.originalCode };
  if (cause?.extendedCode === SQLITE_BUSY) return { code: "SQLITE_BUSY" };
  if (cause?.extendedCode === SQLITE_LOCKED) return { code: "SQLITE_LOCKED" };
  return { code: "" };
}

/** The error a write gets when its budget ran out: SQLite's own words, so every layer reads it as busy. */
function busyError(waitedMs: number): DriverAdapterError {
  return new DriverAdapterError({
    kind: "sqlite",
    extendedCode: SQLITE_BUSY,
    message: `SQLITE_BUSY: database is locked (the write lock was taken for ${Math.round(waitedMs)} ms)`,
    originalCode: "SQLITE_BUSY",
    originalMessage: "database is locked",
  });
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it does not fail as busy, pausing between tries, until `deadline`. */
async function untilNotBusy<T>(attempt: () => Promise<T> | T, deadline: number, startedAt: number): Promise<T> {
  let wait = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const left = deadline - Date.now();
      if (left <= 0) throw busyError(Date.now() - startedAt);
      await pause(Math.min(wait, left));
      wait = Math.min(wait * 2, LONGEST_PAUSE_MS);
    }
  }
}

/**
 * One writer at a time, in the order they asked, each waiting no longer than its deadline.
 * A turn is a function that gives it back; giving it back twice does nothing.
 */
export class Turns {
  #busy = false;
  readonly #queue: Array<{ grant: () => void }> = [];

  take(deadline: number, startedAt: number): Promise<() => void> {
    if (!this.#busy) {
      this.#busy = true;
      return Promise.resolve(this.#giveBack());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.#giveBack());
        },
      };
      const timer = setTimeout(
        () => {
          const at = this.#queue.indexOf(waiter);
          if (at >= 0) this.#queue.splice(at, 1);
          reject(busyError(Date.now() - startedAt));
        },
        Math.max(0, deadline - Date.now()),
      );
      this.#queue.push(waiter);
    });
  }

  #giveBack(): () => void {
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.#queue.shift();
      if (next) next.grant();
      else this.#busy = false;
    };
  }
}

type Connection = SqlDriverAdapter & { client: BetterSqlite3.Database };

export interface SqliteAdapterOptions {
  writeBudgetMs?: number;
  faults?: FaultInjection;
}

/**
 * The app's SQLite adapter: two connections to `file` (the writer and the readers'), with the
 * rules above. Its queries are run and their rows converted by Prisma's own adapter.
 */
export class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  readonly #file: string;
  readonly #options: SqliteAdapterOptions;

  constructor(file: string, options: SqliteAdapterOptions = {}) {
    this.#file = file;
    this.#options = options;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const prisma = new PrismaBetterSQLite3({ url: this.#file });
    const writer = (await prisma.connect()) as Connection;
    const reader = (await prisma.connect()) as Connection;
    try {
      for (const pragma of COMMON_PRAGMAS) writer.client.pragma(pragma);
      for (const pragma of [...COMMON_PRAGMAS, ...READER_PRAGMAS]) reader.client.pragma(pragma);
    } catch (error) {
      writer.client.close();
      reader.client.close();
      throw error;
    }
    return new TurnTakingAdapter(writer, reader, this.#options);
  }
}

const CLASSIFIED_LIMIT = 2_000;
const QUERY = /^\s*(SELECT|WITH|VALUES)\b/i;

class TurnTakingAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite";
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  readonly #writer: Connection;
  readonly #reader: Connection;
  readonly #turns = new Turns();
  readonly #budgetMs: number;
  readonly #faults: FaultInjection | undefined;
  /** Whether each statement only reads (SQLite's own answer), by its text. */
  readonly #readOnly = new Map<string, boolean>();

  constructor(writer: Connection, reader: Connection, options: SqliteAdapterOptions) {
    this.#writer = writer;
    this.#reader = reader;
    this.#budgetMs = options.writeBudgetMs ?? DEFAULT_WRITE_BUDGET_MS;
    this.#faults = options.faults;
  }

  /** The writer's connection, for tests that look at its state. */
  get writerConnection(): BetterSqlite3.Database {
    return this.#writer.client;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (this.#onlyReads(query.sql)) return this.#read(() => this.#reader.queryRaw(query));
    return this.#write((connection) => connection.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    if (this.#onlyReads(query.sql)) return this.#read(() => this.#reader.executeRaw(query));
    return this.#write((connection) => connection.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#write((connection) => connection.executeScript(script));
  }

  getConnectionInfo() {
    return { supportsRelationJoins: false };
  }

  async dispose(): Promise<void> {
    this.#writer.client.close();
    this.#reader.client.close();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    }
    const { deadline, startedAt } = this.#deadline();
    const giveBack = await this.#turns.take(deadline, startedAt);
    try {
      // IMMEDIATE: the transaction holds the write lock from its start, so a read inside it is
      // still true at its write, and it never fails halfway for want of the lock.
      await untilNotBusy(() => this.#run("BEGIN IMMEDIATE"), deadline, startedAt);
    } catch (error) {
      this.#leaveTransaction();
      giveBack();
      throw toDriverError(error);
    }
    return new WriterTransaction(this.#writer, giveBack, this.#faults, () => this.#leaveTransaction());
  }

  /**
   * Whether the statement is a query that SQLite says only reads. Anything else goes to the
   * writer: writes, statements SQLite cannot prepare (the writer will say what is wrong), and
   * PRAGMA or transaction statements, which SQLite calls read-only but which set the connection's
   * state (`PRAGMA max_page_count = …`), so they must reach the connection that writes.
   */
  #onlyReads(sql: string): boolean {
    const known = this.#readOnly.get(sql);
    if (known !== undefined) return known;
    if (!QUERY.test(sql)) return false;
    let readOnly = false;
    try {
      readOnly = (this.#reader.client.prepare(sql) as unknown as { readonly: boolean }).readonly;
    } catch {
      return false;
    }
    if (this.#readOnly.size >= CLASSIFIED_LIMIT) this.#readOnly.clear();
    this.#readOnly.set(sql, readOnly);
    return readOnly;
  }

  #deadline(): { deadline: number; startedAt: number } {
    const startedAt = Date.now();
    return { startedAt, deadline: startedAt + (budgets.getStore() ?? this.#budgetMs) };
  }

  #read<T>(work: () => Promise<T>): Promise<T> {
    const startedAt = Date.now();
    return untilNotBusy(work, startedAt + READ_BUDGET_MS, startedAt);
  }

  /** One statement outside a transaction: its turn on the writer, retried while the lock is taken. */
  async #write<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    const { deadline, startedAt } = this.#deadline();
    const giveBack = await this.#turns.take(deadline, startedAt);
    try {
      return await untilNotBusy(() => work(this.#writer), deadline, startedAt);
    } finally {
      // A statement that failed on a full disk may leave SQLite inside an automatic transaction.
      this.#leaveTransaction();
      giveBack();
    }
  }

  #run(sql: string): void {
    this.#writer.client.prepare(sql).run();
  }

  /** Rolls back whatever transaction the writer is still in, so the next turn starts clean. */
  #leaveTransaction(): void {
    if (!(this.#writer.client as unknown as { inTransaction: boolean }).inTransaction) return;
    try {
      this.#writer.client.prepare("ROLLBACK").run();
    } catch {
      // Nothing more can be done here; the next BEGIN would say so.
    }
  }
}

/** Turns a driver's error into the adapter's, as Prisma's adapter does, keeping SQLite's code. */
function toDriverError(error: unknown): unknown {
  if (error instanceof DriverAdapterError) return error;
  const code = (error as { code?: unknown }).code;
  const message = (error as { message?: unknown }).message;
  if (typeof code === "string" && typeof message === "string") {
    return new DriverAdapterError({
      kind: "sqlite",
      extendedCode: extendedCodeOf(code),
      message,
      originalCode: code,
      originalMessage: message,
    });
  }
  return error;
}

const EXTENDED_CODES: Record<string, number> = {
  SQLITE_BUSY,
  SQLITE_LOCKED,
  SQLITE_FULL: 13,
  SQLITE_IOERR: 10,
  SQLITE_READONLY: 8,
};
const extendedCodeOf = (code: string) => EXTENDED_CODES[code.replace(/^(SQLITE_[A-Z]+).*$/, "$1")] ?? 1;

const COMMIT = /^\s*COMMIT\b/i;
const ROLLBACK = /^\s*ROLLBACK\b/i;

/**
 * A transaction on the writer's connection, holding the turn until it ends. The engine ends it
 * by sending COMMIT or ROLLBACK and then calling commit() or rollback(); when COMMIT fails it
 * calls neither, so the end is taken care of here: a failed COMMIT is rolled back and the turn
 * given back before the error goes on.
 */
class WriterTransaction implements Transaction {
  readonly provider = "sqlite";
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  readonly options = { usePhantomQuery: false };
  readonly #connection: Connection;
  readonly #giveBack: () => void;
  readonly #faults: FaultInjection | undefined;
  readonly #leave: () => void;
  #ended = false;

  constructor(connection: Connection, giveBack: () => void, faults: FaultInjection | undefined, leave: () => void) {
    this.#connection = connection;
    this.#giveBack = giveBack;
    this.#faults = faults;
    this.#leave = leave;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#guarded(query.sql, () => this.#connection.queryRaw(query));
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    if (COMMIT.test(query.sql) || ROLLBACK.test(query.sql)) {
      try {
        return await this.#guarded(query.sql, () => this.#connection.executeRaw(query));
      } catch (error) {
        // A COMMIT that failed (a full disk) leaves the transaction open; a ROLLBACK that failed
        // found none left (SQLite rolls back by itself after some errors). Either way: done.
        const failure = toDriverError(error);
        if (COMMIT.test(query.sql)) noteCommitFailure(failure);
        this.#end();
        throw failure;
      }
    }
    return this.#guarded(query.sql, () => this.#connection.executeRaw(query));
  }

  async commit(): Promise<void> {
    this.#end();
  }

  async rollback(): Promise<void> {
    this.#end();
  }

  async #guarded<T>(sql: string, work: () => Promise<T>): Promise<T> {
    try {
      this.#faults?.beforeWriterStatement?.(sql);
    } catch (error) {
      throw toDriverError(error);
    }
    return work();
  }

  /** Leaves no transaction open on the writer and gives the turn back; a second call does nothing. */
  #end(): void {
    // Once only: a second end would roll back the transaction of whoever has the turn next.
    if (this.#ended) return;
    this.#ended = true;
    this.#leave();
    this.#giveBack();
  }
}
