import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/session";

// What an editor does in a day: a story and its quantity, an article pasted and three of its
// figures kept and sent for review, a draft edited in two tabs at once, a bad link refused.

const tagOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function screenshot(page: Page, name: string, project: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}-${project}.png`, fullPage: true });
}

/** Creates a story and one quantity on it through the stories pages; returns the quantity's label. */
async function storyWithQuantity(page: Page, tag: string): Promise<string> {
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
  await screenshot(page, "story", test.info().project.name);
  return label;
}

/** Picks, in a search picker, the first choice that `search` brings up and that reads `choice`. */
async function pick(scope: Page | ReturnType<Page["locator"]>, label: string, search: string, choice: string) {
  const box = scope.getByRole("combobox", { name: label });
  await box.fill(search);
  await scope.getByRole("option", { name: new RegExp(choice) }).first().click();
  await expect(scope.getByText(choice, { exact: false }).first()).toBeVisible();
}

test("an editor pastes an article, keeps three figures, and sends them for review", async ({ page }, testInfo) => {
  const tag = tagOf();
  await signInAs(page, "editor");
  const quantity = await storyWithQuantity(page, tag);
  const governor = `Governor of the valley ${tag}`;

  await page.goto("/claims/paste");
  await page
    .getByLabel("Article text")
    .fill(
      [
        `BAD NEUENAHR, 16 July 2021 (Test Wire ${tag}).`,
        "At least 29 people were killed in the floods, the governor of the valley said on Friday.",
        "Rescuers said more than 30 had died and that about 1,300 people were still missing.",
        "The river rose by 7 metres in a few hours.",
      ].join("\n"),
    );
  await page.getByLabel("Publisher (optional)").fill("Test Wire");
  await page.getByLabel("Article address (optional)").fill("https://example.org/floods");
  await page.getByLabel("Published at (UTC) (optional)").fill("2021-07-16T09:30");
  await page.getByRole("button", { name: "Find the figures" }).click();
  await expect(page.getByRole("heading", { name: /figures found/ })).toBeVisible();

  const row = (quote: string) => page.getByRole("group", { name: new RegExp(`Figure \\d+: ${quote}`) });
  // The first figure: its source is new, created from the picker without leaving the page.
  const first = row("At least 29");
  await first.getByRole("checkbox").check();
  await pick(first, "Quantity", tag, quantity);
  await first.getByRole("combobox", { name: "Source" }).fill(governor);
  await first.getByRole("option", { name: `Create a new source “${governor}”` }).click();
  await first.getByLabel("Kind of source").selectOption("government");
  await first.getByLabel("Country or side").fill("Germany");
  await first.getByRole("button", { name: "Add this source" }).click();
  await expect(first.getByRole("status")).toContainText("was added and chosen");

  for (const quote of ["more than 30", "about 1,300"]) {
    const figure = row(quote);
    await figure.getByRole("checkbox").check();
    await pick(figure, "Quantity", tag, quantity);
    await pick(figure, "Source", `valley ${tag}`, governor);
  }
  await expect(page.getByText("3 kept")).toBeVisible();
  await screenshot(page, "paste-article", testInfo.project.name);
  await page.getByRole("button", { name: "Save 3 drafts" }).click();

  await expect(page).toHaveURL(/\/dashboard\?saved=3/);
  await expect(page.getByRole("status").filter({ hasText: "3 drafts saved" })).toBeVisible();
  const drafts = page.getByRole("region", { name: "Your drafts" });
  const mine = drafts.getByRole("listitem").filter({ hasText: quantity });
  await expect(mine).toHaveCount(3);

  for (const quote of ["At least 29", "more than 30", "about 1,300"]) {
    const item = drafts.getByRole("listitem").filter({ hasText: quantity }).filter({ hasText: quote });
    await item.getByRole("button", { name: "Submit for review" }).click();
    // Once sent, the claim leaves the drafts for "In review".
    await expect(item).toHaveCount(0);
  }
  const inReview = page.getByRole("region", { name: "In review" }).getByRole("listitem").filter({ hasText: quantity });
  await expect(inReview).toHaveCount(3);
  await expect(inReview.first()).toContainText("In review");
  await expect(page.getByRole("region", { name: "Your drafts" }).getByRole("listitem").filter({ hasText: quantity })).toHaveCount(0);
  await screenshot(page, "dashboard", testInfo.project.name);
});

/** Logs one claim by hand through /claims/new and returns the address of its page. */
async function logClaim(page: Page, tag: string, quantity: string): Promise<string> {
  await page.goto("/claims/new");
  await page.getByLabel("Sentence, as published").fill(`More than 40 people were killed in the valley ${tag}, the mayor said.`);
  await page.getByRole("button", { name: /More than 40/ }).click();
  await expect(page.getByLabel("Lowest value")).toHaveValue("41");
  await pick(page, "Quantity", tag, quantity);
  const mayor = `Mayor of the valley ${tag}`;
  await page.getByRole("combobox", { name: "Source" }).fill(mayor);
  await page.getByRole("option", { name: `Create a new source “${mayor}”` }).click();
  await page.getByLabel("Kind of source").selectOption("government");
  await page.getByRole("button", { name: "Add this source" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was added and chosen" })).toBeVisible();
  await page.getByLabel("Reported at (UTC)").fill("2021-07-16T08:00");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/claims\/[A-Za-z0-9_-]+\?saved=new/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("More than 40");
  return new URL(page.url()).pathname;
}

test("a stale edit is refused with what changed, and neither text is lost", async ({ page, context }, testInfo) => {
  const tag = tagOf();
  await signInAs(page, "editor");
  const quantity = await storyWithQuantity(page, tag);
  const claimPath = await logClaim(page, tag, quantity);

  await page.goto(claimPath);
  const second = await context.newPage();
  await second.goto(claimPath);

  await page.getByLabel("Headline (optional)").fill("Floods: first tab's headline");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await second.getByLabel("Headline (optional)").fill("Floods: second tab's headline");
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByRole("alert").filter({ hasText: "Not saved" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("you saved it in another tab or window");
  await expect(conflict.getByRole("row", { name: /Headline/ })).toContainText("Floods: first tab's headline");
  await expect(conflict.getByRole("row", { name: /Headline/ })).toContainText("Floods: second tab's headline");
  // The second tab's own words are still in its form.
  await expect(second.getByLabel("Headline (optional)")).toHaveValue("Floods: second tab's headline");
  await screenshot(second, "stale-edit", testInfo.project.name);
  await conflict.screenshot({ path: `test-results/screenshots/stale-edit-panel-${testInfo.project.name}.png` });

  // The first tab's words were saved, not overwritten.
  await page.reload();
  await expect(page.getByLabel("Headline (optional)")).toHaveValue("Floods: first tab's headline");

  // Having compared, the second tab keeps its own version on purpose.
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await second.reload();
  await expect(second.getByLabel("Headline (optional)")).toHaveValue("Floods: second tab's headline");
  await expect(second.getByRole("region", { name: "History" })).toContainText("Floods: first tab's headline → Floods: second tab's headline");
});

test("a link that is not a web address is refused next to its field", async ({ page }, testInfo) => {
  await signInAs(page, "editor");
  await page.goto("/claims/new");
  await page.getByLabel("Sentence, as published").fill("At least 29 soldiers were killed, the governor said.");
  await page.getByLabel("Article address (optional)").fill("javascript:alert(1)");
  await page.getByLabel("Reported at (UTC)").fill("2020-02-27T22:00");
  await page.getByRole("button", { name: "Save as draft" }).click();

  const link = page.getByLabel("Article address (optional)");
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#claim-articleUrl-error")).toHaveText("Enter a full web address starting with http:// or https://.");
  // Nothing was saved, and what was typed is still there.
  await expect(page).toHaveURL(/\/claims\/new$/);
  await expect(link).toHaveValue("javascript:alert(1)");
  await expect(page.getByLabel("Sentence, as published")).toHaveValue("At least 29 soldiers were killed, the governor said.");
  await screenshot(page, "bad-link", testInfo.project.name);
});

test("a source already in the list is not entered twice, however it is written", async ({ page }, testInfo) => {
  const tag = tagOf();
  await signInAs(page, "editor");
  await page.goto("/sources");
  await page.getByLabel("Name").fill(`Observatoire syrien ${tag}`);
  await page.getByLabel("Kind").selectOption("ngo");
  await page.getByLabel("Homepage (optional)").fill("https://example.org/osdh");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("status")).toContainText(`“Observatoire syrien ${tag}” was added.`);

  await page.getByLabel("Name").fill(`  OBSERVATOIRE  Syrien, ${tag.toUpperCase()} `);
  await page.getByLabel("Kind").selectOption("media");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("status")).toContainText(`“Observatoire syrien ${tag}” is already in the list: nothing was added.`);

  await page.getByRole("searchbox", { name: "Search sources" }).fill(`observatoire ${tag}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: tag })).toHaveCount(1);
  await screenshot(page, "sources", testInfo.project.name);

  await page.goto("/stories");
  await screenshot(page, "stories", testInfo.project.name);
});
