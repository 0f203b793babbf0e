// Run before every test file (vitest.config.ts, setupFiles).
import { afterEach, beforeEach, vi } from "vitest";
import { checkConsoleErrors, watchConsoleErrors } from "./expect-console-error";

// The one way to get a test database (tests/database/README.md): a test file that reaches the
// app's client gets a new, migrated database of its own in its place, made on first use.
vi.mock("@/lib/data/db", () => import("./database/test-database"));

// A console.error a test did not declare fails it (./expect-console-error.ts).
beforeEach(watchConsoleErrors);
afterEach(checkConsoleErrors);
