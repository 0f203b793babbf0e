// A server on a database it cannot use refuses to start, in one line that names DATABASE_URL,
// says what is wrong and what to do: every way an SQLite file can be wrong, and (with
// TEST_DATABASE_URL=postgresql://...) every way a PostgreSQL server can refuse.
import { createHash } from "node:crypto";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedTemplate } from "@/tests/database/create-test-database";
import { testDatabase } from "@/tests/database/test-database";
import { checkDatabase, type DatabaseCheck } from "./database-check";
import { isPostgresUrl, postgresPoolConfig } from "./database-location";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const required = { requireMigrated: true };
const beforeMigrating = { requireMigrated: false };

async function migrationNames(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const check = (url: string, options = required) => checkDatabase({ ...process.env, DATABASE_URL: url }, options);

/** The refusal a person reads: one line, naming DATABASE_URL. */
function problemOf(result: DatabaseCheck): string {
  if (result.ok) throw new Error("the check passed where it should have refused");
  expect(result.problem).toMatch(/^DATABASE_URL/);
  expect(result.problem).not.toContain("\n");
  return result.problem;
}

let scratch: string;
/** A migrated SQLite file, copied by each test that needs one. */
let migrated: string;
let sqliteMigrations: string[];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "claim-tracker-database-check-"));
  sqliteMigrations = await migrationNames(path.join(projectRoot, "prisma", "migrations"));
  migrated = path.join(scratch, "migrated.db");
  // The template the test databases are copied from: an SQLite file even on a PostgreSQL run.
  await copyFile(await migratedTemplate(), migrated);
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let copies = 0;
async function copyOfMigrated(change?: (db: SqliteDatabase.Database) => void): Promise<string> {
  const file = path.join(scratch, `copy-${++copies}.db`);
  await copyFile(migrated, file);
  if (change) {
    const db = new SqliteDatabase(file);
    try {
      change(db);
    } finally {
      db.close();
    }
  }
  return file;
}

const fingerprint = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

describe("an SQLite DATABASE_URL", () => {
  it("passes when it names a migrated database, quickly, and the file is left as it was", async () => {
    const file = await copyOfMigrated();
    const before = await fingerprint(file);
    expect(await check(`file:${file}`)).toEqual({ ok: true });
    // It runs at every start: the best of three under 200 ms, so a busy machine does not fail it.
    const timings: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await check(`file:${file}`);
      timings.push(performance.now() - started);
    }
    expect(Math.min(...timings)).toBeLessThan(200);
    expect(await fingerprint(file)).toBe(before);
    expect((await readdir(scratch)).filter((name) => name.startsWith(path.basename(file)))).toEqual([
      path.basename(file),
    ]);
  });

  it("is refused when it names a directory", async () => {
    const dir = path.join(scratch, "a-folder");
    await mkdir(dir);
    for (const options of [required, beforeMigrating]) {
      expect(problemOf(await check(`file:${dir}`, options))).toBe(
        `DATABASE_URL names ${dir}, which is a directory, not an SQLite database file.`,
      );
    }
  });

  it("is refused when it names a file that is not an SQLite database", async () => {
    const file = path.join(scratch, "notes.db");
    await writeFile(file, "These are not the claims you are looking for.\n");
    for (const options of [required, beforeMigrating]) {
      expect(problemOf(await check(`file:${file}`, options))).toBe(
        `DATABASE_URL names ${file}, which is not an SQLite database (its first bytes are not "SQLite format 3").`,
      );
    }
  });

  it("is refused when the file is read-only, even to root", async () => {
    const file = await copyOfMigrated();
    await chmod(file, 0o444);
    for (const options of [required, beforeMigrating]) {
      expect(problemOf(await check(`file:${file}`, options))).toBe(
        `DATABASE_URL names ${file}, which this process may not write (read-only file); the app must be able to write it and its folder.`,
      );
    }
  });

  it("is refused when its folder does not exist, and nothing is created", async () => {
    const folder = path.join(scratch, "no-such-folder");
    const file = path.join(folder, "claims.db");
    for (const options of [required, beforeMigrating]) {
      expect(problemOf(await check(`file:${file}`, options))).toBe(
        `DATABASE_URL names ${file}, whose folder ${folder} does not exist: create it or correct the path.`,
      );
    }
    await expect(stat(folder)).rejects.toThrow(/ENOENT/);
  });

  it("is refused by the server when the file does not exist yet, and passes before `npm start` migrates it", async () => {
    const file = path.join(scratch, "not-yet.db");
    expect(problemOf(await check(`file:${file}`))).toBe(
      `DATABASE_URL names ${file}, which does not exist: run npm run db:migrate to create it (${sqliteMigrations.length} migrations are missing).`,
    );
    expect(await check(`file:${file}`, beforeMigrating)).toEqual({ ok: true });
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
  });

  it("is refused by the server when the database was never migrated: an empty file, or SQLite with other tables", async () => {
    const empty = path.join(scratch, "empty.db");
    await writeFile(empty, "");
    const other = path.join(scratch, "other.db");
    const db = new SqliteDatabase(other);
    db.exec("CREATE TABLE notes (body TEXT)");
    db.close();
    for (const file of [empty, other]) {
      expect(problemOf(await check(`file:${file}`))).toBe(
        `DATABASE_URL names ${file}, which has not been migrated: run npm run db:migrate (${sqliteMigrations.length} migrations are missing).`,
      );
      // `npm start` migrates it next.
      expect(await check(`file:${file}`, beforeMigrating)).toEqual({ ok: true });
    }
    expect((await stat(empty)).size).toBe(0);
  });

  it("is refused by the server when the last migration was not applied", async () => {
    const last = sqliteMigrations.at(-1) as string;
    const file = await copyOfMigrated((db) =>
      db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(last),
    );
    expect(problemOf(await check(`file:${file}`))).toBe(
      `DATABASE_URL names ${file}, which has not been migrated: run npm run db:migrate (1 migration is missing).`,
    );
    expect(await check(`file:${file}`, beforeMigrating)).toEqual({ ok: true });
  });

  it("counts a rolled-back migration as missing", async () => {
    const last = sqliteMigrations.at(-1) as string;
    const file = await copyOfMigrated((db) =>
      db
        .prepare(
          "UPDATE _prisma_migrations SET finished_at = NULL, rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ?",
        )
        .run(last),
    );
    expect(problemOf(await check(`file:${file}`))).toMatch(
      /which has not been migrated: run npm run db:migrate \(1 migration is missing\)\.$/,
    );
  });

  it("is refused, before migrating too, when a migration failed part-way", async () => {
    const last = sqliteMigrations.at(-1) as string;
    const file = await copyOfMigrated((db) =>
      db.prepare("UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ?").run(last),
    );
    const problem = `DATABASE_URL names ${file}, where the migration ${last} failed part-way: see npm run db:status, undo what it changed, then run npm run prisma -- migrate resolve --rolled-back ${last} and npm run db:migrate.`;
    expect(problemOf(await check(`file:${file}`))).toBe(problem);
    expect(problemOf(await check(`file:${file}`, beforeMigrating))).toBe(problem);
  });

  it("is read from prisma/ under the project's folder when relative, as Prisma reads it", async () => {
    const root = path.join(scratch, "project");
    await mkdir(path.join(root, "prisma", "claims.db"), { recursive: true });
    expect(
      problemOf(
        await checkDatabase({ ...process.env, DATABASE_URL: "file:./claims.db" }, { requireMigrated: false, root }),
      ),
    ).toBe(
      `DATABASE_URL names ${path.join(root, "prisma", "claims.db")}, which is a directory, not an SQLite database file.`,
    );
  });

  it("is refused when it is not a database URL at all", async () => {
    expect(problemOf(await check("mysql://user:secret@db.example/claims"))).toMatch(
      /^DATABASE_URL must be an SQLite file URL/,
    );
  });
});

describe("a PostgreSQL DATABASE_URL", () => {
  it("is refused when nothing listens at its address", async () => {
    expect(problemOf(await check("postgresql://claims:secret-password@127.0.0.1:1/claims"))).toBe(
      "DATABASE_URL: cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused).",
    );
  });
});

const serverUrl = process.env.TEST_DATABASE_URL ?? "";

describe.skipIf(!isPostgresUrl(serverUrl))("a PostgreSQL DATABASE_URL, against TEST_DATABASE_URL's server", () => {
  const postgresMigrations = () => migrationNames(path.join(projectRoot, "prisma", "postgresql", "migrations"));
  const withDatabase = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };

  it("passes when it names a migrated database", async () => {
    expect(await check(testDatabase.url)).toEqual({ ok: true });
  }, 120_000);

  it("is refused when the password is wrong, and never says the password", async () => {
    const url = new URL(serverUrl);
    const { user } = postgresPoolConfig(serverUrl);
    url.password = "not-the-password";
    const problem = problemOf(await check(url.toString()));
    expect(problem).toBe(`DATABASE_URL: PostgreSQL refused the user "${user}" (wrong password or no such role).`);
    expect(problem).not.toContain("not-the-password");
  });

  it("is refused when the database does not exist", async () => {
    const name = `claim_tracker_absent_${process.pid}`;
    const { host, port } = postgresPoolConfig(serverUrl);
    for (const options of [required, beforeMigrating]) {
      expect(problemOf(await check(withDatabase(name), options))).toBe(
        `DATABASE_URL names the PostgreSQL database "${name}", which does not exist on ${host}:${port ?? 5432}: create it (createdb ${name}), then run npm run db:migrate.`,
      );
    }
  });

  it("is refused by the server when the database was never migrated", async () => {
    const name = `claim_tracker_unmigrated_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const { host, port } = postgresPoolConfig(serverUrl);
    const admin = new pg.Client(postgresPoolConfig(serverUrl));
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      expect(problemOf(await check(withDatabase(name)))).toBe(
        `DATABASE_URL names the PostgreSQL database "${name}" on ${host}:${port ?? 5432}, which has not been migrated: run npm run db:migrate (${(await postgresMigrations()).length} migrations are missing).`,
      );
      expect(await check(withDatabase(name), beforeMigrating)).toEqual({ ok: true });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
