import { expect, test, type Page } from "@playwright/test";
import {
  createSourceInPicker,
  dashboardSection,
  keepFiguresOfNewSource,
  pasteFloodsArticle,
  pick,
  saveKeptFigures,
  storyWithQuantity,
  submitDrafts,
} from "./pages/newsroom";
import { screenshot } from "./support/screenshot";
import { signInAs } from "./support/session";

// What an editor does in a day: a story and its quantity, an article pasted and three of its
// figures kept and sent for review, a draft edited in two tabs at once, a bad link refused.

const tagOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an editor pastes an article, keeps three figures, and sends them for review", async ({ page }, testInfo) => {
  const tag = tagOf();
  await signInAs(page, "editor");
  const quantity = await storyWithQuantity(page, tag);
  await screenshot(page, "story", testInfo.project.name);
  const governor = `Governor of the valley ${tag}`;

  await pasteFloodsArticle(
    page,
    tag,
    [
      "Rescuers said more than 30 had died and that about 1,300 people were still missing.",
      "The river rose by 7 metres in a few hours.",
    ],
    { url: "https://example.org/floods", publishedAt: "2021-07-16T09:30" },
  );

  // The first figure: its source is new, created from the picker without leaving the page.
  await keepFiguresOfNewSource(page, { search: tag, label: quantity }, { search: `valley ${tag}`, name: governor }, [
    "At least 29",
    "more than 30",
    "about 1,300",
  ]);
  await expect(page.getByText("3 kept")).toBeVisible();
  await screenshot(page, "paste-article", testInfo.project.name);
  await saveKeptFigures(page, 3);

  const mine = dashboardSection(page, "Your drafts").getByRole("listitem").filter({ hasText: quantity });
  await expect(mine).toHaveCount(3);
  await submitDrafts(page, quantity, ["At least 29", "more than 30", "about 1,300"]);
  const inReview = dashboardSection(page, "In review").getByRole("listitem").filter({ hasText: quantity });
  await expect(inReview).toHaveCount(3);
  await expect(inReview.first()).toContainText("In review");
  await expect(dashboardSection(page, "Your drafts").getByRole("listitem").filter({ hasText: quantity })).toHaveCount(
    0,
  );
  await screenshot(page, "dashboard", testInfo.project.name);
});

/** Logs one claim by hand through /claims/new and returns the address of its page. */
async function logClaim(page: Page, tag: string, quantity: string): Promise<string> {
  await page.goto("/claims/new");
  await page
    .getByLabel("Sentence, as published")
    .fill(`More than 40 people were killed in the valley ${tag}, the mayor said.`);
  await page.getByRole("button", { name: /More than 40/ }).click();
  await expect(page.getByLabel("Lowest value")).toHaveValue("41");
  await pick(page, "Quantity", tag, quantity);
  await createSourceInPicker(page, `Mayor of the valley ${tag}`, { kind: "government" });
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
  await conflict.screenshot({
    path: `test-results/screenshots/stale-edit-panel-${testInfo.project.name}.png`,
  });

  // The first tab's words were saved, not overwritten.
  await page.reload();
  await expect(page.getByLabel("Headline (optional)")).toHaveValue("Floods: first tab's headline");

  // Having compared, the second tab keeps its own version on purpose.
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await second.reload();
  await expect(second.getByLabel("Headline (optional)")).toHaveValue("Floods: second tab's headline");
  await expect(second.getByRole("region", { name: "History" })).toContainText(
    "Floods: first tab's headline → Floods: second tab's headline",
  );
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
  await expect(page.locator("#claim-articleUrl-error")).toHaveText(
    "Enter a full web address starting with http:// or https://.",
  );
  // Nothing was saved, and what was typed is still there.
  await expect(page).toHaveURL(/\/claims\/new$/);
  await expect(link).toHaveValue("javascript:alert(1)");
  await expect(page.getByLabel("Sentence, as published")).toHaveValue(
    "At least 29 soldiers were killed, the governor said.",
  );
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
  await expect(page.getByRole("status")).toContainText(
    `“Observatoire syrien ${tag}” is already in the list: nothing was added.`,
  );

  await page.getByRole("searchbox", { name: "Search sources" }).fill(`observatoire ${tag}`);
  // The newsroom's list of sources has its own search, apart from the site's in the header.
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: tag })).toHaveCount(1);
  await screenshot(page, "sources", testInfo.project.name);

  await page.goto("/stories");
  await screenshot(page, "stories", testInfo.project.name);
});
