// `npm run test:postgres`: the data layer and the browser tests against PostgreSQL, as
// `npm test` runs them against SQLite. Starts the local server (scripts/postgres-local.mjs), then
//   1. Vitest over lib/data/ (the page cache's edition, read without Prisma, included),
//      lib/webhooks/ and the demo seed (prisma/seed/), each test file on a database of its own
//      (TEST_DATABASE_URL, tests/database/README.md); the PostgreSQL checks may not skip;
//   2. the browser tests (scripts/e2e.mjs) on a new database, claim_tracker_e2e, with the two-
//      servers spec (e2e/postgres/two-servers.spec.ts), then the load test on two servers
//      (e2e/durability/load.spec.ts). Extra arguments go to Playwright; `-- --unit` or
//      `-- --e2e` runs one half only.
// What is left out, and why, is listed below and in e2e/postgres/playwright.config.ts: those
// tests are about the SQLite file itself.
import { pathToFileURL } from "node:url";
import { findBinaries, localPostgresRunning, startLocalPostgres, stopLocalPostgres } from "./postgres-local.mjs";
import { printSummary, runVitest } from "./test-summary.mjs";

/** Data-layer test files about SQLite itself, with no PostgreSQL meaning. */
const SQLITE_ONLY_FILES = [
  "lib/data/backup.test.ts", // the online backup of the SQLite file (PostgreSQL: pg_dump, docs/deploy.md)
  "lib/data/database-client.test.ts", // BEGIN IMMEDIATE beside a second better-sqlite3 writer
  "lib/data/sqlite-adapter.test.ts", // the SQLite adapter under faults (PostgreSQL's: lib/data/postgres-faults.test.ts)
  "lib/data/db.test.ts", // pragmas and SQLite's trigger error codes (the append-only history is checked on PostgreSQL by lib/data/postgres.test.ts)
];

function unitTests(server) {
  const exclude = SQLITE_ONLY_FILES.flatMap((file) => ["--exclude", file]);
  console.log("\n== PostgreSQL: vitest lib/data lib/webhooks prisma/seed ==");
  return runVitest({
    name: "data layer on PostgreSQL (vitest)",
    report: "test-results/postgres-vitest.json",
    args: ["lib/data/", "lib/webhooks/", "prisma/seed/", ...exclude],
    env: { TEST_DATABASE_URL: server, TEST_POSTGRES_REQUIRED: "1" },
    noteSkipped: true,
  });
}

/** The browser tests, scripts/e2e.mjs's run, on the database claim_tracker_e2e of the same server. */
async function browserTests(server, playwrightArgs) {
  const url = new URL(server);
  url.pathname = "/claim_tracker_e2e";
  // Read by scripts/e2e.mjs when it loads.
  process.env.E2E_DATABASE_URL = url.toString();
  // The server's own pg_dump and pg_restore, for the load test's backups (e2e/durability/load-databases.ts).
  process.env.POSTGRES_BIN = findBinaries() ?? "";
  const { runE2E } = await import("./e2e.mjs");
  const result = await runE2E(playwrightArgs);
  return { ...result, name: "browser tests on PostgreSQL (playwright)" };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // A server this run starts, it stops: left running, it would hold the port (and the files) of
  // the next run from another clone. One already running (`npm run db:postgres -- start`) stays.
  const startedHere = !localPostgresRunning();
  const server = startLocalPostgres();
  console.log(`PostgreSQL: ${server.replace(/:[^:@/]*@/, ":***@")}`);
  const args = process.argv.slice(2);
  const only = args[0] === "--unit" || args[0] === "--e2e" ? args.shift() : null;
  const results = [];
  try {
    if (only !== "--e2e") results.push(await unitTests(server));
    if (only !== "--unit") results.push(await browserTests(server, args));
  } finally {
    if (startedHere) stopLocalPostgres();
  }
  process.exit(printSummary(results));
}
