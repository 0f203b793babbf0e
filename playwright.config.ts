import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import { e2eFiles } from "./e2e/support/e2e-files.mjs";
import { findBrowser } from "./scripts/find-browser.mjs";

const files = e2eFiles(__dirname);
const port = Number(process.env.PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// scripts/e2e.mjs makes a session key for each run and passes it in; run directly
// (`npx playwright test`), Playwright makes its own. Workers inherit it from this process.
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");

// Root needs --no-sandbox. The machines' network is closed, so every background service that
// would phone home is switched off rather than left to fail and retry during the tests.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Specs that speak HTTP, not pixels (API answers, headers, attacks, webhooks): a phone's screen
// changes nothing in them, so they run at desktop width only.
const SCREEN_BLIND = [
  "durability/**",
  "security/**",
  "authorization.spec.ts",
  "export.spec.ts",
  "open-data.spec.ts",
  "public-js-budget.spec.ts",
  "webhooks.spec.ts",
];

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Playwright empties its output folder at the start of a run: not test-results/ itself, which
  // holds the run's database and accounts (scripts/e2e.mjs prepares them before Playwright starts).
  outputDir: files.playwrightOutput,
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: findBrowser(), args: chromiumArgs },
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "desktop",
      testIgnore: "durability/**",
      use: { viewport: { width: 1280, height: 800 } },
    },
    // 360px is the narrowest phone in common use: if the page fits here it fits everywhere.
    {
      name: "phone",
      testIgnore: SCREEN_BLIND,
      use: {
        viewport: { width: 360, height: 780 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
    // Load, crashes and restores, on servers of their own (e2e/durability/support.ts), one at a
    // time. scripts/e2e.mjs runs this project after the others, so the load has the two cores to
    // itself and its timings mean something.
    { name: "durability", testMatch: "durability/**/*.spec.ts", workers: 1 },
  ],
  // The production server, as people will use it; scripts/e2e.mjs builds the app first. Its
  // database is the run's own (never DATABASE_URL from the shell), its secret the run's own.
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    // Never a server left running by someone else: it would serve another database and key.
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: `file:${files.database}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      // e2e/webhooks.spec.ts's receiver listens on this machine, on a port of its own choosing:
      // the one local receiver allowed (lib/webhooks/allowed-hosts.ts).
      WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
    },
  },
});
