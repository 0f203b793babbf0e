// The home page lists the latest stories 20 at a time, older ones a link away, in English and
// French; an odd page number is read as page 1 and a page past the end is a plain 404.
import { expect, test } from "@playwright/test";
import { createQuantity, insertExact, uniqueTag } from "./support/review-fixtures";

test.skip(({ isMobile }) => isMobile, "The pages do not depend on the screen: checked once, on desktop.");

/** Stories dated long ago, so they are the oldest of the database whatever else the tests add. */
async function oldStories(tag: string, count: number): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    const quantity = await createQuantity(`${tag}-${i}`, {
      sources: { wire: "Wire agency" },
      storyDate: `1901-01-${String(i + 1).padStart(2, "0")}`,
    });
    await insertExact(quantity, "wire", 12, {
      sentence: `12 were killed (${tag}-${i}).`,
      reportedAt: new Date("1901-01-01T12:00:00Z"),
      status: "published",
    });
    titles.push(quantity.storyTitle);
  }
  return titles;
}

test("older stories come a page at a time, by links that work without JavaScript", async ({ page }) => {
  const tag = uniqueTag();
  const titles = await oldStories(tag, 21);
  const oldest = titles[0] as string;

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: oldest, exact: true })).toHaveCount(0);
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByRole("link", { name: /Newer/ })).toHaveCount(0);

  // Older, older... until the last page, which holds the oldest story and no further link.
  for (let n = 2; ; n++) {
    await pages.getByRole("link", { name: /Older/ }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]page=${n}\\b`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Earlier stories, page ${n}`);
    await expect(pages.getByText(`Page ${n}`)).toBeVisible();
    await expect(pages.getByRole("link", { name: /Newer/ })).toBeVisible();
    if ((await pages.getByRole("link", { name: /Older/ }).count()) === 0) break;
    expect(n, "the pages never end").toBeLessThan(50);
  }
  await expect(page.getByRole("link", { name: oldest, exact: true })).toBeVisible();
  expect(await page.locator(".latest-stories > li").count()).toBeLessThanOrEqual(20);
});

test("in French, the same pages with French words", async ({ page, context, baseURL }) => {
  await oldStories(uniqueTag(), 21);
  await context.addCookies([{ name: "ct-lang", value: "fr", url: baseURL as string }]);
  await page.goto("/?page=2");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Récits précédents, page 2");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByRole("link", { name: /Plus récents/ })).toHaveAttribute("href", "/");
});

test("a page number that is not one reads as page 1; a page past the end is a 404", async ({ request }) => {
  for (const odd of ["abc", "0", "-2", "1.5", "99999999"]) {
    const response = await request.get(`/?page=${odd}`);
    expect(response.status(), odd).toBe(200);
    expect(await response.text(), odd).toContain('id="intro-heading"');
  }
  expect((await request.get("/?page=9999")).status()).toBe(404);
});
