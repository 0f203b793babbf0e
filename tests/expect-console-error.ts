// A console.error during a test fails it, as in epic-stack: an error logged where nothing went
// wrong is a bug the test would otherwise pass over. A test that means to make the code log an
// error (a failure it checks is reported) says so first:
//   expectConsoleError(/a delivery tick failed/);
// and then fails unless that error is logged. tests/setup.ts watches every test.
import { format } from "node:util";

const originalError = console.error;
let logged: string[] = [];
let expected: RegExp[] = [];

/** Declares that this test logs an error matching `pattern` (once or more). */
export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
}

/** Before each test: console.error is recorded, not printed. */
export function watchConsoleErrors(): void {
  logged = [];
  expected = [];
  // Replaced rather than spied on, so a test's vi.restoreAllMocks() cannot take the watch away.
  console.error = (...args: unknown[]) => void logged.push(format(...args));
}

/** After each test: throws, failing it, on an error it did not declare or a declared one not logged. */
export function checkConsoleErrors(): void {
  console.error = originalError;
  const unexpected = logged.filter((line) => !expected.some((pattern) => pattern.test(line)));
  const missing = expected.filter((pattern) => !logged.some((line) => pattern.test(line)));
  if (unexpected.length > 0) {
    throw new Error(
      `console.error was called during this test, which did not expect it:\n${unexpected.join("\n---\n")}\n` +
        "If the test means it, declare it first: expectConsoleError(/.../) (tests/expect-console-error.ts).",
    );
  }
  if (missing.length > 0)
    throw new Error(`An error the test expected was not logged: ${missing.map(String).join(", ")}`);
}
