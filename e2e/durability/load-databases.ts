// The database under the load test (e2e/durability/load.spec.ts), with what differs between the
// two: where the data is, how many app servers share it, the backup the second process takes
// while the newsroom writes and how it is restored, and what "sound" means for the database itself.
//   - SQLite: a copy of the run's file, one server (SQLite is one machine's database),
//     `npm run db:backup` under load, `npm run db:restore`, PRAGMA integrity_check;
//   - PostgreSQL: the run's database, two servers on it (several servers behind a load
//     balancer, docs/deploy.md), `pg_dump` under load, `pg_restore` into a new database, and no
//     transaction left open: nobody holds the write lock (lib/data/database-client.ts) once the
//     load is over.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { Client } from "pg";
import { newTag } from "../security/support";
import { runDatabaseKind, withTestDatabase, type DatabaseLocation } from "../support/database";
import { copyOfRunDatabase, databaseUrlOf, RESULTS, ROOT, runProgram, runScript, type CommandResult } from "./support";

export interface LoadDatabase {
  /** "SQLite" or "PostgreSQL", for the report. */
  name: string;
  location: DatabaseLocation;
  /** How many app servers the load is spread over. */
  servers: number;
  /** The backup the second process takes while the newsroom writes: the documented command. */
  backup(): Promise<CommandResult & { file: string | null }>;
  /** A new database from a backup: where it is. */
  restore(backupFile: string): Promise<DatabaseLocation>;
  /** What must hold of the database itself after the load (or of a restored one). */
  expectSound(location: DatabaseLocation): Promise<void>;
  /** Removes what restore() made. */
  dispose(): Promise<void>;
}

/** The run's kind of database, ready for the load. */
export function loadDatabase(): Promise<LoadDatabase> {
  return runDatabaseKind() === "postgresql"
    ? postgresLoadDatabase(process.env.E2E_DATABASE_URL as string)
    : sqliteLoadDatabase();
}

async function sqliteLoadDatabase(): Promise<LoadDatabase> {
  const file = await copyOfRunDatabase("load");
  const backups = path.join(path.dirname(file), `backups-${newTag()}`);
  return {
    name: "SQLite",
    location: { file },
    servers: 1,
    async backup() {
      const result = await runScript(["db:backup", "--", "--to", backups], {
        DATABASE_URL: databaseUrlOf(file),
      });
      // db:backup names the file relative to the project's folder.
      const written = /to (\S+\.db)/.exec(result.output)?.[1];
      return { ...result, file: written ? path.resolve(ROOT, written) : null };
    },
    async restore(backupFile) {
      const restored = path.join(path.dirname(file), `restored-${newTag()}.db`);
      const result = await runScript(["db:restore", "--", backupFile, "--force"], {
        DATABASE_URL: databaseUrlOf(restored),
      });
      expect(result.code, result.output).toBe(0);
      return { file: restored };
    },
    async expectSound(location) {
      expect(await withTestDatabase((db) => db.all("PRAGMA integrity_check"), { location })).toEqual([
        { integrity_check: "ok" },
      ]);
    },
    async dispose() {},
  };
}

/** `url` with another database name, on the same server with the same credentials. */
function withDatabaseName(url: string, name: string): string {
  const other = new URL(url);
  other.pathname = `/${name}`;
  return other.toString();
}

/** Runs one statement on the server's maintenance database (one cannot create or drop the database one is in). */
async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function postgresLoadDatabase(url: string): Promise<LoadDatabase> {
  // The server's own tools (npm run test:postgres says where they are), else those on the PATH.
  const tool = (name: string) => (process.env.POSTGRES_BIN ? path.join(process.env.POSTGRES_BIN, name) : name);
  const restoredNames: string[] = [];
  mkdirSync(RESULTS, { recursive: true });
  return {
    name: "PostgreSQL",
    location: { url },
    servers: 2,
    async backup() {
      // As docs/deploy.md says to back up: a consistent snapshot while the servers keep writing.
      const file = path.join(RESULTS, `load-${newTag()}.dump`);
      const result = await runProgram(tool("pg_dump"), ["--format=custom", `--file=${file}`, url]);
      return { ...result, file: result.code === 0 ? file : null };
    },
    async restore(backupFile) {
      const name = `${new URL(url).pathname.slice(1)}_restored_${newTag()}`;
      await onServer(url, `CREATE DATABASE "${name}"`);
      restoredNames.push(name);
      const restored = withDatabaseName(url, name);
      const result = await runProgram(tool("pg_restore"), ["--no-owner", `--dbname=${restored}`, backupFile]);
      expect(result.code, result.output).toBe(0);
      return { url: restored };
    },
    async expectSound(location) {
      // Polled: the servers' own background work (the webhook worker's lease) may hold the lock
      // for an instant; a transaction the load left open would hold it for good.
      const open = () =>
        withTestDatabase(
          (db) =>
            db.get<{ idle: number; locks: number }>(
              `SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%') AS "idle",
                      (SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory') AS "locks"`,
            ),
          { location },
        );
      await expect
        .poll(open, { message: "transactions left open, write locks still held", timeout: 10_000 })
        .toEqual({ idle: 0, locks: 0 });
    },
    async dispose() {
      for (const name of restoredNames) await onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
