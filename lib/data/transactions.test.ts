// How the app's transactions behave on the run's database (lib/data/database-client.ts): an
// SQLite file, or PostgreSQL under `npm run test:postgres` (TEST_DATABASE_URL).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testDatabase as database } from "@/tests/database/test-database";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe(`a write on ${onPostgres ? "PostgreSQL" : "SQLite"}`, () => {
  // Transactions take turns. A burst of writes from several servers makes a queue longer than
  // Prisma's default wait to start a transaction (2 s); a write must wait, not fail.
  it(
    "waits its turn behind a transaction holding the write lock for 3 s, and is saved",
    { timeout: 30_000 },
    async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let holding!: () => void;
      const started = new Promise<void>((resolve) => (holding = resolve));
      const first = database.db.$transaction(
        async (tx) => {
          await tx.signInThrottle.create({ data: { key: "account:first", failures: 1 } });
          holding();
          await held;
        },
        { timeout: 20_000 },
      );
      await started;
      setTimeout(release, 3_000);
      const startedAt = Date.now();
      await database.db.$transaction(async (tx) => {
        await tx.signInThrottle.create({ data: { key: "account:second", failures: 1 } });
      });
      await first;
      expect(Date.now() - startedAt, "the second write waited for the first").toBeGreaterThanOrEqual(2_500);
      expect(
        await database.db.signInThrottle.count({
          where: { key: { in: ["account:first", "account:second"] } },
        }),
      ).toBe(2);
    },
  );
});

// A transaction on PostgreSQL holds one connection, and node-postgres wants one query at a time
// on a connection (pg 9 will refuse a second sent before the first has answered; pg 8 warns
// "client.query() when the client is already executing a query"). Prisma sends a query's
// relations side by side, so lib/data/database-client.ts puts a transaction's queries in turn.

describe.skipIf(!onPostgres)("a transaction on PostgreSQL", () => {
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

  it(
    "sends its queries one at a time on its connection, even a read of several relations at once",
    { timeout: 30_000 },
    async () => {
      const story = await database.db.story.create({
        data: {
          title: "Floods",
          slug: `floods-${Date.now()}`,
          date: "2021-07-17",
          place: "Ahr valley",
        },
      });
      const quantity = await database.db.quantity.create({
        data: { storyId: story.id, label: "People killed" },
      });

      let read: { story: { title: string }; claims: unknown[] } | null = null;
      const most = await mostAtOnceOnOneConnection(() =>
        database.db.$transaction(async (tx) => {
          read = await tx.quantity.findUniqueOrThrow({
            where: { id: quantity.id },
            include: { story: true, claims: true },
          });
        }),
      );
      expect(read).toMatchObject({ story: { title: "Floods" }, claims: [] });
      expect(most, "queries waiting at once on the transaction's connection").toBe(1);
    },
  );
});
