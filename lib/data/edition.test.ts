// The page cache's edition (./edition.ts, readEdition), on the database of the run: an SQLite
// file, or PostgreSQL under `npm run test:postgres` (TEST_DATABASE_URL). A write committed
// through another connection (another app server, the command line) changes it at once: that is
// what makes a page kept by one server stale the moment a claim is approved through another.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase as database } from "@/tests/database/test-database";
import { databaseLocation } from "./database-location";
import { editionReader, type EditionReader } from "./edition";

describe(`the page cache's edition on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "SQLite"}`, () => {
  let reader: EditionReader;
  beforeAll(() => {
    reader = editionReader(databaseLocation({ ...process.env, DATABASE_URL: database.url }));
  });
  afterAll(async () => {
    await reader?.close();
  });

  const write = () =>
    database.db.historyEntry.create({
      data: { entityType: "claim", entityId: "c1", action: "approve" },
    });

  it("is 0 on a database with no history yet", async () => {
    expect(await reader.read()).toBe(0);
  });

  it("is the newest history entry's id, changed at once by a write through another connection", async () => {
    const first = await write();
    expect(await reader.read()).toBe(first.id);
    const [, , last] = [await write(), await write(), await write()];
    expect(await reader.read()).toBe(last?.id);
  });

  it("is read by many requests at once, each seeing the same newest entry", async () => {
    const newest = await write();
    const editions = await Promise.all(Array.from({ length: 20 }, () => reader.read()));
    expect(new Set(editions)).toEqual(new Set([newest.id]));
  });
});

describe("the page cache's edition with no database to read", () => {
  it("has no reader before the SQLite file exists (the cache stands aside until then)", () => {
    expect(() => editionReader({ provider: "sqlite", file: "/nonexistent/claim-tracker.db" })).toThrow();
  });

  it(
    "refuses to read from a PostgreSQL server that does not answer, rather than hang",
    { timeout: 20_000 },
    async () => {
      const unreachable = editionReader({
        provider: "postgresql",
        url: "postgresql://nobody:nothing@127.0.0.1:9/none",
      });
      await expect(unreachable.read()).rejects.toThrow();
      await unreachable.close();
    },
  );
});
