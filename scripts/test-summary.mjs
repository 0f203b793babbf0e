import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { projectRoot, runCommand } from "./run-command.mjs";

/**
 * @typedef {{ name: string, ok: boolean, passed: number, failed: number, note?: string }} StepResult
 */

/**
 * Prints one line per step and a closing "tests: N passed, N failed" line (the form CI reads),
 * and returns the exit code: 0 only when every step succeeded.
 * @param {StepResult[]} results
 */
export function printSummary(results) {
  const width = Math.max(...results.map((result) => result.name.length));
  console.log("\nSummary");
  for (const result of results) {
    const mark = result.ok ? "ok    " : "FAILED";
    const note = result.note ? ` (${result.note})` : "";
    console.log(`  ${mark} ${result.name.padEnd(width)}  ${result.passed} passed, ${result.failed} failed${note}`);
  }
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  return results.every((result) => result.ok) ? 0 : 1;
}

/**
 * Runs `vitest run` over `args` (files, folders, options) and reads its JSON report: one step's result.
 * @param {{ name: string, report: string, args?: string[], env?: Record<string, string>, noteSkipped?: boolean }} step
 *   `report`: where the JSON report goes, from the project root; `noteSkipped`: say how many tests were skipped.
 * @returns {Promise<StepResult>}
 */
export async function runVitest({ name, report, args = [], env = {}, noteSkipped = false }) {
  await rm(path.resolve(projectRoot, report), { force: true });
  const code = await runCommand(
    "vitest",
    ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    env,
  );
  try {
    const json = JSON.parse(await readFile(path.resolve(projectRoot, report), "utf8"));
    return {
      name,
      ok: code === 0,
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      ...(noteSkipped ? { note: `${json.numPendingTests} skipped` } : {}),
    };
  } catch {
    return { name, ok: false, passed: 0, failed: 0, note: `no report, exit code ${code}` };
  }
}
