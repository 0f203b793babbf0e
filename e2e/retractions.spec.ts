// A retraction in the open: a reviewer retracts a published figure, and a signed-out visitor then
// finds it on its quantity's page, in English and in French: listed under "Retractions" with the
// source, its words, when it was said, when and why it was retracted; still on the chart and the
// timeline, struck through and named as retracted; and no longer compared or counted, so the
// conflict it caused is gone. The page the cache kept before the retraction is not served again.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { cacheOf } from "./support/page-cache-fixtures";
import { createQuantity, insertClaim, uniqueTag } from "./support/review-fixtures";
import { screenshot } from "./support/screenshot";
import { asUser } from "./support/session";

const REASON = "The agency withdrew this figure the next morning: it had counted the wounded among the dead.";

/** The Idlib toll as four sources gave it, the agency's 55 the one later retracted. */
async function tollWithAFigureToRetract(tag: string) {
  const quantity = await createQuantity(tag, {
    sources: {
      hatay: "Governor of Hatay",
      osdh: "Syrian Observatory for Human Rights",
      agency: "Wire agency",
      ministry: "Turkish defence ministry",
    },
  });
  const said = (
    source: keyof typeof quantity.sources,
    quote: string,
    figure: { low: number; high: number | null; qualifier: "at_least" | "more_than" | "exact" },
    sentence: string,
    reportedAt: string,
  ) =>
    insertClaim({
      quantityId: quantity.quantityId,
      sourceId: quantity.sources[source] as string,
      author: "editor",
      quote,
      ...figure,
      sentence,
      reportedAt: new Date(reportedAt),
      status: "published",
    });
  // Who said what, in the order they said it; the agency's 55 is the figure retracted.
  const sentences = {
    hatay: "At least 29 Turkish soldiers were killed, the governor of Hatay said.",
    osdh: "More than 30 Turkish soldiers were killed, the Observatory said.",
    agency: "55 Turkish soldiers were killed in the strikes, the agency reported.",
    ministry: "33 of our soldiers were martyred, the defence ministry said.",
  };
  const figures = [
    ["hatay", "at least 29", 29, null, "at_least", "2020-02-27T22:00:00Z"],
    ["osdh", "more than 30", 31, null, "more_than", "2020-02-27T23:30:00Z"],
    ["agency", "55", 55, 55, "exact", "2020-02-28T01:00:00Z"],
    ["ministry", "33", 33, 33, "exact", "2020-02-28T08:00:00Z"],
  ] as const;
  const ids: Record<string, string> = {};
  for (const [source, quote, low, high, qualifier, at] of figures)
    ids[source] = (await said(source, quote, { low, high, qualifier }, sentences[source], at)).id;
  return { quantity, agencyId: ids.agency as string };
}

async function retract(page: Page, claimId: string) {
  await page.goto(`/review/${claimId}`);
  await page.getByRole("textbox", { name: "Reason", exact: true }).fill(REASON);
  await page.getByRole("button", { name: "Retract this claim" }).click();
  await expect(page.getByRole("status")).toContainText("Retracted: 55");
}

test("a retracted figure stays on its quantity's page, marked retracted, with its date and reason", async ({
  page,
  request,
  browser,
}, testInfo) => {
  const tag = uniqueTag();
  const { quantity, agencyId } = await tollWithAFigureToRetract(tag);
  const url = `/quantity/${quantity.quantityId}`;
  const agency = `Wire agency (${tag})`;

  // Before: the agency's 55, three times the ministry's later 33, makes the toll conflict, and
  // the page has no retractions. A visitor's second request is answered from the page cache.
  await page.goto(url);
  const panel = page.getByRole("region", { name: quantity.label });
  await expect(panel.getByText("Conflict", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Retractions" })).toHaveCount(0);
  await request.get(url);
  expect(cacheOf(await request.get(url))).toBe("hit");

  await asUser(browser, "reviewer", (reviewer) => retract(reviewer, agencyId));

  // The very next request renders the page again, with the retraction.
  const after = await request.get(url);
  expect(cacheOf(after)).toBe("miss");
  expect(await after.text()).toContain(REASON);

  await page.reload();
  // No longer compared: the conflict it made is gone, and it is in no current figure.
  await expect(panel.getByText("Compatible", { exact: true })).toBeVisible();
  const current = panel.getByRole("table", { name: `Current figures for ${quantity.label}` });
  await expect(current).not.toContainText(agency);

  // Listed in the open: who said it, its words, when it was said, when and why it was retracted.
  const retractions = panel.getByRole("region", { name: "Retractions" });
  await expect(retractions).toBeVisible();
  const row = retractions.getByRole("row").filter({ hasText: agency });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(0)).toContainText("Retracted");
  await expect(row.getByRole("cell").nth(0)).toContainText(/\d{1,2} \w{3} \d{4}, \d\d:\d\d UTC/);
  await expect(row.getByRole("cell").nth(1)).toContainText(agency);
  await expect(row.getByRole("cell").nth(1)).toContainText("reported 28 Feb 2020, 01:00 UTC");
  await expect(row.getByRole("cell").nth(2)).toHaveText("“55”");
  await expect(row.getByRole("cell").nth(3)).toHaveText(REASON);
  // The other figures are not listed as retracted.
  await expect(retractions.getByRole("row")).toHaveCount(2);

  // On the chart it stays, named as retracted for a screen reader, struck through on the screen.
  const chart = panel.getByRole("img", { name: /each source's figure on one number line/ });
  await expect(chart).toHaveAccessibleName(
    new RegExp(`${agency.replace(/[()]/g, "\\$&")}: 55: 55, retracted by the newsroom and no longer counted`),
  );
  await expect(chart).not.toHaveAccessibleName(/in conflict/);
  await expect(chart.locator("s", { hasText: `${agency}: 55` })).toBeVisible();
  await expect(chart.getByText("retracted", { exact: true })).toBeVisible();

  // Accessible as every public page is (WCAG 2.1 A and AA, by axe-core).
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The page as a reader sees it, at a desktop and a phone width.
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, "quantity-retraction-1280", testInfo.project.name);
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "quantity-retraction-360", testInfo.project.name);

  // On the timeline, struck through, with a link to its notice.
  const timeline = panel
    .getByRole("list")
    .filter({ has: page.locator("time") })
    .last();
  const event = timeline.getByRole("listitem").filter({ hasText: agency });
  await expect(event.locator("s")).toHaveText("55");
  await event.getByRole("link", { name: /^retracted on / }).click();
  await expect(page).toHaveURL(new RegExp(`#retraction-${agencyId}$`));

  // Its permalink says it was retracted, when and why (410 Gone), as before.
  const permalink = await page.goto(`/claim/${agencyId}`);
  expect(permalink?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retracted claim");
  await expect(page.getByText(REASON)).toBeVisible();

  // In French: the same notice, its words in French, the reason as the reviewer wrote it.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const retraits = page.getByRole("region", { name: "Retraits" });
  await expect(retraits).toBeVisible();
  const ligne = retraits.getByRole("row").filter({ hasText: agency });
  await expect(ligne.getByRole("cell").nth(0)).toContainText("Retiré");
  await expect(ligne.getByRole("cell").nth(1)).toContainText("donné le 28 févr. 2020, 01:00 UTC");
  await expect(ligne.getByRole("cell").nth(3)).toHaveText(REASON);
  await expect(page.getByRole("img", { name: /retiré par la rédaction, il ne compte plus/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^retiré le / })).toBeVisible();
  await expect(page.getByText("Compatibles", { exact: true })).toBeVisible();
  await screenshot(page, "quantity-retraction-fr-1280", testInfo.project.name);
});

test("a quantity with no retraction has no Retractions section", async ({ page }) => {
  const tag = uniqueTag();
  const { quantity } = await tollWithAFigureToRetract(tag);
  await page.goto(`/quantity/${quantity.quantityId}`);
  await expect(page.getByRole("region", { name: quantity.label })).toBeVisible();
  await expect(page.getByRole("region", { name: "Retractions" })).toHaveCount(0);
  await expect(page.locator("s")).toHaveCount(0);
});
