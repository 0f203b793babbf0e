import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const runFile = promisify(execFile);
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "claim-tracker-migrations-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("the checked-in migrations", () => {
  // A change to schema.prisma without its migration would pass every test against a client
  // generated from the schema, then fail on the first real database.
  it("build exactly the tables of prisma/schema.prisma", { timeout: 60_000 }, async () => {
    const diff = runFile(
      process.execPath,
      [
        "scripts/prisma.mjs",
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
        "--exit-code",
      ],
      // The CLI opens the configured database even for a diff: give it a scratch file.
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: `file:${scratch}/unused.db` } },
    );
    // Exit code 2 means the two differ; stdout then holds the missing migration.
    const outcome = await diff.then(
      () => ({ code: 0, missing: "" }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code,
        missing: `${error.stdout ?? ""}${error.stderr ?? ""}`,
      }),
    );
    expect(outcome.code, `prisma migrate diff:\n${outcome.missing}`).toBe(0);
  });
});
