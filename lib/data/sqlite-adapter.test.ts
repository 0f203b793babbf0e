// The app's SQLite client under the faults real servers meet (lib/data/sqlite-adapter.ts,
// docs/decisions/011): another process holding the write lock past the wait allowed, a COMMIT
// that fails, a full database, two requests writing at once. Each of these tests hangs or fails
// on Prisma's own better-sqlite3 adapter (6.19), which is the point: an upgrade that brings the
// old behaviour back fails here.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase as database } from "@/tests/database/test-database";
import { rejection } from "@/tests/rejection";
import { createDatabaseClient } from "./database-client";
import { databaseFault } from "./database-faults";
import type { FaultInjection } from "./sqlite-adapter";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

const clients: PrismaClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
});

/** A client of the app's kind on the test file, with a short wait for the write lock. */
function appClient(writeBudgetMs: number, faults?: FaultInjection): PrismaClient {
  const client = createDatabaseClient(database.file, {
    writeBudgetMs,
    ...(faults ? { faults } : {}),
  });
  clients.push(client);
  return client;
}

/** Another process's connection (a backup, the sqlite3 shell) holding the write lock until released. */
function holdWriteLock(): { release(): void } {
  const other = new Database(database.file);
  other.exec("BEGIN IMMEDIATE");
  return {
    release() {
      other.exec("COMMIT");
      other.close();
    },
  };
}

let serial = 0;
const story = (client: PrismaClient | Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0], tag: string) => {
  serial += 1;
  return client.story.create({
    data: { title: tag, slug: `${tag}-${serial}-${Date.now()}`, date: "2020-02-27" },
  });
};
const storiesTitled = (title: string) => database.db.story.count({ where: { title } });

/** `work`'s outcome, done while another process holds the write lock, released after. */
async function whileLocked<T>(work: () => Promise<T>): Promise<T> {
  const lock = holdWriteLock();
  try {
    return await work();
  } finally {
    lock.release();
  }
}

/** A client whose next COMMIT, once `commit.fail` is set, fails as on a full disk. */
function clientWithFailingCommit(fail: boolean) {
  const commit = { fail };
  const client = appClient(1_000, {
    beforeWriterStatement(sql) {
      if (commit.fail && /^COMMIT/i.test(sql)) {
        commit.fail = false;
        throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
      }
    },
  });
  return { client, commit };
}

describe.skipIf(onPostgres)(
  "the SQLite client, when another process holds the write lock past the wait allowed",
  { timeout: 15_000 },
  () => {
    it("refuses a transaction as busy, then writes as soon as the lock is free (a failed BEGIN does not wedge it)", async () => {
      const client = appClient(300);
      const error = await whileLocked(() => rejection(client.$transaction((tx) => story(tx, "refused-begin"))));
      expect(databaseFault(error)).toBe("busy");
      const startedAt = Date.now();
      await client.$transaction((tx) => story(tx, "after-begin"));
      await story(client, "after-begin");
      expect(Date.now() - startedAt, "the next writes did not wait").toBeLessThan(1_000);
      expect(await storiesTitled("refused-begin")).toBe(0);
      expect(await storiesTitled("after-begin")).toBe(2);
    });

    it("refuses single writes queued behind it, each within its budget, and none is left hanging", async () => {
      const client = appClient(400);
      let startedAt = 0;
      const outcomes = await whileLocked(() => {
        startedAt = Date.now();
        return Promise.allSettled(Array.from({ length: 5 }, () => story(client, "queued")));
      });
      expect(Date.now() - startedAt).toBeLessThan(3_000);
      expect(outcomes.map((o) => (o.status === "rejected" ? databaseFault(o.reason) : "saved"))).toEqual([
        "busy",
        "busy",
        "busy",
        "busy",
        "busy",
      ]);
      await story(client, "queued-after");
      expect(await storiesTitled("queued")).toBe(0);
      expect(await storiesTitled("queued-after")).toBe(1);
    });

    it("keeps the event loop and the reads going while a write waits, and the write is saved after the release", async () => {
      const client = appClient(5_000);
      const lock = holdWriteLock();
      const gaps: number[] = [];
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        gaps.push(now - last);
        last = now;
      }, 10);
      const readTimes: number[] = [];
      try {
        const write = story(client, "waited");
        for (let i = 0; i < 5; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const readAt = performance.now();
          await client.story.count();
          readTimes.push(performance.now() - readAt);
        }
        setTimeout(() => lock.release(), 0);
        const releasedAt = performance.now();
        await write;
        expect(performance.now() - releasedAt, "the write went through soon after the release").toBeLessThan(500);
      } finally {
        clearInterval(ticker);
      }
      expect(Math.max(...gaps), "the longest the event loop was blocked").toBeLessThan(150);
      expect(Math.max(...readTimes), "reads during the hold").toBeLessThan(100);
      expect(await storiesTitled("waited")).toBe(1);
    });
  },
);

describe.skipIf(onPostgres)("the SQLite client, when a COMMIT fails", { timeout: 15_000 }, () => {
  it("rolls the transaction back, says the disk is full, and the next transaction commits", async () => {
    const { client } = clientWithFailingCommit(true);
    const error = await rejection(
      client.$transaction(async (tx) => {
        await story(tx, "failed-commit");
        await tx.signInThrottle.create({
          data: { key: `failed-commit-${Date.now()}`, failures: 1 },
        });
      }),
    );
    expect(databaseFault(error)).toBe("full");
    expect(await storiesTitled("failed-commit"), "nothing of the failed transaction was kept").toBe(0);
    await client.$transaction((tx) => story(tx, "after-commit"));
    await story(client, "after-commit");
    expect(await storiesTitled("after-commit")).toBe(2);
  });
});

describe.skipIf(onPostgres)(
  "the SQLite client, when the COMMIT of one operation's own transaction fails",
  { timeout: 15_000 },
  () => {
    // Prisma wraps some single operations (updateMany) in a transaction of its own and, when its
    // COMMIT fails, reports only "Transaction already closed": the cause is still said.
    it("says the disk is full, not busy, and keeps nothing", async () => {
      const { client, commit } = clientWithFailingCommit(false);
      const written = await story(client, "renamed-before");
      commit.fail = true;
      const error = await rejection(
        client.story.updateMany({ where: { id: written.id }, data: { title: "renamed-after" } }),
      );
      expect(databaseFault(error)).toBe("full");
      expect(await storiesTitled("renamed-after")).toBe(0);
      await client.story.updateMany({
        where: { id: written.id },
        data: { title: "renamed-after" },
      });
      expect(await storiesTitled("renamed-after")).toBe(1);
    });
  },
);

describe.skipIf(onPostgres)("the SQLite client, when the database is full", { timeout: 20_000 }, () => {
  it("refuses writes as full, keeps serving reads, and writes again once there is room, with no restart", async () => {
    const client = appClient(1_000);
    const pages = await client.$queryRawUnsafe<Array<{ page_count: bigint }>>("PRAGMA page_count");
    const used = Number(pages[0]?.page_count);
    await client.$executeRawUnsafe(`PRAGMA max_page_count = ${used}`);
    // A story with a summary of 20,000 characters: more than the room left until the limit is raised.
    const bigStory = (writer: Parameters<typeof story>[0], title: string, slug: string) =>
      writer.story.create({
        data: { title, slug: `${slug}-${Date.now()}`, date: "2020-02-27", summary: "x".repeat(20_000) },
      });
    const full = await rejection(bigStory(client, "too-big", "too-big"));
    expect(databaseFault(full)).toBe("full");
    const transaction = await rejection(
      client.$transaction(async (tx) => {
        await story(tx, "half");
        await bigStory(tx, "half", "half-big");
      }),
    );
    expect(databaseFault(transaction)).toBe("full");
    expect(
      await client.story.count({ where: { title: { in: ["too-big", "half"] } } }),
      "nothing half-saved; reads still answer",
    ).toBe(0);
    await client.$executeRawUnsafe(`PRAGMA max_page_count = ${used + 100_000}`);
    await bigStory(client, "room-again", "room-again");
    expect(await storiesTitled("room-again")).toBe(1);
  });
});

describe.skipIf(onPostgres)("the SQLite client, with two requests at once", { timeout: 15_000 }, () => {
  it("never runs one request's statement inside another's open transaction: B's write survives A's rollback", async () => {
    const client = appClient(5_000);
    let letAGo!: () => void;
    const aMayEnd = new Promise<void>((resolve) => (letAGo = resolve));
    let aWrote!: () => void;
    const aHasWritten = new Promise<void>((resolve) => (aWrote = resolve));
    const slugA = `request-a-${Date.now()}`;
    const requestA = client
      .$transaction(
        async (tx) => {
          await tx.story.create({
            data: { title: "request A", slug: slugA, date: "2020-02-27" },
          });
          aWrote();
          await aMayEnd;
          throw new Error("request A changes its mind");
        },
        { timeout: 10_000 },
      )
      .catch((error: Error) => error.message);
    await aHasWritten;
    // Request B, meanwhile: a read sees nothing of A's uncommitted row; a single write waits its turn.
    expect(await client.story.findUnique({ where: { slug: slugA } }), "B does not see A's uncommitted row").toBeNull();
    const requestB = client.signInThrottle.create({
      data: { key: `request-b-${Date.now()}`, failures: 1 },
    });
    setTimeout(letAGo, 200);
    const b = await requestB;
    expect(await requestA).toBe("request A changes its mind");
    expect(
      await database.db.signInThrottle.findUnique({ where: { key: b.key } }),
      "B's write, acknowledged, is kept",
    ).not.toBeNull();
    expect(await database.db.story.findUnique({ where: { slug: slugA } })).toBeNull();
  });
});
