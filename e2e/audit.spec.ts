// The admins' audit page: every sign-in attempt with its real reason (which the person signing in
// is never told), and every workflow step; closed to everyone else.
import { expect, test } from "@playwright/test";
import { claimOwnAddress, signInAs } from "./support/session";
import { uniqueTag } from "./support/review-fixtures";

test("an admin reads a refused sign-in, with its reason, and the newsroom's steps", async ({ page, browser }) => {
  const tag = uniqueTag();
  const ghost = `ghost-${tag}@example.org`;

  // Someone tries an address with no account: they are told only "Wrong email or password."
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const address = await claimOwnAddress(strangerPage);
  await strangerPage.goto("/sign-in");
  await strangerPage.getByLabel("Email", { exact: true }).fill(ghost);
  await strangerPage.getByLabel("Password", { exact: true }).fill("not a password at all");
  await strangerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(strangerPage.getByText("Wrong email or password.")).toBeVisible();
  await stranger.close();

  await signInAs(page, "admin");
  await page.getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit" })).toBeVisible();
  // The demo's steps are there, in words.
  await expect(page.getByRole("table", { name: /Workflow steps/ })).toContainText("approved and published");

  await page.getByRole("link", { name: "Sign-ins" }).click();
  await page.getByLabel("Email").fill(ghost);
  await page.getByRole("button", { name: "Show" }).click();
  const row = page.getByRole("row").filter({ hasText: ghost });
  await expect(row).toContainText("Refused: no account with this email");
  await expect(row).toContainText(address);
});

test("no one but an admin opens the audit page", async ({ page }) => {
  await signInAs(page, "reviewer");
  await page.goto("/admin/audit?view=sign-ins");
  await expect(page).toHaveURL(/\/dashboard\?denied=1$/);
  await expect(page.getByRole("link", { name: "Audit" })).toHaveCount(0);
});
