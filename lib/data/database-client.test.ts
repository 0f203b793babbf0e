// The app's connection and a second writer on the same file (a command line, a backup, another
// server): a transaction of the app holds the write lock from its first statement, so another
// process waits for it instead of slipping a write in between its read and its write, which
// SQLite would answer with an immediate SQLITE_BUSY ("Operation has timed out" in Prisma).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { testDatabase as live } from "@/tests/database/test-database";

/** Another process's connection, which will not wait: a held lock shows at once. */
function otherProcess() {
  const other = new Database(live.file);
  other.pragma("busy_timeout = 0");
  return other;
}

const insertStory = (db: Database.Database, slug: string) =>
  db
    .prepare(`INSERT INTO "Story" (id, title, slug, date, createdAt, updatedAt) VALUES (?, ?, ?, '2020-02-27', ?, ?)`)
    .run(slug, slug, slug, new Date().toISOString(), new Date().toISOString());

describe("transactions beside a second writer", () => {
  it("hold the write lock from their first read, so the other writer waits and the transaction never fails halfway", async () => {
    const other = otherProcess();
    try {
      let refusedMeanwhile: string | null = null;
      const title = await live.db.$transaction(async (tx) => {
        const count = await tx.story.count();
        try {
          // Between this transaction's read and its write, another process tries to write.
          insertStory(other, "slipped-in");
        } catch (error) {
          refusedMeanwhile = (error as { code?: string }).code ?? "error";
        }
        const story = await tx.story.create({
          data: { title: `After ${count}`, slug: "after-read", date: "2020-02-27" },
        });
        return story.title;
      });
      expect(refusedMeanwhile).toBe("SQLITE_BUSY");
      expect(title).toMatch(/^After \d+$/);
      // Once the transaction is over, the other process writes as usual.
      insertStory(other, "afterwards");
      expect(
        await live.db.story.count({
          where: { slug: { in: ["after-read", "afterwards", "slipped-in"] } },
        }),
      ).toBe(2);
    } finally {
      other.close();
    }
  });
});
