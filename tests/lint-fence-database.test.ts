// The database fence of eslint.config.mjs, proved by linting a line of code as if it were in a
// file of the project: a wrong-way import must fail lint, a data file's must not.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const FENCE = "@typescript-eslint/no-restricted-imports";
const eslint = new ESLint({ cwd: fileURLToPath(new URL("..", import.meta.url)) });

/** The fence's complaints about `code` at `filePath` (nothing else: unused imports are fine here). */
async function fenceErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [] as unknown[];\n`, {
    filePath,
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === FENCE && m.severity === 2).map((m) => m.message);
}

describe("only lib/data imports the database", () => {
  it.each([
    ["components/x.tsx", 'import { PrismaClient } from "@/lib/generated/prisma/client";'],
    ["components/x.tsx", 'import type { Prisma } from "@/lib/generated/prisma/client";'],
    ["lib/public/x.ts", 'import { db } from "@/lib/data/db";'],
    ["lib/public/x.ts", 'import { db } from "../data/db";'],
    ["lib/public/x.ts", 'import { createDatabaseClient } from "@/lib/data/database-client";'],
    ["lib/public/open-data/x.ts", 'import { ClaimStatus } from "../../generated/prisma/enums";'],
    ["lib/webhooks/x.ts", 'import pg from "pg";'],
    ["lib/webhooks/x.test.ts", 'import { db } from "@/lib/data/db";'],
    ["app/x/page.tsx", 'import Database from "better-sqlite3";'],
    ["app/api/x/route.ts", 'import type { Prisma } from "@prisma/client";'],
    ["proxy.ts", 'import { PrismaPg } from "@prisma/adapter-pg";'],
    ["e2e/x.spec.ts", 'import { Client } from "pg";'],
    ["tests/x.test.ts", 'import { db } from "@/lib/data/db";'],
  ])("refuses %s importing %s", async (filePath, code) => {
    const errors = await fenceErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^'.+' import is restricted .*Only lib\/data may import the database/);
  });

  it.each([
    ["lib/data/x.ts", 'import { db } from "@/lib/data/db";'],
    ["lib/data/x.ts", 'import { db } from "./db";'],
    ["lib/data/x.ts", 'import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";'],
    ["lib/data/x.ts", 'import Database from "better-sqlite3";'],
    ["lib/data/x.ts", 'import pg from "pg";'],
    ["components/x.tsx", 'import { ClaimStatus } from "@/lib/data/enums";'],
    ["components/x.tsx", 'import type { SignInEvent } from "@/lib/data/audit";'],
    ["lib/public/x.ts", 'import { readEdition } from "@/lib/data/edition";'],
    ["prisma/seed/x.ts", 'import type { PrismaClient } from "@/lib/generated/prisma/client";'],
    ["scripts/x.ts", 'import { db } from "../lib/data/db";'],
    ["tests/database/x.ts", 'import pg from "pg";'],
    ["lib/webhooks/x.test.ts", 'import { db } from "@/tests/database/test-database";'],
    ["e2e/support/database.ts", 'import SqliteDatabase from "better-sqlite3";'],
  ])("lets %s import %s", async (filePath, code) => {
    expect(await fenceErrors(filePath, code)).toEqual([]);
  });
});
