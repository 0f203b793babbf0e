// Test fixture: a new SQLite database per test file, migrated like production. Never reads
// DATABASE_URL, so a test cannot touch the newsroom's own database.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdtemp, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabaseClient } from "./database-client";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const migrationsDir = path.join(projectRoot, "prisma", "migrations");
const runFile = promisify(execFile);

export interface TestDatabase {
  /** A client over the new file, with the app's pragmas. */
  db: PrismaClient;
  /** The absolute path of the database file. */
  file: string;
  /** Disconnects and deletes the file. */
  close(): Promise<void>;
}

/** Applies every checked-in migration to `file` through `npm run db:migrate`'s own command. */
export async function migrateDatabase(file: string): Promise<void> {
  try {
    await runFile(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`prisma migrate deploy failed for ${file}:\n${stderr}`, { cause: error });
  }
}

/** A fingerprint of the migrations folder: a changed or added migration gives a new one. */
async function migrationsFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const entries = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of entries) {
    hash.update(name).update("\0");
    hash.update(await readFile(path.join(migrationsDir, name, "migration.sql"))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A database file with every migration applied, made once per set of migrations and copied for
 * each test file: copying takes milliseconds, running the Prisma CLI about a second. It is
 * written under another name and renamed, so a worker never copies a half-migrated file.
 */
async function migratedTemplate(): Promise<string> {
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

/** A new, migrated, empty database in its own temporary folder. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claim-tracker-test-"));
  const file = path.join(dir, "test.db");
  await copyFile(await migratedTemplate(), file);
  const db = createDatabaseClient(file);
  return {
    db,
    file,
    async close() {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
