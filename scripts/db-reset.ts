// `npm run db:reset`: deletes the SQLite database and builds a new one from the migrations.
// Not `prisma migrate reset`: on SQLite, Prisma 6.19's WebAssembly schema engine empties the
// tables instead of dropping them, then fails to create them again (and the history triggers
// refuse to empty HistoryEntry). Deleting the file is what the native engine used to do.
import { rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { databaseLocation } from "../lib/data/database-location";
import { projectRoot, runCommand } from "./run-command.mjs";

/** The SQLite file DATABASE_URL names; on PostgreSQL, what to do instead. */
function sqliteFile(): string {
  const location = databaseLocation(process.env, projectRoot);
  if (location.provider === "postgresql") {
    throw new Error(
      "DATABASE_URL names a PostgreSQL database, and db:reset deletes an SQLite file. To start over on PostgreSQL, drop and create the database (dropdb, createdb), then run `npm run db:migrate`.",
    );
  }
  return location.file;
}

async function confirmed(shown: string): Promise<boolean> {
  if (process.argv.includes("--force")) return true;
  if (!process.stdin.isTTY) {
    console.error(`db:reset would delete ${shown}: run it with --force to confirm.`);
    return false;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`Delete ${shown} and every row in it? [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

async function main(): Promise<number> {
  const file = sqliteFile();
  const relative = path.relative(projectRoot, file);
  const shown = relative.startsWith("..") ? file : relative;
  if (!(await confirmed(shown))) return 1;
  // The write-ahead log and its index belong to the file: a new database must not inherit them.
  for (const suffix of ["", "-wal", "-shm", "-journal"]) await rm(file + suffix, { force: true });
  console.log(`Deleted ${shown}; applying the migrations to a new one.`);
  return runCommand("node", ["scripts/prisma.mjs", "migrate", "deploy"]);
}

// A failure is one line, what to do included, never a stack trace.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:reset: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exit(1);
  },
);
