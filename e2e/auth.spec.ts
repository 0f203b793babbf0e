import { expect, test, type Browser, type Page } from "@playwright/test";
import { UsersPage, signInWith, type InvitedUser } from "./pages/users-page";
import { claimOwnAddress, signInAs, TEST_USERS } from "./support/session";

const REFUSED = "Wrong email or password.";
const THROTTLED = /^Too many attempts from this address: try again in \d+ seconds\.$/;

/**
 * A fresh account, invited by the admin through the users page: the tests below lock it out,
 * sign it out everywhere or disable it, which must not touch the accounts other tests share.
 */
async function freshUser(browser: Browser, role: InvitedUser["role"] = "editor"): Promise<InvitedUser> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "admin");
  const users = new UsersPage(page);
  await users.open();
  const user = await users.invite(role, "Tester");
  await context.close();
  return user;
}

/** The sign-in form's own message (Next keeps an empty route announcer with role "alert" too). */
const signInError = (page: Page) => page.getByRole("main").getByRole("alert");

async function newPageSignedIn(browser: Browser, user: InvitedUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await claimOwnAddress(page);
  await signInWith(page, user.email, user.password);
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

test("an editor signs in and finds their pages in the bar", async ({ page }, testInfo) => {
  await claimOwnAddress(page);
  await page.goto("/sign-in");
  await page.screenshot({
    path: `test-results/screenshots/sign-in-${testInfo.project.name}.png`,
    fullPage: true,
  });

  const editor = await signInAs(page, "editor");

  await expect(page).toHaveURL(/\/dashboard/);
  const bar = page.getByRole("navigation", { name: "Newsroom" });
  await expect(bar.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(bar.getByRole("link", { name: "New claim" })).toBeVisible();
  await expect(bar.getByRole("link", { name: "Paste an article" })).toBeVisible();
  await expect(bar.getByText(editor.name)).toBeVisible();
  await expect(bar.getByText("Editor", { exact: true })).toBeVisible();
  // Reviewers' and admins' pages are not offered to an editor.
  await expect(bar.getByRole("link", { name: "Review queue" })).toHaveCount(0);
  await expect(bar.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await page.screenshot({
    path: `test-results/screenshots/staff-bar-editor-${testInfo.project.name}.png`,
  });

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test("an admin sees every page in the bar", async ({ page }, testInfo) => {
  await signInAs(page, "admin");
  const bar = page.getByRole("navigation", { name: "Newsroom" });
  for (const name of [
    "Dashboard",
    "Claims",
    "New claim",
    "Paste an article",
    "Stories",
    "Sources",
    "Review queue",
    "Users",
  ]) {
    await expect(bar.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.screenshot({
    path: `test-results/screenshots/staff-bar-admin-${testInfo.project.name}.png`,
  });
});

test("a wrong password and an unknown email get the same answer", async ({ page }, testInfo) => {
  await claimOwnAddress(page);
  await page.goto("/sign-in");
  const alert = signInError(page);

  await page.getByLabel("Email", { exact: true }).fill(`nobody.${Date.now()}@newsroom.test`);
  await page.getByLabel("Password", { exact: true }).fill("a password of no account");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(REFUSED);
  const unknownEmail = await alert.textContent();

  await page.reload();
  // The reviewer2 account: one wrong password stays far below its lock-out threshold.
  await page.getByLabel("Email", { exact: true }).fill(TEST_USERS.reviewer2.email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(REFUSED);
  expect(await alert.textContent()).toBe(unknownEmail);

  // What was typed stays, ready to be corrected.
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(TEST_USERS.reviewer2.email);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.screenshot({
    path: `test-results/screenshots/sign-in-refused-${testInfo.project.name}.png`,
    fullPage: true,
  });
});

test("empty fields are answered next to each field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email", { exact: true })).toHaveAccessibleDescription("Enter your email address.");
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription("Enter your password.");
});

test("five wrong passwords slow down the address they came from, not the account's owner elsewhere", async ({
  page,
  browser,
}, testInfo) => {
  const user = await freshUser(browser);
  await claimOwnAddress(page);
  await page.goto("/sign-in");
  const alert = signInError(page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email", { exact: true }).fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(`wrong guess number ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText(REFUSED);
    await page.reload();
  }
  // From the same address, even the right password now has to wait, and is told for how long.
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(THROTTLED);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.screenshot({
    path: `test-results/screenshots/sign-in-wait-${testInfo.project.name}.png`,
    fullPage: true,
  });

  // The owner, from their own address, is not held up by someone else's guesses.
  const owner = await newPageSignedIn(browser, user);
  await expect(owner).toHaveURL(/\/dashboard/);
  await owner.context().close();
});

test("after signing out, a copy of the old session cookie opens nothing", async ({ browser }, testInfo) => {
  const user = await freshUser(browser);
  const page = await newPageSignedIn(browser, user);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);
  const savedCookies = await page.context().cookies();
  expect(savedCookies.some((cookie) => cookie.name.includes("session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Newsroom" })).toHaveCount(0);
  await page.screenshot({
    path: `test-results/screenshots/signed-out-${testInfo.project.name}.png`,
  });

  const replay = await browser.newContext();
  await replay.addCookies(savedCookies);
  const thief = await replay.newPage();
  await thief.goto("/dashboard");
  await expect(thief).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await replay.close();
  await page.context().close();
});

test("a disabled user's old session is refused on its next request", async ({ browser }) => {
  const user = await freshUser(browser);
  const page = await newPageSignedIn(browser, user);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAs(adminPage, "admin");
  const users = new UsersPage(adminPage);
  await users.open();
  await users.disable(user);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);

  // Nor can they sign in again, and they are told no more than anyone with a wrong password.
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(signInError(page)).toHaveText(REFUSED);

  await adminContext.close();
  await page.context().close();
});

test("a sign-in link to another site leads to the dashboard instead", async ({ page }) => {
  await claimOwnAddress(page);
  await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
  await page.getByLabel("Email", { exact: true }).fill(TEST_USERS.editor2.email);
  await page.getByLabel("Password", { exact: true }).fill(TEST_USERS.editor2.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard/);
});
