// The test file's own database: new, migrated, and closed once the file's tests are done. SQLite,
// or PostgreSQL under `npm run test:postgres`. tests/setup.ts puts it in place of the app's one
// client (lib/data/db), so the code under test reaches it as it reaches the newsroom's database;
// a test reaches it here (README.md). Vitest gives each test file its own modules: each file that
// asks gets a database of its own, made when first imported.
import { afterAll } from "vitest";
import { createTestDatabase } from "./create-test-database";

export const testDatabase = await createTestDatabase();
/** What lib/data/db exports, for tests/setup.ts's stand-in. */
export const db = testDatabase.db;

afterAll(async () => {
  await testDatabase.close();
});
