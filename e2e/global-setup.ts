import { existsSync } from "node:fs";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { e2eFiles } from "./support/e2e-files.mjs";

/**
 * Runs once, after the server is up and before any test: refuses to start when the run's
 * database and accounts were not prepared (scripts/e2e.mjs does that before Playwright starts),
 * or when the tests would drive a server that is not on this machine.
 */
export default function globalSetup(config: FullConfig): void {
  const { database, users } = e2eFiles(path.resolve(__dirname, ".."));
  const missing = [database, users].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Not prepared for the browser tests (missing ${missing.join(", ")}): ` +
        "run them with `npm run test:e2e`, which makes a new database and its accounts first.",
    );
  }
  for (const project of config.projects) {
    const host = project.use.baseURL ? new URL(project.use.baseURL).hostname : "127.0.0.1";
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
      throw new Error(
        `The browser tests write to the database they test: they run against this machine only, not ${host}.`,
      );
    }
  }
}
