// Where a browser-test run keeps its database and its accounts: shared by scripts/e2e.mjs, which
// prepares them, playwright.config.ts, which hands the database to the server, and the specs.
// Given the project's root, not computed from import.meta: Playwright compiles this file to
// CommonJS, where import.meta does not exist.
import path from "node:path";

/** @param {string} projectRoot */
export function e2eFiles(projectRoot) {
  const results = path.join(projectRoot, "test-results");
  return {
    /** A new SQLite database for each run, never the newsroom's own. */
    database: path.join(results, "e2e.db"),
    /** The test accounts and their generated passwords, written by scripts/prepare-database.ts. */
    users: path.join(results, "e2e-users.json"),
    /** Playwright's own output (traces, failure screenshots): it empties this folder on each run. */
    playwrightOutput: path.join(results, "playwright"),
  };
}
