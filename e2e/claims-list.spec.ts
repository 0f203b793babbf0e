import { expect, test, type Page } from "@playwright/test";
import { screenshot } from "./support/screenshot";
import {
  createQuantity,
  historyActions,
  insertAtLeast,
  readClaim,
  uniqueTag,
  type TestQuantity,
} from "./support/review-fixtures";
import { runStatement } from "./support/database";
import { signInAs, TEST_USERS, type TestUserKey } from "./support/session";

// The staff claims list (/claims): find claims by filters, save a filter and come back to it,
// submit many drafts in one action, approve a batch after its preview. Each test makes its own
// quantity, so the desktop and phone runs never see each other's claims.

const rows = (page: Page) => page.getByRole("table", { name: "Claims matching the filter" }).locator("tbody tr");

const madeQuantities: string[] = [];

async function governorAndObservatory(tag: string) {
  const quantity = await createQuantity(tag, { sources: { hatay: "Governor of Hatay", osdh: "Syrian Observatory" } });
  madeQuantities.push(quantity.quantityId);
  return quantity;
}

// These tests put dozens of claims in review. The review queue is shared by every spec and shows
// the longest-waiting first, 50 a page: left there, they would push the next specs' claims off
// its first page. Each test's claims leave the queue when it ends.
test.afterEach(async () => {
  for (const quantityId of madeQuantities.splice(0))
    await runStatement(
      `UPDATE "Claim" SET "status" = 'draft' WHERE "quantityId" = ? AND "status" = 'in_review'`,
      quantityId,
    );
});

/** `count` claims of `author` at `status`, from the Hatay governor, "at least N" with N from `from`. */
async function claims(
  quantity: TestQuantity,
  count: number,
  author: TestUserKey,
  status: "draft" | "in_review",
  from = 100,
) {
  const made = [];
  for (let i = 0; i < count; i += 1) {
    made.push(
      await insertAtLeast(quantity, "hatay", from + i, {
        sentence: `At least ${from + i} soldiers were killed, the governor said.`,
        author,
        status,
        reportedAt: new Date(Date.UTC(2020, 1, 27, 12, i)),
      }),
    );
  }
  return made;
}

test("an editor finds claims by several filters, and a filter with a mistake is said in words", async ({
  page,
  isMobile,
}) => {
  const tag = uniqueTag();
  const quantity = await governorAndObservatory(tag);
  await insertAtLeast(quantity, "hatay", 29, {
    sentence: "At least 29 soldiers were killed in the strikes, the governor said.",
    status: "draft",
  });
  await insertAtLeast(quantity, "osdh", 31, {
    sentence: "More than 30 soldiers died in the strikes, the Observatory said.",
    status: "in_review",
    reportedAt: new Date("2020-02-28T09:00:00Z"),
  });
  await insertAtLeast(quantity, "hatay", 33, {
    sentence: "At least 33 soldiers were killed, the governor said later.",
    status: "in_review",
    author: "editor2",
    reportedAt: new Date("2020-02-28T18:00:00Z"),
  });

  await signInAs(page, "editor");
  await page.goto("/claims");
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();

  await page.getByLabel("Quantity").selectOption(quantity.quantityId);
  await page.getByLabel("Status").selectOption("in_review");
  await page.getByLabel("Author").selectOption({ label: "Anyone but me" });
  await page.getByLabel("Reported from").fill("2020-02-28");
  await page.getByLabel("Words").fill("governor");
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/status=in_review/);
  await expect(page).toHaveURL(/author=others/);
  await expect(page).toHaveURL(/from=2020-02-28/);
  await expect(page.getByRole("heading", { name: "1 claim matches" })).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("at least 33");
  await expect(rows(page).first()).toContainText(TEST_USERS.editor2.name);

  // The address is the filter: opened afresh, it shows the same list.
  await page.goto(page.url());
  await expect(rows(page)).toHaveCount(1);

  // Sorted by the date reported, newest then oldest first: from the column's header on a desktop,
  // from the form on a phone (where each row is a card and the header is for screen readers).
  await page.goto(`/claims?quantity=${quantity.quantityId}`);
  await expect(rows(page)).toHaveCount(3);
  if (!isMobile) {
    await page.getByRole("link", { name: /^Sort by Reported/ }).click();
    await expect(page).toHaveURL(/sort=reported/);
    await expect(rows(page).first()).toContainText("at least 33");
    await page.getByRole("link", { name: /^Sort by Reported/ }).click();
  } else {
    await page.getByLabel("Sort by", { exact: true }).selectOption("reported");
    await page.getByLabel("Order", { exact: true }).selectOption("asc");
    await page.getByRole("button", { name: "Apply filters" }).click();
  }
  await expect(page).toHaveURL(/sort=reported&order=asc/);
  await expect(rows(page).first()).toContainText("at least 29");

  const response = await page.goto("/claims?status=approved&from=2020-02-30");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "This filter has a mistake" });
  await expect(alert).toContainText("The status “approved” is not one the list knows.");
  await expect(alert).toContainText("The reported from “2020-02-30” is not a day");
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("a member saves a filter, comes back to it in one click, and deletes it", async ({ page }) => {
  const tag = uniqueTag();
  const quantity = await governorAndObservatory(tag);
  await claims(quantity, 2, "editor", "draft");
  await insertAtLeast(quantity, "osdh", 31, { sentence: "More than 30 died.", status: "in_review" });

  await signInAs(page, "editor");
  await page.goto(`/claims?quantity=${quantity.quantityId}&status=draft`);
  await expect(rows(page)).toHaveCount(2);
  const name = `Drafts ${tag}`;
  await page.getByLabel("Save this filter as").fill(name);
  await page.getByRole("button", { name: "Save filter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Filter saved." })).toBeVisible();
  const saved = page.getByRole("region", { name: "Saved filters" }).getByRole("link", { name });
  await expect(saved).toBeVisible();

  // The same name again is refused, in words, next to the field.
  await page.getByLabel("Save this filter as").fill(name);
  await page.getByRole("button", { name: "Save filter" }).click();
  await expect(page.getByText("You already have a filter of that name")).toBeVisible();

  await page.goto("/claims");
  await page.getByRole("region", { name: "Saved filters" }).getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`quantity=${quantity.quantityId}`));
  await expect(rows(page)).toHaveCount(2);

  // "My drafts" is there for everyone.
  await page.getByRole("link", { name: "My drafts" }).click();
  await expect(page).toHaveURL(/status=draft&author=me/);

  await page.getByRole("button", { name: `Delete the saved filter “${name}”` }).click();
  await expect(page.getByRole("region", { name: "Saved filters" }).getByRole("link", { name })).toHaveCount(0);
});

test("an editor submits nineteen drafts in one action", async ({ page }) => {
  const tag = uniqueTag();
  const quantity = await governorAndObservatory(tag);
  const drafts = await claims(quantity, 19, "editor", "draft");
  const othersDraft = await insertAtLeast(quantity, "osdh", 50, {
    sentence: "At least 50, the Observatory said.",
    status: "draft",
    author: "editor2",
  });

  await signInAs(page, "editor");
  await page.goto(`/claims?quantity=${quantity.quantityId}&status=draft`);
  await expect(page.getByRole("heading", { name: "20 claims match" })).toBeVisible();
  await page.getByRole("radio", { name: "All 20 claims matching the filter" }).check();
  await expect(page.getByText("At most 500 claims per action")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();

  const outcome = page.getByRole("status").filter({ hasText: "submitted for review" });
  await expect(outcome).toContainText("19 claims submitted for review.");
  await expect(outcome).toContainText("1 draft of someone else: only its author submits it.");
  for (const draft of drafts) {
    expect((await readClaim(draft.id)).status).toBe("in_review");
    expect(await historyActions(draft.id)).toEqual(["create", "submit"]);
  }
  expect((await readClaim(othersDraft.id)).status).toBe("draft");
  // The list follows: only the other editor's draft is left.
  await expect(rows(page)).toHaveCount(1);
});

test("a reviewer approves a batch after its preview, never their own claims", async ({ page, browser }) => {
  const tag = uniqueTag();
  const quantity = await governorAndObservatory(tag);
  const hatay = await insertAtLeast(quantity, "hatay", 29, {
    sentence: "At least 29 soldiers were killed, the governor said.",
    reportedAt: new Date("2020-02-27T22:00:00Z"),
  });
  const osdh = await insertAtLeast(quantity, "osdh", 31, {
    sentence: "More than 30 soldiers died, the Observatory said.",
    reportedAt: new Date("2020-02-27T23:30:00Z"),
  });
  const own = await insertAtLeast(quantity, "osdh", 34, {
    sentence: "At least 34 soldiers died, the Observatory said later.",
    author: "reviewer",
    reportedAt: new Date("2020-02-28T06:00:00Z"),
  });

  await signInAs(page, "reviewer");
  await page.goto(`/claims?quantity=${quantity.quantityId}&status=in_review&sort=reported&order=asc`);
  await expect(rows(page)).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Tick every claim on this page" }).check();
  await expect(page.getByText("(3 claims ticked)")).toBeVisible();
  await page.getByRole("button", { name: "Preview approval" }).click();

  const preview = page.getByRole("region", { name: "Approve these claims?" });
  await expect(preview).toBeVisible();
  const steps = preview.getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("One source");
  await expect(steps.nth(1)).toContainText("Compatible");
  await expect(steps.nth(1)).toContainText("31 or more");
  await expect(steps.nth(2)).toContainText("Not approved: you wrote it.");
  expect((await readClaim(hatay.id)).status).toBe("in_review");
  await screenshot(page, "claims-list-approval-preview", test.info().project.name);

  await preview.getByRole("button", { name: "Approve 2 claims" }).click();
  const outcome = page.getByRole("status").filter({ hasText: "approved and published" });
  await expect(outcome).toContainText("2 claims approved and published.");
  await expect(outcome).toContainText("1 you wrote yourself: another reviewer must approve it.");
  expect((await readClaim(hatay.id)).status).toBe("published");
  expect((await readClaim(osdh.id)).status).toBe("published");
  expect((await readClaim(own.id)).status).toBe("in_review");
  expect(await historyActions(hatay.id)).toEqual(["create", "submit", "approve"]);
  expect(await historyActions(own.id)).toEqual(["create", "submit"]);

  // An editor is not offered the approval at all.
  const editorPage = await browser.newPage();
  await signInAs(editorPage, "editor");
  await editorPage.goto(`/claims?quantity=${quantity.quantityId}`);
  await expect(editorPage.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expect(editorPage.getByRole("button", { name: "Preview approval" })).toHaveCount(0);
  await editorPage.close();
});

test("the list at desktop and phone widths, in English and French", async ({ page, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one set of pictures: the widths are set here");
  const tag = uniqueTag();
  const quantity = await governorAndObservatory(tag);
  await claims(quantity, 3, "editor", "draft");
  await claims(quantity, 2, "editor2", "in_review", 200);
  await insertAtLeast(quantity, "osdh", 31, {
    sentence: "More than 30 soldiers died in the strikes on Turkish positions in Idlib, the Observatory said.",
    status: "published",
  });

  await signInAs(page, "reviewer");
  for (const language of ["en", "fr"] as const) {
    await page.context().addCookies([{ name: "ct-lang", value: language, url: baseURL as string }]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/claims?quantity=${quantity.quantityId}`);
      await expect(page.locator("tbody tr")).toHaveCount(6);
      // Nothing wider than the screen: the page never scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${language} at ${width}px`).toBeLessThanOrEqual(0);
      await screenshot(page, `claims-list-${language}-${width}`, testInfo.project.name);
      await page
        .getByRole("table")
        .screenshot({ path: `test-results/screenshots/claims-list-table-${language}-${width}.png` });
    }
  }
});
