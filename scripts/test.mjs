// `npm test`: unit tests, then the end-to-end tests against a production build.
// Lint and types are separate (`npm run validate` runs all four). Every step runs even when
// an earlier one fails, so one run shows everything that is broken.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { runE2E } from "./e2e.mjs";
import { projectRoot, runCommand } from "./run-command.mjs";
import { printSummary } from "./test-summary.mjs";

const UNIT_REPORT = "test-results/unit.json";

/** @returns {Promise<import("./test-summary.mjs").StepResult>} */
async function runUnit() {
  const name = "unit (vitest)";
  console.log("== unit: vitest run ==");
  await rm(path.join(projectRoot, UNIT_REPORT), { force: true });
  const code = await runCommand("vitest", [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${UNIT_REPORT}`,
  ]);
  try {
    const report = JSON.parse(await readFile(path.join(projectRoot, UNIT_REPORT), "utf8"));
    return { name, ok: code === 0, passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return { name, ok: false, passed: 0, failed: 0, note: `no report, exit code ${code}` };
  }
}

const results = [await runUnit(), await runE2E()];
process.exit(printSummary(results));
