// The end-to-end step: build the production app, then drive it in Chromium with Playwright.
// `npm run test:e2e` runs it alone (extra arguments go to Playwright); scripts/test.mjs reuses it.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildApp } from "./build-app.mjs";
import { projectRoot, runCommand } from "./run-command.mjs";
import { printSummary } from "./test-summary.mjs";

// Playwright's JSON report, asked for on the command line, gives the counts for the summary.
const E2E_REPORT = "test-results/e2e.json";

/** @returns {Promise<import("./test-summary.mjs").StepResult>} */
export async function runE2E(playwrightArgs = []) {
  const name = "e2e (playwright)";
  console.log("\n== e2e: next build ==");
  if (!(await buildApp())) return { name, ok: false, passed: 0, failed: 0, note: "next build failed" };

  console.log("\n== e2e: playwright test ==");
  // A report left by an earlier run must not stand in for this one.
  await rm(path.join(projectRoot, E2E_REPORT), { force: true });
  const code = await runCommand("playwright", ["test", "--reporter=list,json", ...playwrightArgs], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_REPORT,
  });
  const counts = await readCounts();
  if (!counts) return { name, ok: false, passed: 0, failed: 0, note: `no report, exit code ${code}` };
  return { name, ok: code === 0, ...counts };
}

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
