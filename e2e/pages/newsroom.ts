import { expect, type Locator, type Page } from "@playwright/test";

// The editor's pages as an editor uses them: stories and quantities, the search pickers, the
// pasted article and the dashboard. Shared by the specs that walk the editor's side.

/** Creates a story and one quantity on it through the stories pages; returns the quantity's label. */
export async function storyWithQuantity(page: Page, tag: string): Promise<string> {
  await page.goto("/stories");
  await page.getByLabel("Title").fill(`Floods in the valley ${tag}`);
  await page.getByLabel("Date").fill("2021-07-15");
  await page.getByLabel("Place (optional)").fill("Ahr valley");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Floods in the valley ${tag}` })).toBeVisible();

  const label = `People killed in the floods ${tag}`;
  await page.getByLabel("What is counted").fill(label);
  await page.getByLabel("Measure").selectOption("killed");
  await page.getByLabel("A toll that only grows").check();
  await page.getByRole("button", { name: "Add quantity" }).click();
  await expect(page.getByRole("status").filter({ hasText: `“${label}” was added` })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: label })).toBeVisible();
  return label;
}

/** Picks, in a search picker, the first choice that `search` brings up and that reads `choice`. */
export async function pick(scope: Page | Locator, label: string, search: string, choice: string) {
  const box = scope.getByRole("combobox", { name: label });
  await box.fill(search);
  await scope
    .getByRole("option", { name: new RegExp(choice) })
    .first()
    .click();
  await expect(scope.getByText(choice, { exact: false }).first()).toBeVisible();
}

/** Creates a new source from the Source picker without leaving the page, and chooses it. */
export async function createSourceInPicker(
  scope: Page | Locator,
  name: string,
  details: { kind: string; country?: string },
) {
  await scope.getByRole("combobox", { name: "Source" }).fill(name);
  await scope.getByRole("option", { name: `Create a new source “${name}”` }).click();
  await scope.getByLabel("Kind of source").selectOption(details.kind);
  if (details.country) await scope.getByLabel("Country or side").fill(details.country);
  await scope.getByRole("button", { name: "Add this source" }).click();
  await expect(scope.getByRole("status").filter({ hasText: "was added and chosen" })).toBeVisible();
}

export interface PastedArticle {
  text: string;
  publisher: string;
  url: string;
  /** As the datetime-local field takes it: 2021-07-16T09:30 (UTC). */
  publishedAt: string;
}

/** Pastes an article on /claims/paste and asks for its figures. */
export async function pasteArticle(page: Page, article: PastedArticle) {
  await page.goto("/claims/paste");
  await page.getByLabel("Article text").fill(article.text);
  await page.getByLabel("Publisher (optional)").fill(article.publisher);
  await page.getByLabel("Article address (optional)").fill(article.url);
  await page.getByLabel("Published at (UTC) (optional)").fill(article.publishedAt);
  await page.getByRole("button", { name: "Find the figures" }).click();
  await expect(page.getByRole("heading", { name: /figures found/ })).toBeVisible();
}

/**
 * Pastes a Test Wire story of the July 2021 floods: its dateline, then "At least 29 people were
 * killed" from the governor of the valley, then the story's own `lines`.
 */
export async function pasteFloodsArticle(
  page: Page,
  tag: string,
  lines: readonly string[],
  article: Pick<PastedArticle, "url" | "publishedAt">,
) {
  const text = [
    `BAD NEUENAHR, 16 July 2021 (Test Wire ${tag}).`,
    "At least 29 people were killed in the floods, the governor of the valley said on Friday.",
    ...lines,
  ].join("\n");
  await pasteArticle(page, { text, publisher: "Test Wire", ...article });
}

/** One figure found in the pasted article, by its quote as written. */
export const figureRow = (page: Page, quote: string) =>
  page.getByRole("group", { name: new RegExp(`Figure \\d+: ${quote}`) });

/** Ticks a found figure and attaches it to a quantity and an existing source. */
export async function keepFigure(
  figure: Locator,
  quantity: { search: string; label: string },
  source?: { search: string; name: string },
) {
  await figure.getByRole("checkbox").check();
  await pick(figure, "Quantity", quantity.search, quantity.label);
  if (source) await pick(figure, "Source", source.search, source.name);
}

/**
 * Keeps figures of the pasted article for the quantity, all from one government source: the first
 * figure's source is new, created from its picker; the others pick that same source.
 */
export async function keepFiguresOfNewSource(
  page: Page,
  quantity: { search: string; label: string },
  source: { search: string; name: string },
  [firstQuote, ...otherQuotes]: readonly [string, ...string[]],
) {
  const first = figureRow(page, firstQuote);
  await keepFigure(first, quantity);
  await createSourceInPicker(first, source.name, { kind: "government", country: "Germany" });
  for (const quote of otherQuotes) await keepFigure(figureRow(page, quote), quantity, source);
}

/** Saves the kept figures as drafts; the dashboard then says how many were saved. */
export async function saveKeptFigures(page: Page, count: number) {
  await expect(page.getByText(`${count} kept`)).toBeVisible();
  await page.getByRole("button", { name: `Save ${count} drafts` }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard\\?saved=${count}`));
  await expect(page.getByRole("status").filter({ hasText: `${count} drafts saved` })).toBeVisible();
}

/** A dashboard section ("Your drafts", "Sent back to you", "In review", "Recently published"). */
export const dashboardSection = (page: Page, title: string) => page.getByRole("region", { name: title });

/** Sends the editor's drafts on a quantity to review from the dashboard, one by one. */
export async function submitDrafts(page: Page, quantity: string, quotes: string[], section = "Your drafts") {
  for (const quote of quotes) {
    const item = dashboardSection(page, section)
      .getByRole("listitem")
      .filter({ hasText: quantity })
      .filter({ hasText: quote });
    await item.getByRole("button", { name: "Submit for review" }).click();
    // Once sent, the claim leaves the drafts for "In review".
    await expect(item).toHaveCount(0);
  }
}
