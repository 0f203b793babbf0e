// The end-to-end step: a new database with the demo and the test accounts, a production build,
// then Playwright driving it in Chromium. `npm run test:e2e` runs it alone (extra arguments go to
// Playwright); scripts/test.mjs reuses it.
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { e2eFiles } from "../e2e/support/e2e-files.mjs";
import { newAuthSecret } from "./auth-secret.mjs";
import { buildApp } from "./build-app.mjs";
import { projectRoot, runCommand } from "./run-command.mjs";
import { printSummary } from "./test-summary.mjs";

// Playwright's JSON report, asked for on the command line, gives the counts for the summary.
const E2E_REPORT = "test-results/e2e.json";
const { database: E2E_DATABASE_FILE, users: E2E_USERS_FILE } = e2eFiles(projectRoot);

/**
 * What the server of this run uses: its own database and a session key made for this run only,
 * so a cookie from an earlier run, or from `npm start`, means nothing here.
 */
const e2eEnv = () => ({
  DATABASE_URL: `file:${E2E_DATABASE_FILE}`,
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
  for (const file of [E2E_USERS_FILE, ...["", "-wal", "-shm", "-journal"].map((suffix) => E2E_DATABASE_FILE + suffix)]) {
    await rm(file, { force: true });
  }
  if ((await runCommand("node", ["scripts/prisma.mjs", "migrate", "deploy"], env)) !== 0) return "migrations failed";
  const seed = ["--conditions=react-server", "scripts/prepare-database.ts", "--e2e-users", E2E_USERS_FILE];
  if ((await runCommand("tsx", seed, env)) !== 0) return "seeding the test database failed";
  return null;
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
  const passes = playwrightArgs.some((arg) => arg.startsWith("--project")) ? [[]] : PASSES;
  const total = { ok: true, passed: 0, failed: 0 };
  for (const pass of passes) {
    console.log(`\n== e2e: playwright test ${pass.join(" ")} ==`);
    // A report left by an earlier run must not stand in for this one.
    await rm(path.join(projectRoot, E2E_REPORT), { force: true });
    const code = await runCommand("playwright", ["test", "--reporter=list,json", "--pass-with-no-tests", ...pass, ...playwrightArgs], {
      ...env,
      PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_REPORT,
    });
    const counts = await readCounts();
    if (!counts) return { name, ok: false, passed: total.passed, failed: total.failed, note: `no report, exit code ${code}` };
    total.ok &&= code === 0;
    total.passed += counts.passed;
    total.failed += counts.failed;
  }
  return { name, ...total };
}

const PASSES = [["--project=desktop", "--project=phone"], ["--project=durability"]];

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
