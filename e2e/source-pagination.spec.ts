// A source quoted for years has thousands of figures: its page lists 20 at a time, newest first,
// older ones a link away, while its record still counts every figure it gave.
import { expect, test } from "@playwright/test";
import { createQuantity, insertClaim, uniqueTag } from "./support/review-fixtures";

test.skip(({ isMobile }) => isMobile, "The pages do not depend on the screen: checked once, on desktop.");

test("a prolific source's figures come 20 a page, newest first, and its record counts them all", async ({ page }) => {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, { sources: { governor: "Governor of Hatay" } });
  const sourceId = quantity.sources.governor as string;
  const count = 23;
  for (let i = 0; i < count; i++) {
    await insertClaim({
      quantityId: quantity.quantityId,
      sourceId,
      author: "editor",
      quote: `${100 + i}`,
      low: 100 + i,
      high: 100 + i,
      qualifier: "exact",
      sentence: `The governor said ${100 + i} soldiers were killed (${tag}).`,
      reportedAt: new Date(Date.UTC(2020, 1, 27, 0, i)),
      status: "published",
    });
  }
  const figures = page.getByRole("main").locator("ol > li");

  await page.goto(`/source/${sourceId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Governor of Hatay (${tag})`);
  // Each figure but the newest was revised by the governor's own later figure: all 23 counted.
  await expect(page.getByText(`22 of its 23 figures were later revised`)).toBeVisible();
  await expect(figures).toHaveCount(20);
  await expect(figures.first()).toContainText("122");
  await expect(figures.last()).toContainText("103");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByRole("link", { name: /Newer/ })).toHaveCount(0);

  await pages.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(new RegExp(`/source/${sourceId}\\?page=2$`));
  await expect(page).toHaveTitle(new RegExp(`^Governor of Hatay \\(${tag}\\), page 2`));
  await expect(figures).toHaveCount(3);
  await expect(figures.first()).toContainText("102");
  await expect(figures.last()).toContainText("100");
  await expect(page.getByText(`22 of its 23 figures were later revised`)).toBeVisible();
  await expect(pages.getByRole("link", { name: /Older/ })).toHaveCount(0);

  // Past the last figure there is no page.
  const past = await page.goto(`/source/${sourceId}?page=3`);
  expect(past?.status()).toBe(404);
});
