// A test file's own database in place of the app's one client (./db), for the data layer's tests:
//   vi.mock("./db", () => import("./test-db"));                      (a test in lib/data)
//   vi.mock("@/lib/data/db", () => import("@/lib/data/test-db"));    (anywhere else)
// Vitest gives each test file its own modules, so each file gets a new migrated database (SQLite,
// or PostgreSQL under `npm run test:postgres`), closed once the file's tests are done.
import { afterAll } from "vitest";
import { createTestDatabase } from "./test-database";

export const testDatabase = await createTestDatabase();
export const db = testDatabase.db;

afterAll(async () => {
  await testDatabase.close();
});
