import { expect, test, type Page } from "@playwright/test";

async function readFigures(page: Page, text: string, language: "English" | "French") {
  await page.getByRole("textbox", { name: "Text" }).fill(text);
  await page.getByRole("combobox", { name: "Language of the text" }).selectOption({ label: language });
  await page.getByRole("button", { name: "Read the figures" }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

test("a visitor reads a French figure in plain English words", async ({ page }, testInfo) => {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await readFigures(page, "Selon l'OSDH, plus de 30 soldats ont été tués", "French");

  const row = page.getByRole("row", { name: /plus de 30/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell", { name: "more than", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "31 or more", exact: true })).toBeVisible();
  // The quote is highlighted inside its sentence.
  await expect(row.locator("mark")).toHaveText("plus de 30");
  // What was typed and chosen is still there, ready for the next try.
  await expect(page.getByRole("textbox", { name: "Text" })).toHaveValue(/plus de 30 soldats/);
  await expect(page.getByRole("combobox", { name: "Language of the text" })).toHaveValue("fr");

  await page.screenshot({
    path: `test-results/screenshots/home-${testInfo.project.name}.png`,
    fullPage: true,
  });
});

test("a visitor reads an English figure", async ({ page }) => {
  await readFigures(page, "At least 29 soldiers were killed", "English");

  const row = page.getByRole("row", { name: /At least 29/ });
  await expect(row.getByRole("cell", { name: "at least", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "29 or more", exact: true })).toBeVisible();
});

test("an empty submission is answered next to the field, not with an error page", async ({ page }, testInfo) => {
  await page.getByRole("button", { name: "Read the figures" }).click();

  const text = page.getByRole("textbox", { name: "Text" });
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveAccessibleDescription(/Paste or type some text to read\./);
  await expect(page.getByText("Paste or type some text to read.")).toBeVisible();

  await page.screenshot({
    path: `test-results/screenshots/home-empty-${testInfo.project.name}.png`,
    fullPage: true,
  });
});

test("the page fits the screen without sideways scrolling", async ({ page }) => {
  await readFigures(page, "Selon l'OSDH, plus de 30 soldats ont été tués", "French");
  await expect(page.getByRole("row", { name: /plus de 30/ })).toBeVisible();

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still reads a figure", async ({ page }) => {
    await readFigures(page, "Selon l'OSDH, plus de 30 soldats ont été tués", "French");

    const row = page.getByRole("row", { name: /plus de 30/ });
    await expect(row.getByRole("cell", { name: "31 or more", exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Language of the text" })).toHaveValue("fr");
  });
});
