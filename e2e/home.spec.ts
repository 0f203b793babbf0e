import { expect, test, type Page } from "@playwright/test";

async function readFigures(page: Page, text: string, language: "English" | "French") {
  await page.getByRole("textbox", { name: "Text" }).fill(text);
  await page.getByRole("combobox", { name: "Language of the text" }).selectOption({ label: language });
  await page.getByRole("button", { name: "Read the figures" }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

test("an English reader is shown the tool in English, the text's language defaulting to English", async ({ page }) => {
  await expect(page.getByRole("heading", { name: "Read a figure" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language of the text" })).toHaveValue("en");
  await expect(page.getByText("A sentence or a whole article, up to 20,000 characters.")).toBeVisible();
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

test("a text of hundreds of figures shows the first 200 and says how many there are", async ({ page }) => {
  await readFigures(page, "1, 2, ".repeat(200), "English");
  await expect(page.getByRole("heading", { name: "400 figures found" })).toBeVisible();
  await expect(page.getByText("The first 200 are shown here")).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(201);
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

// A French reader: the browser asks for French (Accept-Language), and the whole tool answers in
// French, from the labels to the words the server puts on each figure.
test.describe("a French reader", () => {
  test.use({ locale: "fr-FR" });

  async function lireLesChiffres(page: Page, text: string) {
    await page.getByRole("textbox", { name: "Texte" }).fill(text);
    await page.getByRole("button", { name: "Lire les chiffres" }).click();
  }

  test("reads a figure in French, then switches the page back to English", async ({ page }, testInfo) => {
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { name: "Lire un chiffre" })).toBeVisible();
    const text = page.getByRole("textbox", { name: "Texte" });
    await expect(text).toHaveAttribute(
      "placeholder",
      "Au moins 29 soldats ont été tués, selon le gouverneur du Hatay.",
    );
    // French groups thousands with a (narrow no-break) space: 20 000, not 20,000.
    await expect(page.getByText(/jusqu'à 20\s000 caractères/)).toBeVisible();
    // A French reader most likely pastes French: no need to choose it.
    await expect(page.getByRole("combobox", { name: "Langue du texte" })).toHaveValue("fr");

    await lireLesChiffres(page, "Au moins 29 soldats ont été tués");

    await expect(page.getByRole("heading", { name: "1 chiffre trouvé" })).toBeVisible();
    const row = page.getByRole("row", { name: /Au moins 29/ });
    await expect(row.getByRole("cell", { name: "au moins", exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: "29 ou plus", exact: true })).toBeVisible();
    await expect(row.locator("mark")).toHaveText("Au moins 29");
    await expect(page.getByRole("columnheader", { name: "Admet" })).toBeAttached();
    await expect(text).toHaveValue("Au moins 29 soldats ont été tués");
    await page.screenshot({
      path: `test-results/screenshots/home-fr-${testInfo.project.name}.png`,
      fullPage: true,
    });

    // The header's switch: the reader's choice now wins over the browser's French.
    const switched = page.waitForResponse((response) => new URL(response.url()).pathname === "/language");
    await page.getByRole("button", { name: "English" }).click();
    expect((await switched).status()).toBe(303);
    // Back on the page the reader was on, now in English.
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Read a figure" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Language of the text" })).toHaveValue("en");
    await readFigures(page, "Au moins 29 soldats ont été tués", "French");
    const englishRow = page.getByRole("row", { name: /Au moins 29/ });
    await expect(englishRow.getByRole("cell", { name: "at least", exact: true })).toBeVisible();
    await expect(englishRow.getByRole("cell", { name: "29 or more", exact: true })).toBeVisible();
  });

  test("reads an English text to a French reader, in French words", async ({ page }) => {
    await page.getByRole("combobox", { name: "Langue du texte" }).selectOption({ label: "Anglais" });
    await lireLesChiffres(page, "More than 1,500 people were displaced.");

    const row = page.getByRole("row", { name: /More than 1,500/ });
    await expect(row.getByRole("cell", { name: "plus de", exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: /^1\s501 ou plus$/ })).toBeVisible();
    // The quote is marked as English inside the French page.
    await expect(row.locator('td[lang="en"] mark')).toHaveText("More than 1,500");
    await expect(page.getByRole("combobox", { name: "Langue du texte" })).toHaveValue("en");
  });

  test("an empty submission is answered in French next to the field", async ({ page }) => {
    await page.getByRole("button", { name: "Lire les chiffres" }).click();

    const text = page.getByRole("textbox", { name: "Texte" });
    await expect(text).toHaveAttribute("aria-invalid", "true");
    await expect(text).toHaveAccessibleDescription(/Collez ou saisissez un texte à lire\./);
  });

  test("a text with no figure is said so in French", async ({ page }) => {
    await lireLesChiffres(page, "Le gouverneur s'est exprimé ce matin.");
    await expect(page.getByText(/^Aucun chiffre trouvé dans ce texte\./)).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form still answers in French", async ({ page }) => {
      await lireLesChiffres(page, "Au moins 29 soldats ont été tués");

      const row = page.getByRole("row", { name: /Au moins 29/ });
      await expect(row.getByRole("cell", { name: "29 ou plus", exact: true })).toBeVisible();
      await expect(page.getByRole("combobox", { name: "Langue du texte" })).toHaveValue("fr");
    });
  });
});
