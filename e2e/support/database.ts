// The run's database for the specs' fixtures and checks, whichever it is: the SQLite file of
// `npm test` or the PostgreSQL database of `npm run test:postgres` (E2E_DATABASE_URL), behind one
// small asynchronous interface. Specs write their SQL once, portably:
//   - `?` placeholders (turned into $1, $2… for PostgreSQL);
//   - every table and column name double-quoted ("Claim", "quantityId"): PostgreSQL folds
//     unquoted names to lower case, and Prisma's columns keep their camelCase;
//   - booleans as true/false and instants as Date objects: each is stored as the app stores it.
// Rows come back alike from both: instants as Prisma's SQLite text ("2020-02-27T20:00:00.000+00:00"),
// booleans as 1/0, 64-bit integers (count(*)) as numbers.
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Client, types } from "pg";
import { WRITE_LOCK } from "../../lib/data/write-lock";
import { e2eFiles } from "./e2e-files.mjs";

export type DatabaseKind = "sqlite" | "postgresql";
export type Row = Record<string, unknown>;

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, ...params: unknown[]): Promise<number>;
  get<T = Row>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  all<T = Row>(sql: string, ...params: unknown[]): Promise<T[]>;
}

/** Where the run's database is: a PostgreSQL URL, or the SQLite file of scripts/e2e.mjs. */
export interface DatabaseLocation {
  url?: string;
  file?: string;
}

// Playwright compiles the specs to CommonJS, so __dirname and require are there.
const E2E_DATABASE_FILE = e2eFiles(path.resolve(__dirname, "../..")).database;

/** The run's own database: PostgreSQL when E2E_DATABASE_URL names one, else the SQLite file. */
export function runDatabase(): DatabaseLocation {
  const url = process.env.E2E_DATABASE_URL;
  return url ? { url } : { file: E2E_DATABASE_FILE };
}

export const runDatabaseKind = (): DatabaseKind => (runDatabase().url ? "postgresql" : "sqlite");

/** The text Prisma stores a DateTime as on SQLite, so the app reads these rows as its own. */
export const sqliteDateTime = (at: Date) => at.toISOString().replace("Z", "+00:00");

function sqliteParam(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return sqliteDateTime(value);
  return value;
}

function sqliteDatabase(connection: SqliteDatabase.Database): TestDatabase {
  const prepare = (sql: string, params: unknown[]) => ({
    statement: connection.prepare(sql),
    values: params.map(sqliteParam),
  });
  return {
    kind: "sqlite",
    async run(sql, ...params) {
      const { statement, values } = prepare(sql, params);
      return statement.run(...values).changes;
    },
    async get<T>(sql: string, ...params: unknown[]) {
      const { statement, values } = prepare(sql, params);
      return statement.get(...values) as T | undefined;
    },
    async all<T>(sql: string, ...params: unknown[]) {
      const { statement, values } = prepare(sql, params);
      return statement.all(...values) as T[];
    },
  };
}

/** `?` → `$n`, leaving quoted names and string literals alone. */
export function numberPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === "?") {
      out += `$${++n}`;
      continue;
    }
    out += char;
  }
  return out;
}

// Prisma's PostgreSQL columns: DateTime is timestamp(3) without time zone, holding UTC.
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const BOOL = 16;
const INT8 = 20;
const NUMERIC = 1700;
const asSqliteText = (text: string) =>
  sqliteDateTime(new Date(`${text.replace(" ", "T").replace(/(?:Z|[+-]\d\d(?::?\d\d)?)?$/, "")}Z`));
const PARSERS: Record<number, (text: string) => unknown> = {
  [TIMESTAMP]: asSqliteText,
  [TIMESTAMPTZ]: (text) => sqliteDateTime(new Date(text.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00"))),
  [BOOL]: (text) => (text === "t" ? 1 : 0),
  [INT8]: Number,
  [NUMERIC]: Number,
};
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    PARSERS[oid] ?? types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};

// An instant as UTC text: node-postgres would write a Date in the process's local time, with an
// offset that a timestamp without time zone drops, so a test run outside UTC would store it shifted.
const postgresParam = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

function postgresDatabase(client: Client): TestDatabase {
  const query = (sql: string, params: unknown[]) =>
    client.query({ text: numberPlaceholders(sql), values: params.map(postgresParam) });
  return {
    kind: "postgresql",
    async run(sql, ...params) {
      return (await query(sql, params)).rowCount ?? 0;
    },
    async get<T>(sql: string, ...params: unknown[]) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async all<T>(sql: string, ...params: unknown[]) {
      return (await query(sql, params)).rows as T[];
    },
  };
}

/**
 * Opens the database (the run's own unless told), runs `work` on it and closes it. With
 * `transaction`, the work commits as a whole or not at all, one writer at a time as the app's do.
 */
export async function withTestDatabase<T>(
  work: (db: TestDatabase) => Promise<T>,
  options: { transaction?: boolean; location?: DatabaseLocation } = {},
): Promise<T> {
  const location = options.location ?? runDatabase();
  if (location.url) {
    const client = new Client({ connectionString: location.url, types: pgTypes });
    await client.connect();
    try {
      if (!options.transaction) return await work(postgresDatabase(client));
      await client.query("BEGIN");
      try {
        // The app's transactions take turns on this lock: a fixture's takes it too, so its history
        // entries commit in id order with the app's (the newest id is the public cache's edition).
        await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
        const result = await work(postgresDatabase(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    } finally {
      await client.end();
    }
  }
  const connection = new SqliteDatabase(location.file ?? E2E_DATABASE_FILE);
  try {
    connection.pragma("busy_timeout = 5000");
    connection.pragma("foreign_keys = ON");
    if (!options.transaction) return await work(sqliteDatabase(connection));
    connection.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(sqliteDatabase(connection));
      connection.exec("COMMIT");
      return result;
    } catch (error) {
      connection.exec("ROLLBACK");
      throw error;
    }
  } finally {
    connection.close();
  }
}

/** One row as a plain object, or undefined. */
export const readRow = <T = Row>(sql: string, ...params: unknown[]) =>
  withTestDatabase((db) => db.get<T>(sql, ...params));

export const readRows = <T = Row>(sql: string, ...params: unknown[]) =>
  withTestDatabase((db) => db.all<T>(sql, ...params));

export const runStatement = (sql: string, ...params: unknown[]) => withTestDatabase((db) => db.run(sql, ...params));
