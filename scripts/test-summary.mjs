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
