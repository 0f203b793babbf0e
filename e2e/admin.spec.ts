import { expect, test } from "@playwright/test";
import { UsersPage, signInWith } from "./pages/users-page";
import { claimOwnAddress, signInAs, TEST_USERS } from "./support/session";

test("an admin invites a user, sees the one-time password, and the new user can sign in with it", async ({
  page,
  browser,
}, testInfo) => {
  await signInAs(page, "admin");
  const users = new UsersPage(page);
  await users.open();

  const invited = await users.invite("reviewer", "Reviewer");

  await expect(page.getByText("It is shown only this once")).toBeVisible();
  const row = users.row(invited.email);
  await expect(row).toBeVisible();
  await expect(row.getByRole("combobox", { name: `Role of ${invited.name}` })).toHaveValue("reviewer");
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  // The form is cleared for the next invitation.
  await expect(page.getByRole("region", { name: "Invite someone" }).getByLabel("Email")).toHaveValue("");
  await page.screenshot({
    path: `test-results/screenshots/admin-users-invited-${testInfo.project.name}.png`,
    fullPage: true,
  });
  // The first screenful and the accounts as they are first seen (a phone's full page is very long).
  await page.screenshot({
    path: `test-results/screenshots/admin-users-top-${testInfo.project.name}.png`,
  });
  await page.getByRole("heading", { name: "Accounts" }).scrollIntoViewIfNeeded();
  await page.screenshot({
    path: `test-results/screenshots/admin-users-accounts-${testInfo.project.name}.png`,
  });

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await claimOwnAddress(newcomer);
  await signInWith(newcomer, invited.email, invited.password);
  await expect(newcomer).toHaveURL(/\/dashboard/);
  const bar = newcomer.getByRole("navigation", { name: "Newsroom" });
  await expect(bar.getByText(invited.name)).toBeVisible();
  await expect(bar.getByRole("link", { name: "Review queue" })).toBeVisible();
  await expect(bar.getByRole("link", { name: "Users" })).toHaveCount(0);
  await context.close();
});

test("an invitation with mistakes is answered next to each field, and what was typed stays", async ({
  page,
}, testInfo) => {
  await signInAs(page, "admin");
  const users = new UsersPage(page);
  await users.open();
  const form = page.getByRole("region", { name: "Invite someone" });

  await users.fillInvitation("   ", "not an email", "editor");
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription("Enter the person's name.");
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription(
    "Enter an email address such as name@newsroom.org.",
  );
  await expect(form.getByLabel("Email")).toHaveValue("not an email");
  await page.screenshot({
    path: `test-results/screenshots/admin-users-invalid-${testInfo.project.name}.png`,
    fullPage: true,
  });

  // An address that already has an account, typed in capitals.
  await users.fillInvitation("Someone Else", TEST_USERS.editor.email.toUpperCase(), "editor");
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription("An account with this email already exists.");
  await expect(form.getByLabel("Name")).toHaveValue("Someone Else");
});

test("an admin changes someone's role, and cannot change their own account", async ({ page }) => {
  await signInAs(page, "admin");
  const users = new UsersPage(page);
  await users.open();
  const invited = await users.invite("editor", "Editor");

  await users.changeRole(invited, "reviewer");
  await expect(users.row(invited.email).getByRole("status")).toContainText("Now reviewer");
  await page.reload();
  await expect(users.row(invited.email).getByRole("combobox", { name: `Role of ${invited.name}` })).toHaveValue(
    "reviewer",
  );

  const own = users.row(TEST_USERS.admin.email);
  await expect(own).toContainText("(you)");
  await expect(own.getByRole("button")).toHaveCount(0);
  await expect(own.getByRole("combobox")).toHaveCount(0);
});

test("without JavaScript, a role change is answered in that account's row only", async ({ page, browser }) => {
  await signInAs(page, "admin");
  const users = new UsersPage(page);
  await users.open();
  const first = await users.invite("editor", "Editor");
  const second = await users.invite("editor", "Editor");
  // HTML forbids an empty action (the W3C checker's error): every form names where it posts.
  const html = await (await page.request.get("/admin/users")).text();
  const actions = [...html.matchAll(/<form\b[^>]*>/g)].map((m) => /\saction="([^"]*)"/.exec(m[0])?.[1]);
  expect(actions).not.toContain("");
  expect(actions).toContain("/admin/users");

  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const withoutScript = new UsersPage(await context.newPage());
  await withoutScript.open();
  await withoutScript.changeRole(first, "reviewer");
  await expect(withoutScript.row(first.email).getByRole("status")).toContainText("Now reviewer");
  await expect(withoutScript.row(second.email).getByRole("status")).toHaveCount(0);
  await expect(withoutScript.row(second.email).getByRole("combobox", { name: `Role of ${second.name}` })).toHaveValue(
    "editor",
  );
  await context.close();
});

test("an editor opening the users page is sent away", async ({ page }) => {
  await signInAs(page, "editor");
  await expect(page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.goto("/admin/users");

  await expect(page).not.toHaveURL(/\/admin\/users/);
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Invite" })).toHaveCount(0);
});

test("a visitor opening the users page is asked to sign in, then brought back to it", async ({ page }) => {
  await claimOwnAddress(page);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers/);

  await page.getByLabel("Email", { exact: true }).fill(TEST_USERS.admin.email);
  await page.getByLabel("Password", { exact: true }).fill(TEST_USERS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});
