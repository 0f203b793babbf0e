// A transaction on PostgreSQL holds one connection, and node-postgres wants one query at a time
// on a connection (pg 9 will refuse a second sent before the first has answered; pg 8 warns
// "client.query() when the client is already executing a query"). Prisma sends a query's
// relations side by side, so lib/data/database-client.ts puts a transaction's queries in turn.
// Run by `npm run test:postgres`; on SQLite (no TEST_DATABASE_URL) there is nothing to check.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-database";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)("a transaction on PostgreSQL", () => {
  let database: TestDatabase;
  // The first test database of a run migrates the template: longer than a hook's 10 s on a busy machine.
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  afterAll(() => database?.close());

  /** The most queries ever waiting at once on one connection while `work` runs. */
  async function mostAtOnceOnOneConnection(work: () => Promise<unknown>): Promise<number> {
    const original = pg.Client.prototype.query;
    const waiting = new WeakMap<object, number>();
    let most = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      // Promise-style calls only: the adapter's transactions make those (a pool's own calls take a callback).
      if (result instanceof Promise) {
        const now = (waiting.get(this) ?? 0) + 1;
        waiting.set(this, now);
        most = Math.max(most, now);
        result.finally(() => waiting.set(this, (waiting.get(this) ?? 1) - 1)).catch(() => undefined);
      }
      return result;
    } as typeof original;
    try {
      await work();
    } finally {
      pg.Client.prototype.query = original;
    }
    return most;
  }

  it("sends its queries one at a time on its connection, even a read of several relations at once", { timeout: 30_000 }, async () => {
    const story = await database.db.story.create({ data: { title: "Floods", slug: `floods-${Date.now()}`, date: "2021-07-17", place: "Ahr valley" } });
    const quantity = await database.db.quantity.create({ data: { storyId: story.id, label: "People killed" } });

    let read: { story: { title: string }; claims: unknown[] } | null = null;
    const most = await mostAtOnceOnOneConnection(() =>
      database.db.$transaction(async (tx) => {
        read = await tx.quantity.findUniqueOrThrow({ where: { id: quantity.id }, include: { story: true, claims: true } });
      }),
    );
    expect(read).toMatchObject({ story: { title: "Floods" }, claims: [] });
    expect(most, "queries waiting at once on the transaction's connection").toBe(1);
  });
});
