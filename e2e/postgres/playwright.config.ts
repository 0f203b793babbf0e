// The browser tests on PostgreSQL (npm run test:postgres): the project's Playwright settings, with
// the server given the run's PostgreSQL database (E2E_DATABASE_URL, made by scripts/e2e.mjs)
// instead of the SQLite file. Paths are the project's, as this file lives two folders down.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

const projectRoot = path.resolve(__dirname, "../..");
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the browser tests on PostgreSQL with `npm run test:postgres`.");
if (!base.webServer || Array.isArray(base.webServer)) throw new Error("playwright.config.ts no longer has one webServer.");

export default defineConfig({
  ...base,
  testDir: path.join(projectRoot, "e2e"),
  globalSetup: path.join(__dirname, "global-setup.ts"),
  // Every spec runs here, the load test on two servers sharing the database
  // (e2e/durability/load-databases.ts); only the crash test does not: it kills a server on its own
  // copy of the SQLite file and checks that file.
  projects: (base.projects ?? []).map((project) =>
    project.name === "durability"
      ? { ...project, testIgnore: ["**/durability/crash.spec.ts"] }
      : { ...project, testIgnore: ["**/durability/**"] },
  ),
  webServer: {
    ...base.webServer,
    cwd: projectRoot,
    env: { ...base.webServer.env, DATABASE_URL: databaseUrl },
  },
});
