import { describe, expect, it } from "vitest";
import { testDatabase as database } from "@/tests/database/test-database";
import { rewriteHistoryEntry } from "@/tests/database/test-rows";
import { AT_LEAST_29 } from "@/tests/figures/at-least-29";

/** Reads one pragma or function value; integers come back as bigint from better-sqlite3. */
async function scalar(sql: string): Promise<unknown> {
  const rows = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  const row = rows[0];
  if (!row) throw new Error(`${sql} returned no row`);
  const value = Object.values(row)[0];
  return typeof value === "bigint" ? Number(value) : value;
}

function versionAtLeast(actual: string, wanted: string): boolean {
  const a = actual.split(".").map(Number);
  const b = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

describe("the SQLite database", () => {
  // 3.51.3 fixes a bug that could corrupt a WAL database when two connections wrote and
  // checkpointed at once (docs/decisions/002-prisma-on-sqlite.md).
  it("runs SQLite 3.51.3 or later", async () => {
    const version = String(await scalar("select sqlite_version()"));
    expect(versionAtLeast(version, "3.51.3"), `SQLite ${version}`).toBe(true);
  });

  it("writes ahead to a log, and syncs every commit to disk", async () => {
    expect(await scalar("PRAGMA journal_mode")).toBe("wal");
    expect(await scalar("PRAGMA synchronous")).toBe(2); // 2 is FULL
  });

  // Waiting inside SQLite would block the event loop: the adapter waits for another writer
  // between tries instead (lib/data/sqlite-adapter.test.ts shows the waits).
  it("never waits for another writer inside SQLite", async () => {
    expect(await scalar("PRAGMA busy_timeout")).toBe(0);
  });

  it("enforces foreign keys", async () => {
    expect(await scalar("PRAGMA foreign_keys")).toBe(1);
    await expect(
      database.db.quantity.create({ data: { storyId: "no-such-story", label: "Soldiers killed" } }),
    ).rejects.toThrow(/foreign key/i);
  });
});

/**
 * The message of the trigger that refused a write. The adapter files a trigger's refusal
 * (SQLITE_CONSTRAINT_TRIGGER) under Prisma's foreign-key error, P2003, and keeps SQLite's own
 * words beside it.
 */
async function refusal(write: Promise<unknown>): Promise<string> {
  const error = await write.then(
    () => expect.fail("the database accepted the write"),
    (error: unknown) => error,
  );
  const cause = (error as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } }).meta
    ?.driverAdapterError?.cause;
  expect(cause?.originalCode).toBe("SQLITE_CONSTRAINT_TRIGGER");
  return String(cause?.originalMessage);
}

describe("the history", () => {
  async function anEntry() {
    return database.db.historyEntry.create({
      data: {
        entityType: "story",
        entityId: "story-1",
        action: "create",
        after: JSON.stringify({ title: "Idlib strikes" }),
      },
    });
  }

  it("keeps what was written", async () => {
    const entry = await anEntry();
    const read = await database.db.historyEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(read.after).toBe('{"title":"Idlib strikes"}');
  });

  it("cannot be rewritten", async () => {
    const entry = await anEntry();
    expect(await refusal(rewriteHistoryEntry(entry.id))).toMatch(/append-only/);
    expect(
      await refusal(
        database.db.$executeRawUnsafe(`UPDATE "HistoryEntry" SET "action" = 'none' WHERE "id" = ?`, entry.id),
      ),
    ).toMatch(/append-only/);
    const read = await database.db.historyEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(read.reason).toBeNull();
    expect(read.action).toBe("create");
  });

  it("cannot be deleted", async () => {
    const entry = await anEntry();
    expect(await refusal(database.db.historyEntry.delete({ where: { id: entry.id } }))).toMatch(/append-only/);
    expect(await refusal(database.db.historyEntry.deleteMany({}))).toMatch(/append-only/);
    expect(await refusal(database.db.$executeRawUnsafe(`DELETE FROM "HistoryEntry"`))).toMatch(/append-only/);
    expect(await database.db.historyEntry.count({ where: { id: entry.id } })).toBe(1);
  });
});

describe("a claim", () => {
  it("is stored with its quantity, story, source, relaying outlet and author", async () => {
    const { db } = database;
    const editor = await db.user.create({
      data: { email: "editor@example.org", name: "Editor", role: "editor", passwordHash: "x" },
    });
    const story = await db.story.create({
      data: {
        title: "Idlib strikes on Turkish troops",
        slug: "idlib-strikes-2020-02-27",
        date: "2020-02-27",
        place: "Idlib, Syria",
      },
    });
    const quantity = await db.quantity.create({
      data: {
        storyId: story.id,
        label: "Turkish soldiers killed in the strikes",
        measure: "killed",
        unit: "soldiers",
        scopeWho: "Turkish soldiers",
        scopePlace: "Idlib province",
        scopeFrom: "2020-02-27",
        scopeTo: "2020-02-27",
        cumulative: true,
      },
    });
    const governor = await db.source.create({
      data: {
        name: "Governor of Hatay",
        key: "governor of hatay",
        kind: "government",
        country: "Turkey",
      },
    });
    const agency = await db.source.create({
      data: { name: "AFP", key: "afp", kind: "news_agency", country: "France" },
    });

    const created = await db.claim.create({
      data: {
        quantityId: quantity.id,
        sourceId: governor.id,
        relayedById: agency.id,
        authorId: editor.id,
        quote: "au moins 29",
        ...AT_LEAST_29,
        unit: "soldats",
        sentence: "Au moins 29 soldats turcs ont été tués, selon le gouverneur de Hatay.",
        language: "fr",
        articleUrl: "https://example.org/idlib",
        publisher: "Example Daily",
        publishedAt: new Date("2020-02-27T23:10:00Z"),
        reportedAt: new Date("2020-02-27T22:00:00Z"),
      },
    });

    const claim = await db.claim.findUniqueOrThrow({
      where: { id: created.id },
      include: {
        quantity: { include: { story: true } },
        source: true,
        relayedBy: true,
        author: true,
      },
    });
    expect(claim).toMatchObject({
      status: "draft",
      rating: "unverified",
      version: 1,
      low: 29,
      high: null,
      reviewerId: null,
      quantity: {
        cumulative: true,
        headlinePolicy: "consensus",
        story: { slug: "idlib-strikes-2020-02-27" },
      },
      source: { name: "Governor of Hatay", kind: "government" },
      relayedBy: { name: "AFP" },
      author: { email: "editor@example.org", role: "editor" },
    });
    expect(claim.reportedAt.toISOString()).toBe("2020-02-27T22:00:00.000Z");

    const drafts = await db.claim.findMany({ where: { authorId: editor.id, status: "draft" } });
    expect(drafts.map((draft) => draft.id)).toEqual([created.id]);
  });

  it("refuses an undefined filter instead of matching every row", async () => {
    await expect(database.db.claim.findMany({ where: { id: undefined } })).rejects.toThrow(/undefined/i);
  });
});
