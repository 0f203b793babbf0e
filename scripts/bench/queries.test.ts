import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/lib/data/database-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase as template } from "@/tests/database/test-database";
import { BENCH_FLOOR_QUERIES, BENCH_QUERIES } from "./bench-queries";
import { planDataset } from "./dataset";
import { timeQueries } from "./queries";
import { removeDatabase, seedDatabase } from "./seed-database";

// The seeded database read by the app's own client, and the raw queries checked against Prisma:
// the bench's comparison is only fair if both sides answer the same rows.
describe("a seeded bench database", () => {
  const data = planDataset(1_000);
  let file: string;
  let db: PrismaClient;
  let sqlite: Database.Database;
  const story = data.stories[5]!;
  const args = {
    slug: story.slug,
    claimId: data.claims.find((c) => c.status === "published")!.id,
    editorId: data.editorId,
  };

  beforeAll(async () => {
    await template.db.$disconnect();
    file = path.join(path.dirname(template.file), "bench.db");
    await seedDatabase(file, template.file, data);
    db = createDatabaseClient(file);
    sqlite = new Database(file, { readonly: true });
  }, 60_000);

  afterAll(async () => {
    await db?.$disconnect();
    sqlite?.close();
    await removeDatabase(file);
  });

  it("holds every planned row, readable through Prisma", async () => {
    expect(await db.claim.count()).toBe(1_000);
    expect(await db.claim.count({ where: { status: "published" } })).toBe(950);
    expect(await db.story.count()).toBe(data.stories.length);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: data.claims[0]!.id } });
    expect(claim.reportedAt).toEqual(data.claims[0]!.reportedAt);
  });

  it("indexes only published claims for search", () => {
    const indexed = sqlite.prepare(`SELECT count(*) AS n FROM "PublicSearch" WHERE kind = 'claim'`).get() as {
      n: number;
    };
    expect(indexed.n).toBe(950);
  });

  it("answers the same data through Prisma and raw SQL, for every bench query", async () => {
    for (const query of [...BENCH_QUERIES, ...BENCH_FLOOR_QUERIES]) {
      const viaPrisma = JSON.parse(JSON.stringify(await query.prisma(db, args)));
      expect(JSON.parse(JSON.stringify(query.raw(sqlite, args))), query.name).toEqual(viaPrisma);
    }
  });

  it("shows only published claims in the story query, and every draft in the dashboard's", async () => {
    const storyAnswer = (await BENCH_QUERIES[0]!.prisma(db, args)) as {
      quantities: Array<{ claims: Array<{ id: string }> }>;
    };
    const shown = storyAnswer.quantities.flatMap((q) => q.claims.map((c) => c.id));
    const quantities = new Set(data.quantities.filter((q) => q.storyId === story.id).map((q) => q.id));
    const expected = data.claims
      .filter((c) => quantities.has(c.quantityId) && c.status === "published")
      .map((c) => c.id);
    expect(shown.sort()).toEqual(expected.sort());
    const drafts = BENCH_QUERIES[3]!.raw(sqlite, args) as Array<{ id: string }>;
    expect(drafts.length).toBe(data.claims.filter((c) => c.authorId === data.editorId && c.status === "draft").length);
  });

  it("times both sides and finds them equal", async () => {
    const timings = await timeQueries(file, args, 5);
    expect(timings.map((t) => t.same)).toEqual(BENCH_QUERIES.map(() => true));
    for (const t of timings) expect(t.prismaMs).toBeGreaterThan(0);
  });
});
