// `npm test`: unit tests, then the end-to-end tests against a production build.
// Lint and types are separate (`npm run validate` runs all four). Every step runs even when
// an earlier one fails, so one run shows everything that is broken.
import { runE2E } from "./e2e.mjs";
import { printSummary, runVitest } from "./test-summary.mjs";

/** @returns {Promise<import("./test-summary.mjs").StepResult>} */
function runUnit() {
  console.log("== unit: vitest run ==");
  return runVitest({ name: "unit (vitest)", report: "test-results/unit.json" });
}

const results = [await runUnit(), await runE2E()];
process.exit(printSummary(results));
