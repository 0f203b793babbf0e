// Every public page, in both languages, at desktop and phone widths, checked by axe-core for
// WCAG 2.1 A and AA failures; the story page is also photographed for people to look at.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { screenshot } from "./support/screenshot";

const DEMO_STORY = "/story/idlib-strikes-on-turkish-troops-2020-02-27";

/** The public addresses worth checking, found from the demo story so their ids are real. */
async function publicPages(page: Page): Promise<string[]> {
  await page.goto(DEMO_STORY);
  const quantity = await page.locator('a[href^="/quantity/"]').first().getAttribute("href");
  const claim = await page.locator('a[href^="/claim/"]').first().getAttribute("href");
  const source = await page.locator('a[href^="/source/"]').first().getAttribute("href");
  return ["/", DEMO_STORY, quantity, claim, source, "/search?q=soldiers", "/search", "/no-such-page"].filter(
    (url): url is string => Boolean(url),
  );
}

async function expectNoViolations(page: Page, url: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(found, `axe on ${url}`).toEqual([]);
}

for (const locale of ["en-GB", "fr-FR"] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test("no public page has an accessibility violation", async ({ page }) => {
      test.setTimeout(90_000);
      for (const url of await publicPages(page)) {
        await page.goto(url);
        await expectNoViolations(page, url);
      }
    });

    test("the story page, photographed", async ({ page }, testInfo) => {
      await page.goto(DEMO_STORY);
      await expect(page.locator("html")).toHaveAttribute("lang", locale.slice(0, 2));
      await screenshot(page, `story-${locale.slice(0, 2)}`, testInfo.project.name);
    });
  });
}
