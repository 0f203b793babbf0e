import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { e2eFiles } from "./e2e-files.mjs";

const E2E_USERS_FILE = e2eFiles(path.resolve(__dirname, "../..")).users;

export type TestUserKey = "editor" | "editor2" | "reviewer" | "reviewer2" | "admin";

export interface TestUser {
  email: string;
  password: string;
  name: string;
  role: "editor" | "reviewer" | "admin";
}

function readTestUsers(): Record<TestUserKey, TestUser> {
  try {
    return JSON.parse(readFileSync(E2E_USERS_FILE, "utf8")) as Record<TestUserKey, TestUser>;
  } catch (error) {
    throw new Error(
      `No test accounts in ${E2E_USERS_FILE}: run the browser tests with \`npm run test:e2e\`, ` +
        "which prepares a new database and its accounts first.",
      { cause: error },
    );
  }
}

/**
 * The accounts of this run, with the passwords generated for it (scripts/prepare-database.ts):
 * two editors, two reviewers and an admin, so a test can show one person's work to another.
 */
export const TEST_USERS: Record<TestUserKey, TestUser> = readTestUsers();

/**
 * Sign-in failures are throttled per address, and every test comes from 127.0.0.1: each page
 * that signs in claims an address of its own (x-forwarded-for, which the app reads), so one
 * test's wrong passwords never lock another test out.
 */
export async function claimOwnAddress(page: Page): Promise<string> {
  const [a, b, c] = randomBytes(3);
  const address = `10.${a}.${b}.${c}`;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

/**
 * Signs in as one of the test accounts through the sign-in form, as a person does, and waits
 * until the app has let them in (the page leaves /sign-in).
 */
export async function signInAs(page: Page, who: TestUserKey): Promise<TestUser> {
  const user = TEST_USERS[who];
  await claimOwnAddress(page);
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page, `${user.email} should be signed in and sent on from /sign-in`).not.toHaveURL(
    (url) => url.pathname === "/sign-in",
    { timeout: 15_000 },
  );
  return user;
}

/** Work done by one of the test accounts in a browser of its own (so a visitor's page stays a visitor's), closed after. */
export async function asUser<T>(browser: Browser, who: TestUserKey, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInAs(page, who);
    return await work(page);
  } finally {
    await context.close();
  }
}
