// One data model, two providers (docs/decisions/008-postgresql.md): the PostgreSQL schema is the
// SQLite one with another provider, its migrations build exactly that schema, and what SQLite
// does with triggers (append-only history) PostgreSQL does too. The checks that need a server use
// TEST_DATABASE_URL, or the local one of `npm run db:postgres`; without any they are skipped with
// a message, except under `npm run test:postgres` (TEST_POSTGRES_REQUIRED=1), where they fail.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testDatabase as database } from "@/tests/database/test-database";
import { rewriteHistoryEntry } from "@/tests/database/test-rows";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "../../scripts/postgres-schema.mjs";
import { localPostgresUrl } from "../../scripts/postgres-local.mjs";
import { postgresArguments } from "./database-client";
import { postgresPoolConfig } from "./database-location";
import { tsQueryOf } from "./public-search";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const runFile = promisify(execFile);

/** Each model's and enum's lines that say something (fields, values, @@index...), comments dropped. */
function blocks(schema: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, kind, name, body = ""] of schema.matchAll(/^(model|enum)\s+(\w+)\s*\{([^}]*)\}/gm)) {
    const lines = body
      .split("\n")
      .map((line) =>
        line
          .replace(/\/\/.*$/, "")
          .trim()
          .replace(/\s+/g, " "),
      )
      .filter(Boolean);
    found.set(`${kind} ${name}`, lines);
  }
  return found;
}

describe("the PostgreSQL schema", () => {
  it("is the one scripts/postgres-schema.mjs makes from prisma/schema.prisma: running it again changes nothing", async () => {
    const generated = postgresSchema(await readFile(SQLITE_SCHEMA, "utf8"));
    expect(await readFile(POSTGRES_SCHEMA, "utf8")).toBe(generated);
  });

  it("has every model, field, index and enum value of the SQLite schema, and nothing else", async () => {
    const sqlite = blocks(await readFile(SQLITE_SCHEMA, "utf8"));
    const postgres = blocks(await readFile(POSTGRES_SCHEMA, "utf8"));
    expect(sqlite.size).toBeGreaterThan(20);
    expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
    for (const [name, lines] of sqlite) expect(postgres.get(name), name).toEqual(lines);
  });

  it("names PostgreSQL and its own client, and refuses a SQLite schema of another shape", async () => {
    const schema = await readFile(POSTGRES_SCHEMA, "utf8");
    expect(schema).toMatch(/provider = "postgresql"/);
    expect(schema).toMatch(/output\s+= "\.\.\/\.\.\/lib\/generated\/prisma-pg"/);
    expect(() => postgresSchema('datasource db { provider = "mysql" }')).toThrow(/expected one/);
  });
});

describe("the public search's words on PostgreSQL", () => {
  it("become a tsquery of every word, the last one as a prefix", () => {
    expect(tsQueryOf('{title body} : ("turkish" "soldi"*)')).toBe("'turkish' & 'soldi':*");
    expect(tsQueryOf('{title body} : ("armée"*)')).toBe("'armée':*");
  });
});

describe("a query's arguments on PostgreSQL", () => {
  it("search text ignoring case, as SQLite's LIKE does, and keep equality exact", () => {
    expect(postgresArguments({ where: { label: { contains: "turkey" }, id: { equals: "Ab" } } })).toEqual({
      where: { label: { contains: "turkey", mode: "insensitive" }, id: { equals: "Ab" } },
    });
  });

  it("drop the character U+0000, which PostgreSQL's text cannot hold, from values written and searched", () => {
    const at = new Date("2020-02-27T22:00:00Z");
    expect(
      postgresArguments({
        data: { title: "Idlib\u0000 strikes", tags: ["a\u0000b"], date: at, version: 1 },
      }),
    ).toEqual({
      data: { title: "Idlib strikes", tags: ["ab"], date: at, version: 1 },
    });
    expect(postgresArguments({ where: { AND: [{ key: { contains: "\u0000x" } }] } })).toEqual({
      where: { AND: [{ key: { contains: "x", mode: "insensitive" } }] },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Against a server

const serverUrl: string = process.env.TEST_DATABASE_URL || localPostgresUrl();
const required = process.env.TEST_POSTGRES_REQUIRED === "1";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ ...postgresPoolConfig(url), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const serverUp = await reachable(serverUrl);
if (!serverUp && required)
  throw new Error(
    `No PostgreSQL answers at ${serverUrl.replace(/:[^:@/]*@/, ":***@")}: npm run test:postgres needs one.`,
  );
if (!serverUp) {
  console.warn(
    `SKIPPED the PostgreSQL checks: no server at ${serverUrl.replace(/:[^:@/]*@/, ":***@")} (start one with \`npm run db:postgres -- start\`, or run \`npm run test:postgres\`).`,
  );
}

describe.skipIf(!serverUp)("the PostgreSQL migrations", () => {
  // A change to the schema without its PostgreSQL migration would pass every test on SQLite,
  // then fail on the first PostgreSQL database.
  it("build exactly the tables of prisma/postgresql/schema.prisma", { timeout: 120_000 }, async () => {
    const diff = await runFile(
      process.execPath,
      [
        "scripts/prisma.mjs",
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/postgresql/migrations",
        "--to-schema-datamodel",
        "prisma/postgresql/schema.prisma",
        "--script",
        "--exit-code",
      ],
      // Migrate replays the migrations on a scratch database it creates on this server.
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: serverUrl } },
    ).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
    expect(diff.stdout).toMatch(/empty migration/);
    expect("code" in diff ? diff.code : 0, `${diff.stdout}\n${diff.stderr}`).toBe(0);
  });
});

describe.skipIf(!serverUp || !process.env.TEST_DATABASE_URL)("the history on PostgreSQL", () => {
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => "no refusal",
      (error: Error) => error.message,
    );

  it("cannot be rewritten, deleted or emptied, as on SQLite", async () => {
    const entry = await database.db.historyEntry.create({
      data: { entityType: "story", entityId: "s1", action: "create" },
    });
    expect(await refusal(rewriteHistoryEntry(entry.id))).toMatch(/append-only/);
    expect(await refusal(database.db.historyEntry.deleteMany({}))).toMatch(/append-only/);
    expect(await refusal(database.db.$executeRawUnsafe(`TRUNCATE "HistoryEntry"`))).toMatch(/append-only/);
    expect(await refusal(database.db.$executeRawUnsafe(`DELETE FROM "SecurityEvent"`))).toBe("no refusal"); // no rows: nothing to refuse
    await database.db.securityEvent.create({ data: { kind: "sign_in" } });
    expect(await refusal(database.db.$executeRawUnsafe(`UPDATE "SecurityEvent" SET "kind" = 'x'`))).toMatch(
      /append-only/,
    );
    expect(await database.db.historyEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      action: "create",
      reason: null,
    });
  });
});

describe.skipIf(!serverUp || !process.env.TEST_DATABASE_URL)("transactions on PostgreSQL", () => {
  it(
    "take turns as on SQLite: a count read then written in one transaction loses no increment",
    { timeout: 30_000 },
    async () => {
      const key = `account:race-${Math.random().toString(36).slice(2)}`;
      await database.db.signInThrottle.create({ data: { key, failures: 0 } });
      await Promise.all(
        Array.from({ length: 12 }, () =>
          database.db.$transaction(async (tx) => {
            const row = await tx.signInThrottle.findUniqueOrThrow({ where: { key } });
            // Time for every other transaction to read the same count, were they allowed to.
            await new Promise((resolve) => setTimeout(resolve, 20));
            await tx.signInThrottle.update({
              where: { key },
              data: { failures: row.failures + 1 },
            });
          }),
        ),
      );
      expect((await database.db.signInThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(12);
    },
  );
});
