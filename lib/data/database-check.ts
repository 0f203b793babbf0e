// A bad DATABASE_URL refused at start, in one line that says what is wrong and what to do,
// rather than a server whose every page is a 500 with the cause only in its log. `npm start`
// runs it before the migrations (scripts/check-database.ts), the server before it serves
// anything (instrumentation.ts).
// No "server-only" here: the tsx scripts load this file outside Next, where that import throws.
import { constants } from "node:fs";
import { access, open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { databaseLocation, postgresPoolConfig } from "./database-location";

export type DatabaseCheck = { ok: true } | { ok: false; problem: string };

export interface DatabaseCheckOptions {
  /**
   * Refuse a database missing a checked-in migration, or not there at all: the server does.
   * `npm start` does not, since it migrates (and so creates) the database itself right after.
   */
  requireMigrated: boolean;
  /** The project's folder, where prisma/ is (default: the working directory, as for DATABASE_URL). */
  root?: string;
}

/** The first 16 bytes of every SQLite database file (sqlite.org/fileformat.html). */
const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");
const MIGRATE = "npm run db:migrate";
// Long enough for a server that is slow to answer, short enough that a start does not hang.
const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;

/**
 * Whether DATABASE_URL names a database this process can serve: `{ ok: true }`, or the one line
 * (starting with "DATABASE_URL") to print before refusing to start. It never creates or changes
 * the database, and closes every connection it opens before it answers.
 */
export async function checkDatabase(
  env: NodeJS.ProcessEnv = process.env,
  options: DatabaseCheckOptions,
): Promise<DatabaseCheck> {
  const root = options.root ?? process.cwd();
  let location: ReturnType<typeof databaseLocation>;
  try {
    location = databaseLocation(env, root);
  } catch (error) {
    // databaseLocation's own message names DATABASE_URL and the two forms it may take.
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const problem =
    location.provider === "sqlite"
      ? await sqliteProblem(location.file, path.join(root, "prisma", "migrations"), options.requireMigrated)
      : await postgresProblem(
          location.url,
          path.join(root, "prisma", "postgresql", "migrations"),
          options.requireMigrated,
        );
  return problem === null ? { ok: true } : { ok: false, problem };
}

// ---------------------------------------------------------------------------------------------
// Migrations, alike on both providers

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** The checked-in migrations: one folder each, named so they sort in the order they apply. */
async function checkedInMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

const missingCount = (n: number) => (n === 1 ? "1 migration is missing" : `${n} migrations are missing`);

/**
 * What `_prisma_migrations` says against the checked-in folders in `migrationsDir` (`rows` null:
 * no such table). A migration that failed part-way is refused even before migrating:
 * `migrate deploy` will not go on until someone has looked at it.
 */
async function migrationProblem(
  subject: string,
  migrationsDir: string,
  rows: MigrationRow[] | null,
  requireMigrated: boolean,
): Promise<string | null> {
  const failed = (rows ?? []).find((row) => row.finished_at == null && row.rolled_back_at == null);
  if (failed) {
    const name = failed.migration_name;
    return `${subject}, where the migration ${name} failed part-way: see npm run db:status, undo what it changed, then run npm run prisma -- migrate resolve --rolled-back ${name} and ${MIGRATE}.`;
  }
  if (!requireMigrated) return null;
  const applied = new Set(
    (rows ?? [])
      .filter((row) => row.finished_at != null && row.rolled_back_at == null)
      .map((row) => row.migration_name),
  );
  const missing = (await checkedInMigrations(migrationsDir)).filter((name) => !applied.has(name));
  return missing.length === 0
    ? null
    : `${subject}, which has not been migrated: run ${MIGRATE} (${missingCount(missing.length)}).`;
}

// ---------------------------------------------------------------------------------------------
// SQLite

const errorCode = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

async function canWrite(file: string, mode = constants.W_OK): Promise<boolean> {
  return access(file, mode).then(
    () => true,
    () => false,
  );
}

async function firstBytes(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function sqliteProblem(file: string, migrationsDir: string, requireMigrated: boolean): Promise<string | null> {
  const subject = `DATABASE_URL names ${file}`;
  const folder = path.dirname(file);
  const mustWrite = "the app must be able to write it and its folder";

  const found = await stat(file).catch((error: unknown) => errorCode(error) ?? "EIO");
  if (typeof found === "string") {
    if (found === "EACCES") return `${subject}, which this process may not read (permission denied); ${mustWrite}.`;
    const parent = await stat(folder).catch(() => null);
    if (!parent) return `${subject}, whose folder ${folder} does not exist: create it or correct the path.`;
    if (!parent.isDirectory()) return `${subject}, whose folder ${folder} is not a folder: correct the path.`;
    if (found !== "ENOENT") return `${subject}, which cannot be read (${found}).`;
    // SQLite creates the file, then its -wal and -shm files beside it.
    if (!(await canWrite(folder, constants.W_OK | constants.X_OK))) {
      return `${subject}, whose folder ${folder} this process may not write; the app must be able to create the database there.`;
    }
    if (!requireMigrated) return null; // `npm start` creates it by migrating
    return `${subject}, which does not exist: run ${MIGRATE} to create it (${missingCount((await checkedInMigrations(migrationsDir)).length)}).`;
  }
  if (found.isDirectory()) return `${subject}, which is a directory, not an SQLite database file.`;
  if (!found.isFile()) return `${subject}, which is not a regular file, so not an SQLite database file.`;

  // An empty file is an empty database to SQLite (the migrations fill it); anything else must
  // begin with the header, or SQLite would fail on the first page a reader asks for.
  if (found.size > 0) {
    const header = await firstBytes(file, SQLITE_HEADER.length).catch((error: unknown) => errorCode(error) ?? "EIO");
    if (header === "EACCES") return `${subject}, which this process may not read (permission denied); ${mustWrite}.`;
    if (typeof header === "string") return `${subject}, which cannot be read (${header}).`;
    if (!header.equals(SQLITE_HEADER))
      return `${subject}, which is not an SQLite database (its first bytes are not "SQLite format 3").`;
  }

  // access() says yes to anything when run as root, so a file with no write bit at all
  // (chmod 444: someone meant it read-only) is refused on its mode too.
  if ((found.mode & 0o222) === 0 || !(await canWrite(file))) {
    return `${subject}, which this process may not write (read-only file); ${mustWrite}.`;
  }
  // SQLite writes its -wal and -shm files beside the database.
  if (!(await canWrite(folder, constants.W_OK | constants.X_OK))) {
    return `${subject}, which this process may not write (read-only folder ${folder}); ${mustWrite}.`;
  }

  const writeProblem = sqliteWriteProblem(file, subject, mustWrite);
  if (writeProblem) return writeProblem;

  let rows: MigrationRow[] | null;
  try {
    rows = readSqliteMigrations(file);
  } catch (error) {
    return sqliteErrorProblem(error, subject, mustWrite);
  }
  return migrationProblem(subject, migrationsDir, rows, requireMigrated);
}

/**
 * Takes SQLite's write lock and lets it go, changing nothing: the proof that writes will work
 * where the permissions looked right (a read-only mount, a file locked by a dead NFS client...).
 */
function sqliteWriteProblem(file: string, subject: string, mustWrite: string): string | null {
  let connection: SqliteDatabase.Database | undefined;
  try {
    connection = new SqliteDatabase(file, { fileMustExist: true, timeout: 2_000 });
    connection.exec("BEGIN IMMEDIATE; ROLLBACK");
    return null;
  } catch (error) {
    // Another process holding the write lock is writing to it: the file is writable.
    if (errorCode(error) === "SQLITE_BUSY") return null;
    return sqliteErrorProblem(error, subject, mustWrite);
  } finally {
    connection?.close();
  }
}

/** The rows of `_prisma_migrations`, or null when the table is not there; read-only, so nothing changes. */
function readSqliteMigrations(file: string): MigrationRow[] | null {
  const connection = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const table = connection
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return null;
    return connection
      .prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations")
      .all() as MigrationRow[];
  } finally {
    connection.close();
  }
}

function sqliteErrorProblem(error: unknown, subject: string, mustWrite: string): string {
  const code = errorCode(error) ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith("SQLITE_READONLY"))
    return `${subject}, which this process may not write (SQLite opens it read-only); ${mustWrite}.`;
  if (code.startsWith("SQLITE_CANTOPEN")) return `${subject}, which SQLite cannot open (${code}); ${mustWrite}.`;
  if (code === "SQLITE_NOTADB") return `${subject}, which is not an SQLite database (SQLite says: ${message}).`;
  if (code.startsWith("SQLITE_CORRUPT"))
    return `${subject}, which SQLite finds damaged (${message}): restore a backup with npm run db:restore.`;
  return `${subject}, which SQLite cannot use (${code || "error"}: ${message}).`;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

// A password of a letter or two would be "found" in any message and blank words out of it.
const MIN_HIDDEN_PASSWORD = 4;

/** `text` with the password, should the server or the driver ever repeat it, blanked out. */
function hidePassword(text: string, password: string | undefined): string {
  return password && password.length >= MIN_HIDDEN_PASSWORD ? text.split(password).join("***") : text;
}

/** Why the connection failed, in one line; never the password, which the URL may hold. */
function connectionProblem(
  error: unknown,
  user: string,
  database: string,
  server: string,
  password: string | undefined,
): string {
  // Node reports a failed connection to every address of a name (localhost) as an AggregateError.
  const first = (error as { errors?: unknown[] } | null)?.errors?.[0];
  const code = errorCode(error) ?? errorCode(first);
  const message = error instanceof Error ? error.message : String(error);
  const unreachable: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ENOTFOUND: "no such host",
    EAI_AGAIN: "its name could not be looked up",
    EHOSTUNREACH: "no route to the host",
    ENETUNREACH: "no route to the host",
    ETIMEDOUT: "no answer",
    ECONNRESET: "the connection was closed",
  };
  const cannotReach = `DATABASE_URL: cannot reach the PostgreSQL server at ${server}`;
  if (code && unreachable[code]) return `${cannotReach} (${unreachable[code]}).`;
  if (/timeout/i.test(message)) return `${cannotReach} (no answer within ${POSTGRES_CONNECT_TIMEOUT_MS / 1000} s).`;
  if (/terminated unexpectedly/i.test(message))
    return `${cannotReach} (the connection was closed before the server answered).`;
  if (code === "28P01" || code === "28000")
    return `DATABASE_URL: PostgreSQL refused the user "${user}" (wrong password or no such role).`;
  if (code === "3D000")
    return `DATABASE_URL names the PostgreSQL database "${database}", which does not exist on ${server}: create it (createdb ${database}), then run ${MIGRATE}.`;
  // node-postgres' own words when the server asks for a password and the URL gives none.
  if (/password must be a string/.test(message))
    return `DATABASE_URL: PostgreSQL at ${server} asks the user "${user}" for a password, and the URL has none.`;
  return `DATABASE_URL: could not connect to the PostgreSQL server at ${server} (${code ? `${code}: ` : ""}${hidePassword(message, password)}).`;
}

async function postgresProblem(url: string, migrationsDir: string, requireMigrated: boolean): Promise<string | null> {
  const settings = postgresPoolConfig(url);
  const server = `${settings.host || "localhost"}:${settings.port || 5432}`;
  const user = settings.user ?? "";
  const database = settings.database || user;
  const password = typeof settings.password === "string" ? settings.password : undefined;
  const client = new pg.Client({
    ...settings,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
  });
  // A connection that breaks later says so here rather than as an unhandled 'error' event.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    // Ends the socket of a failed connection too, so a refusal leaves nothing open.
    await client.end().catch(() => undefined);
    return connectionProblem(error, user, database, server, password);
  }
  const subject = `DATABASE_URL names the PostgreSQL database "${database}" on ${server}`;
  let rows: MigrationRow[] | null;
  try {
    // The table in the schema the app's queries find first, as Prisma's are found.
    const table = await client.query<{ name: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS name");
    rows = table.rows[0]?.name
      ? (await client.query<MigrationRow>("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations"))
          .rows
      : null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `${subject}, which this user cannot read (${hidePassword(message, password)}).`;
  } finally {
    await client.end().catch(() => undefined);
  }
  return migrationProblem(subject, migrationsDir, rows, requireMigrated);
}
