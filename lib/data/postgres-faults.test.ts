// The PostgreSQL client under the faults real servers meet (docs/decisions/011): the write lock
// held by another session past the wait allowed, a LOCK TABLE from psql, the app's connections
// killed with pg_terminate_backend. Runs under `npm run test:postgres` (TEST_DATABASE_URL).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase as database } from "@/tests/database/test-database";
import { rejection } from "@/tests/rejection";
import { createPostgresClient } from "./database-client";
import { databaseFault } from "./database-faults";
import { postgresPoolConfig } from "./database-location";
import { WRITE_LOCK } from "./write-lock";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)("the PostgreSQL client under faults", () => {
  let client: PrismaClient;
  let other: pg.Client;

  beforeAll(async () => {
    client = createPostgresClient(database.url, { writeBudgetMs: 400 });
    other = new pg.Client(postgresPoolConfig(database.url));
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await client?.$disconnect();
  });

  let serial = 0;
  const newStory = (tag: string) => {
    serial += 1;
    return { title: tag, slug: `${tag}-${serial}-${Date.now()}`, date: "2020-02-27" };
  };

  it(
    "refuses transactions as busy while another session holds the write lock, twelve times, and the pool is whole afterwards",
    { timeout: 30_000 },
    async () => {
      await other.query(`SELECT pg_advisory_lock(${WRITE_LOCK})`);
      const faults: Array<string | null> = [];
      try {
        // More than the pool's ten connections: a connection kept by a failed start would show here.
        for (let i = 0; i < 12; i++) {
          faults.push(
            databaseFault(
              await rejection(client.$transaction((tx) => tx.story.create({ data: newStory("locked-out") }))),
            ),
          );
        }
      } finally {
        await other.query(`SELECT pg_advisory_unlock(${WRITE_LOCK})`);
      }
      expect(faults).toEqual(Array(12).fill("busy"));
      // One after another, each within its own 400 ms (twelve at once would queue past the budget
      // on a busy machine): a pool left short of connections by the failed starts would hang here.
      const written: unknown[] = [];
      for (let i = 0; i < 12; i++)
        written.push(await client.$transaction((tx) => tx.story.create({ data: newStory("after-lock") })));
      expect(written).toHaveLength(12);
      expect(await client.story.count({ where: { title: "locked-out" } })).toBe(0);
    },
  );

  it(
    "keeps reads answering while twenty saves wait for the write lock (they wait without holding the pool's connections)",
    { timeout: 30_000 },
    async () => {
      const patient = createPostgresClient(database.url, { writeBudgetMs: 5_000 });
      try {
        await other.query(`SELECT pg_advisory_lock(${WRITE_LOCK})`);
        let saves: Promise<unknown[]>;
        const readTimes: number[] = [];
        try {
          saves = Promise.all(
            Array.from({ length: 20 }, () =>
              patient.$transaction((tx) => tx.story.create({ data: newStory("waited-in-turn") })),
            ),
          );
          for (let i = 0; i < 5; i++) {
            await new Promise((resolve) => setTimeout(resolve, 150));
            const at = performance.now();
            await patient.story.count();
            readTimes.push(performance.now() - at);
          }
        } finally {
          await other.query(`SELECT pg_advisory_unlock(${WRITE_LOCK})`);
        }
        expect(await saves).toHaveLength(20);
        expect(Math.max(...readTimes), "the slowest read while the saves waited").toBeLessThan(1_000);
      } finally {
        await patient.$disconnect();
      }
    },
  );

  it(
    "answers a write behind a LOCK TABLE as busy within its budget, and writes once the table is free",
    { timeout: 30_000 },
    async () => {
      await other.query("BEGIN");
      await other.query(`LOCK TABLE "Story" IN ACCESS EXCLUSIVE MODE`);
      const startedAt = Date.now();
      let error: unknown;
      try {
        error = await rejection(client.story.create({ data: newStory("behind-lock-table") }));
      } finally {
        await other.query("ROLLBACK");
      }
      expect(databaseFault(error)).toBe("busy");
      expect(Date.now() - startedAt).toBeLessThan(5_000);
      await client.story.create({ data: newStory("after-lock-table") });
      expect(await client.story.count({ where: { title: "after-lock-table" } })).toBe(1);
    },
  );

  it(
    "recovers when its connections are killed: at most a failure said as unavailable, then every write goes through",
    { timeout: 30_000 },
    async () => {
      // Open a few connections, then kill every one of them from outside.
      await Promise.all(Array.from({ length: 4 }, () => client.$transaction((tx) => tx.story.count())));
      const { rows } = await other.query(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(rows.length).toBeGreaterThan(0);
      const outcomes: Array<string> = [];
      for (let i = 0; i < 6; i++) {
        try {
          await client.$transaction((tx) => tx.story.create({ data: newStory("after-kill") }));
          outcomes.push("saved");
        } catch (error) {
          outcomes.push(databaseFault(error) ?? `other: ${(error as Error).message}`);
        }
      }
      expect(
        outcomes.filter((outcome) => outcome !== "saved" && outcome !== "unavailable"),
        outcomes.join(", "),
      ).toEqual([]);
      expect(outcomes.slice(-3)).toEqual(["saved", "saved", "saved"]);
      expect(await client.story.count({ where: { title: "after-kill" } })).toBe(
        outcomes.filter((o) => o === "saved").length,
      );
    },
  );
});
