import { expect, test, type Page } from "@playwright/test";
import { readRow } from "./support/database";
import { createQuantity, uniqueTag } from "./support/review-fixtures";
import { signInAs } from "./support/session";

// An editor imports a spreadsheet of 1,000 claims: three rows are bad (a figure that cannot be
// read, an address that is not a web address, a date that does not exist, and a source the
// newsroom does not know), fixed in the preview; the import runs with a progress bar that a
// reload finds again; 1,000 drafts are saved, the dashboard lists the newest hundred and counts
// them all; the same file again adds none.

const KNOWN_SOURCE = "Syrian Observatory for Human Rights (OSDH)"; // in the demo seed
const ROWS = 1_000;

function spreadsheet(tag: string): string {
  const lines = ["Source;Phrase;Date;URL"];
  for (let i = 1; i <= ROWS; i++) {
    const hour = String(i % 24).padStart(2, "0");
    const minute = String(i % 60).padStart(2, "0");
    lines.push(
      `${KNOWN_SOURCE};"At least ${i + 10} soldiers were killed in Idlib.";2020-02-27 ${hour}:${minute};https://example.org/${tag}/${i}`,
    );
  }
  lines[100] = `${KNOWN_SOURCE};"Many soldiers were killed in Idlib.";2020-02-28;https://example.org/${tag}/100`;
  lines[500] = `${KNOWN_SOURCE};"At least 510 soldiers were killed in Idlib.";2020-02-28;ftp://example.org/${tag}/500`;
  lines[900] = `Civil defence ${tag};"At least 910 soldiers were killed in Idlib.";2020-02-31;https://example.org/${tag}/900`;
  // Excel's byte order mark and line breaks: the file as a newsroom's spreadsheet saves it.
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

async function chooseFile(page: Page, tag: string, label: string) {
  await page.goto("/claims/import");
  await page.getByLabel("CSV file").setInputFiles({
    name: `idlib-${tag}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(spreadsheet(tag)),
  });
  await page.getByRole("combobox", { name: "Quantity" }).fill(tag);
  await page.getByRole("option", { name: label }).first().click();
  await expect(page.getByText(label).first()).toBeVisible();
  // The columns are guessed from the header, and the first rows shown as they will be read.
  await expect(page.getByLabel("Source", { exact: true })).toHaveValue("0");
  await expect(page.getByLabel("Sentence", { exact: true })).toHaveValue("1");
  await expect(page.getByLabel("Reported at", { exact: true })).toHaveValue("2");
  await expect(page.getByLabel("Article URL", { exact: true })).toHaveValue("3");
  await expect(page.getByRole("cell", { name: "At least 11 soldiers were killed in Idlib." })).toBeVisible();
}

/** The drafts of the quantity in the database: all of them, where the dashboard shows the newest hundred. */
const readDraftCount = async (label: string) =>
  Number(
    (
      await readRow<{ n: number }>(
        `SELECT COUNT(*) AS "n" FROM "Claim" c JOIN "Quantity" q ON q."id" = c."quantityId" WHERE q."label" = ? AND c."status" = 'draft'`,
        label,
      )
    )?.n,
  );

const summary = (page: Page) => page.getByRole("list", { name: "What the check found" });

test("an editor imports 1,000 rows, fixes three in the preview, and importing again adds none", async ({
  page,
}, testInfo) => {
  // 1,000 rows are checked, written and listed twice: once, on the desktop, is enough; the phone
  // project checks the page's layout below.
  test.skip(testInfo.project.name === "phone", "the import itself does not depend on the screen");
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const { label } = await createQuantity(tag, { sources: {} });
  await signInAs(page, "editor");

  await chooseFile(page, tag, label);
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(summary(page)).toContainText("997 ready to import");
  await expect(summary(page)).toContainText("3 need attention");
  await expect(page.getByText("No figure can be read in “Many soldiers were killed in Idlib.”")).toBeVisible();
  await expect(page.getByText(`“ftp://example.org/${tag}/500” is not a web address`)).toBeVisible();
  await expect(page.getByText("“2020-02-31” is not a date")).toBeVisible();
  await expect(page.getByText(`“Civil defence ${tag}” is not one of the newsroom's sources`)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  await page.getByLabel("Row 100: Sentence").fill("At least 110 soldiers were killed in Idlib.");
  await page.getByLabel("Row 500: Article URL").fill(`https://example.org/${tag}/500`);
  await page.getByLabel("Row 900: Reported at").fill("2020-02-28 09:00");
  const unknown = page.getByRole("group", { name: `“Civil defence ${tag}” (1 row)` });
  await unknown.getByRole("radio", { name: "Create it" }).check();
  await unknown.getByLabel(`Kind of source for Civil defence ${tag}`).selectOption("ngo");
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(summary(page)).toContainText("1,000 ready to import");

  await page.getByRole("button", { name: "Import 1,000 rows as drafts" }).click();
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await expect(page).toHaveURL(/\/claims\/import\?job=/);
  // A reload finds the same import and its bar.
  await page.reload();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `1,000 drafts added from idlib-${tag}.csv.` })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole("progressbar")).toHaveAttribute("value", "1000");
  await page.screenshot({
    path: `test-results/screenshots/csv-import-done-${testInfo.project.name}.png`,
  });

  // The dashboard shows the newest hundred drafts and says how many there are in all.
  await page.getByRole("link", { name: "Open your drafts" }).click();
  const drafts = page.getByRole("region", { name: "Your drafts" }).getByRole("listitem").filter({ hasText: label });
  await expect(drafts).toHaveCount(100, { timeout: 30_000 });
  await expect(
    page.getByRole("status").filter({ hasText: /\b1,\d{3} drafts: each list shows its first 100/ }),
  ).toBeVisible();
  expect(await readDraftCount(label)).toBe(ROWS);

  // The same file again: every row is recognised, the bad ones included, and nothing is added.
  await chooseFile(page, tag, label);
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(summary(page)).toContainText("1,000 already imported");
  await expect(summary(page)).toContainText("0 ready to import");
  await page.getByRole("button", { name: "Import (nothing new to add)" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "1,000 rows already imported, nothing added." }),
  ).toBeVisible();
  await page.goto("/dashboard");
  await expect(drafts).toHaveCount(100, { timeout: 30_000 });
  expect(await readDraftCount(label)).toBe(ROWS);
});

test("the import page fits a phone and explains a file it cannot read", async ({ page }, testInfo) => {
  const tag = uniqueTag();
  await signInAs(page, "editor");
  await page.goto("/claims/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import a CSV file" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from('Source,Sentence,Date\nOSDH,"At least 29,2020-02-27\n'),
  });
  await expect(page.getByRole("alert").filter({ hasText: "The quote opened on line 2 is never closed" })).toBeVisible();

  await page.getByLabel("CSV file").setInputFiles({
    name: `small-${tag}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(spreadsheet(tag).split("\r\n").slice(0, 4).join("\r\n")),
  });
  await expect(page.getByRole("cell", { name: "At least 12 soldiers were killed in Idlib." })).toBeVisible();
  await page.screenshot({
    path: `test-results/screenshots/csv-import-columns-${testInfo.project.name}.png`,
    fullPage: true,
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
