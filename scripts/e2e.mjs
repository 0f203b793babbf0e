// The end-to-end step: a new database with the demo and the test accounts, a production build,
// then Playwright driving it in Chromium. `npm run test:e2e` runs it alone (extra arguments go to
// Playwright); scripts/test.mjs reuses it.
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { e2eFiles } from "../e2e/support/e2e-files.mjs";
import { newAuthSecret } from "./auth-secret.mjs";
import { buildApp } from "./build-app.mjs";
import { projectRoot, runCommand } from "./run-command.mjs";
import { printSummary } from "./test-summary.mjs";

// Playwright's JSON report, asked for on the command line, gives the counts for the summary.
const E2E_REPORT = "test-results/e2e.json";
const { database: E2E_DATABASE_FILE, users: E2E_USERS_FILE } = e2eFiles(projectRoot);

// With E2E_DATABASE_URL=postgresql://.../claim_tracker_e2e (npm run test:postgres), the run's
// database is that PostgreSQL database, dropped and made again, and Playwright runs with
// e2e/postgres/playwright.config.ts, which hands it to the server. Never DATABASE_URL from the
// shell: that may be the newsroom's own database.
const E2E_POSTGRES_URL = process.env.E2E_DATABASE_URL || null;
if (E2E_POSTGRES_URL && !/^postgres(ql)?:\/\//.test(E2E_POSTGRES_URL)) {
  throw new Error(`E2E_DATABASE_URL must be a postgresql:// URL, not "${E2E_POSTGRES_URL}".`);
}

/**
 * What the server of this run uses: its own database and a session key made for this run only,
 * so a cookie from an earlier run, or from `npm start`, means nothing here.
 */
const e2eEnv = () => ({
  DATABASE_URL: E2E_POSTGRES_URL ?? `file:${E2E_DATABASE_FILE}`,
  NEXTAUTH_SECRET: newAuthSecret(),
  WEBHOOK_RETRY_BASE_MS: "300", // webhook retries after 0.3 s, 0.9 s... (lib/webhooks/schedule.ts)
});

/**
 * A new database: the old file and its write-ahead log deleted, the migrations applied, the demo
 * seeded and the test accounts written to test-results/e2e-users.json. Resolves to an error
 * note, or null when all went well.
 */
async function prepareDatabase(env) {
  await mkdir(path.dirname(E2E_DATABASE_FILE), { recursive: true });
  for (const file of [
    E2E_USERS_FILE,
    ...["", "-wal", "-shm", "-journal"].map((suffix) => E2E_DATABASE_FILE + suffix),
  ]) {
    await rm(file, { force: true });
  }
  if (E2E_POSTGRES_URL) await newPostgresDatabase(E2E_POSTGRES_URL);
  if ((await runCommand("node", ["scripts/prisma.mjs", "migrate", "deploy"], env)) !== 0) return "migrations failed";
  const seed = ["--conditions=react-server", "scripts/prepare-database.ts", "--e2e-users", E2E_USERS_FILE];
  if ((await runCommand("tsx", seed, env)) !== 0) return "seeding the test database failed";
  return null;
}

/** Drops the PostgreSQL database `url` names, if there, and creates it empty. */
async function newPostgresDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/e2e/.test(name))
    throw new Error(`E2E_DATABASE_URL must name a database for the tests (with "e2e" in its name), not "${name}".`);
  // Connected to the server's maintenance database: one cannot drop the database one is in.
  target.pathname = "/postgres";
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** @returns {Promise<import("./test-summary.mjs").StepResult>} */
export async function runE2E(playwrightArgs = []) {
  const name = "e2e (playwright)";
  const env = e2eEnv();

  console.log("\n== e2e: new test database ==");
  const problem = await prepareDatabase(env);
  if (problem) return { name, ok: false, passed: 0, failed: 0, note: problem };

  console.log("\n== e2e: next build ==");
  if (!(await buildApp(env))) return { name, ok: false, passed: 0, failed: 0, note: "next build failed" };

  // Two passes: the pages at both screen sizes, then the durability project (load, crashes,
  // restores) alone on the machine. Naming a project on the command line runs that one only.
  // On PostgreSQL the durability pass is the load on two servers (e2e/postgres/playwright.config.ts).
  const passes = playwrightArgs.some((arg) => arg.startsWith("--project"))
    ? [[]]
    : E2E_POSTGRES_URL
      ? POSTGRES_PASSES
      : PASSES;
  const config = E2E_POSTGRES_URL ? ["--config", "e2e/postgres/playwright.config.ts"] : [];
  const total = { ok: true, passed: 0, failed: 0 };
  for (const pass of passes) {
    console.log(`\n== e2e: playwright test ${pass.join(" ")} ==`);
    // A report left by an earlier run must not stand in for this one.
    await rm(path.join(projectRoot, E2E_REPORT), { force: true });
    const code = await runCommand(
      "playwright",
      ["test", ...config, "--reporter=list,json", "--pass-with-no-tests", ...pass, ...playwrightArgs],
      {
        ...env,
        PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_REPORT,
      },
    );
    const counts = await readCounts();
    if (!counts)
      return {
        name,
        ok: false,
        passed: total.passed,
        failed: total.failed,
        note: `no report, exit code ${code}`,
      };
    total.ok &&= code === 0;
    total.passed += counts.passed;
    total.failed += counts.failed;
  }
  return { name, ...total };
}

const PASSES = [["--project=desktop", "--project=phone"], ["--project=durability"]];
// On PostgreSQL the pages run at one width: a phone's layout does not depend on the database.
const POSTGRES_PASSES = [["--project=desktop"], ["--project=durability"]];

async function readCounts() {
  try {
    const { stats } = JSON.parse(await readFile(path.join(projectRoot, E2E_REPORT), "utf8"));
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit(printSummary([await runE2E(process.argv.slice(2))]));
}
