// The browser tests on PostgreSQL (npm run test:postgres): the project's Playwright settings, with
// the server given the run's PostgreSQL database (E2E_DATABASE_URL, made by scripts/e2e.mjs)
// instead of the SQLite file. Paths are the project's, as this file lives two folders down.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

const projectRoot = path.resolve(__dirname, "../..");
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl)
  throw new Error("E2E_DATABASE_URL is not set: run the browser tests on PostgreSQL with `npm run test:postgres`.");
if (!base.webServer || Array.isArray(base.webServer))
  throw new Error("playwright.config.ts no longer has one webServer.");

/** Specs whose every answer is the same whatever the database: the page's markup and headers. */
const DATABASE_INDEPENDENT = ["**/accessibility.spec.ts", "**/public-js-budget.spec.ts", "**/security-headers.spec.ts"];

export default defineConfig({
  ...base,
  testDir: path.join(projectRoot, "e2e"),
  globalSetup: path.join(__dirname, "global-setup.ts"),
  // What the database changes is run again here, once: every spec at desktop width (a phone's
  // layout is the same on either database, and `npm test` checks it), but for the few whose
  // answers do not touch the database at all, and the load test on two servers sharing the
  // database (e2e/durability/load-databases.ts); the crash test does not run: it kills a server
  // on its own copy of the SQLite file and checks that file.
  projects: (base.projects ?? [])
    .filter((project) => project.name !== "phone")
    .map((project) =>
      project.name === "durability"
        ? { ...project, testIgnore: ["**/durability/crash.spec.ts"] }
        : { ...project, testIgnore: ["**/durability/**", ...DATABASE_INDEPENDENT] },
    ),
  webServer: {
    ...base.webServer,
    cwd: projectRoot,
    env: { ...base.webServer.env, DATABASE_URL: databaseUrl },
  },
});
