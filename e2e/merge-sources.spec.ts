import { expect, test } from "@playwright/test";
import { readRow } from "./support/database";
import { createQuantity, historyActions, insertAtLeast, uniqueTag } from "./support/review-fixtures";
import { signInAs } from "./support/session";

// Two entries for one source ("OSDH" and "Syrian Observatory for Human Rights") merged by a
// reviewer: the claims move, published ones included, the old name becomes an alias that finds
// the source kept, and the old public address answers 301 to it. Each run makes its own sources.

test("a reviewer merges a source entered twice: its claims move, its name stays as an alias, its page redirects", async ({
  page,
  request,
}) => {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, { sources: { osdh: "OSDH", sohr: "Syrian Observatory" } });
  const osdh = quantity.sources.osdh as string;
  const sohr = quantity.sources.sohr as string;
  const published = await insertAtLeast(quantity, "osdh", 31, {
    sentence: `More than 30 Turkish soldiers died, the OSDH said (${tag}).`,
    status: "published",
  });

  await signInAs(page, "reviewer");
  await page.goto(`/sources?q=${tag}`);
  // The row of OSDH: the other row's merge form names OSDH too, among its choices.
  const mergeOsdh = page.getByLabel(`Merge OSDH (${tag}) into another source`);
  const row = page.getByRole("listitem").filter({ has: mergeOsdh });
  await mergeOsdh.click();
  await row.getByLabel(`Merge “OSDH (${tag})” into`).selectOption({ label: `Syrian Observatory (${tag})` });
  await row.getByLabel("Why").fill("The same observatory, entered under its acronym.");
  // The confirmation says what moves; dismissed, nothing does.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await row.getByRole("button", { name: "Merge", exact: true }).click();
  expect(await readRow(`SELECT "sourceId" FROM "Claim" WHERE "id" = ?`, published.id)).toEqual({ sourceId: osdh });

  let question = "";
  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await row.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Merged into Syrian Observatory (${tag})` })).toContainText(
    "1 claim now names it",
  );
  expect(question).toContain(`Its claim moves to “Syrian Observatory (${tag})”`);
  // One source left under the tag, with the other name beside it.
  await page.goto(`/sources?q=${tag}`);
  await expect(page.getByRole("listitem").filter({ hasText: `(${tag})` })).toHaveCount(1);
  await expect(page.getByRole("listitem").filter({ hasText: `(${tag})` })).toContainText(`Syrian Observatory (${tag})`);
  await expect(page.getByText(`Also entered as OSDH (${tag})`)).toBeVisible();

  expect(await readRow(`SELECT "sourceId" FROM "Claim" WHERE "id" = ?`, published.id)).toEqual({ sourceId: sohr });
  expect(await historyActions(published.id)).toContain("update");

  // The old name, searched, finds the source kept.
  await page.goto(`/sources?q=${encodeURIComponent(`osdh ${tag}`)}`);
  await expect(page.getByRole("listitem").filter({ hasText: `Syrian Observatory (${tag})` })).toBeVisible();

  // The old public address: 301 to the source kept, whose page now shows the figure.
  const old = await request.get(`/source/${osdh}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  // Next writes a Location on our own origin as a path.
  expect(new URL(old.headers().location ?? "", "http://claims.test").pathname).toBe(`/source/${sohr}`);
  const visitor = await request.get(`/source/${osdh}`);
  expect(visitor.status()).toBe(200);
  expect(await visitor.text()).toContain(`More than 30 Turkish soldiers died, the OSDH said (${tag}).`);
});

test("an editor is offered no merge: merging is a reviewer's (the authorization table checks the action)", async ({
  page,
}) => {
  const tag = uniqueTag();
  await createQuantity(tag, { sources: { a: "Twice entered", b: "Entered twice" } });
  await signInAs(page, "editor");
  await page.goto(`/sources?q=${tag}`);
  await expect(page.getByRole("listitem").filter({ hasText: `Twice entered (${tag})` })).toBeVisible();
  await expect(page.getByText("Merge…")).toHaveCount(0);
});
