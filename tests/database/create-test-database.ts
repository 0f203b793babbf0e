// How a test database is made: migrated like production, copied from a template. SQLite by
// default (a file in a temporary folder); with TEST_DATABASE_URL=postgresql://... (npm run
// test:postgres), a new database on that PostgreSQL server, dropped on close. Never reads
// DATABASE_URL, so a test cannot touch the newsroom's own database. Tests do not call this:
// they use their file's database (./test-database.ts, README.md); the bench scripts do.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdtemp, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabaseClient, createPostgresClient } from "@/lib/data/database-client";
import { isPostgresUrl, postgresPoolConfig } from "@/lib/data/database-location";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const migrationsDir = path.join(projectRoot, "prisma", "migrations");
const postgresMigrationsDir = path.join(projectRoot, "prisma", "postgresql", "migrations");
const runFile = promisify(execFile);

export interface TestDatabase {
  /** A client over the new file, with the app's pragmas. */
  db: PrismaClient;
  /** The absolute path of the database file (SQLite); empty on PostgreSQL, which has none. */
  file: string;
  /** DATABASE_URL for a child process to open the same database: `file:...` or `postgresql://...`. */
  url: string;
  /** Disconnects and deletes the file or drops the database. */
  close(): Promise<void>;
}

/**
 * Applies every checked-in migration through `npm run db:migrate`'s own command: to the SQLite
 * file `target`, or to the PostgreSQL database a `postgresql://` URL names.
 */
export async function migrateDatabase(target: string): Promise<void> {
  const url = isPostgresUrl(target) ? target : `file:${target}`;
  try {
    await runFile(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`prisma migrate deploy failed for ${target}:\n${stderr}`, { cause: error });
  }
}

/** A fingerprint of a migrations folder: a changed or added migration gives a new one. */
async function migrationsFingerprint(dir = migrationsDir): Promise<string> {
  const hash = createHash("sha256");
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of entries) {
    hash.update(name).update("\0");
    hash.update(await readFile(path.join(dir, name, "migration.sql"))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * An SQLite file with every migration applied, made once per set of migrations and copied for
 * each test file (and by tests that need a migrated file to damage, on any run): copying takes milliseconds, running the Prisma CLI about a second. It is
 * written under another name and renamed, so a worker never copies a half-migrated file.
 */
export async function migratedTemplate(): Promise<string> {
  const fingerprint = await migrationsFingerprint();
  const template = path.join(os.tmpdir(), `claim-tracker-migrated-${fingerprint}.db`);
  const exists = await stat(template).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const partial = `${template}.${process.pid}.${Date.now()}.partial`;
    try {
      await migrateDatabase(partial);
      await rename(partial, template);
    } finally {
      await rm(partial, { force: true });
    }
  }
  return template;
}

/**
 * A new, migrated, empty database: on the PostgreSQL server of TEST_DATABASE_URL when it is set,
 * otherwise an SQLite file in its own temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    if (!isPostgresUrl(server)) throw new Error(`TEST_DATABASE_URL must be a postgresql:// URL, not "${server}".`);
    return createPostgresTestDatabase(server);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "claim-tracker-test-"));
  const file = path.join(dir, "test.db");
  await copyFile(await migratedTemplate(), file);
  const db = createDatabaseClient(file);
  return {
    db,
    file,
    url: `file:${file}`,
    async close() {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** `url` with another database name: the server and the credentials stay. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs `work` with one connection to the server's database named in `url`. */
async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(postgresPoolConfig(url));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Only one test file at a time makes the template: the others wait on this lock, then find it.
const TEMPLATE_LOCK = 0x0c1a;

/**
 * A database with every migration applied, made once per set of migrations, from which each
 * test file's database is copied (CREATE DATABASE ... TEMPLATE: a file copy on the server, far
 * quicker than running the Prisma CLI again).
 */
async function postgresTemplate(server: string): Promise<string> {
  const name = `claim_tracker_template_${await migrationsFingerprint(postgresMigrationsDir)}`;
  await onServer(server, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount) return;
      // Made under a scratch name and renamed once migrated: never a half-migrated template.
      const partial = `${name}_partial`;
      await client.query(`DROP DATABASE IF EXISTS "${partial}"`);
      await client.query(`CREATE DATABASE "${partial}"`);
      await migrateDatabase(withDatabase(server, partial));
      await client.query(`ALTER DATABASE "${partial}" RENAME TO "${name}"`);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    }
  });
  return name;
}

async function createPostgresTestDatabase(server: string): Promise<TestDatabase> {
  const template = await postgresTemplate(server);
  const name = `claim_tracker_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  // Copies of one template are made one at a time: PostgreSQL refuses to copy a database
  // another session is connected to, and a copy under way counts as one.
  await onServer(server, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    }
  });
  const url = withDatabase(server, name);
  const db = createPostgresClient(url);
  return {
    db,
    file: "",
    url,
    async close() {
      await db.$disconnect();
      await onServer(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
