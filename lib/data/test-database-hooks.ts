import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * A new test database for the tests of the describe block this is called in: created before
 * them, closed after them. Its `db` is read inside the tests, once the database exists. (A whole
 * test file standing in for ./db uses lib/data/test-db.ts instead.)
 */
export function suiteDatabase(): { readonly db: TestDatabase["db"] } {
  let database: TestDatabase | undefined;
  // The first test database of a run migrates the template: longer than a hook's 10 s on a busy machine.
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  afterAll(() => database?.close());
  return {
    get db() {
      if (!database) throw new Error("suiteDatabase(): the database is read before its describe block's tests run.");
      return database.db;
    },
  };
}
