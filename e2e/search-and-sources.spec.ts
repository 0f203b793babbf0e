import { expect, test, type Page } from "@playwright/test";
import { createQuantity, insertAtLeast, insertExact, readClaim, uniqueTag } from "./support/review-fixtures";
import { screenshot } from "./support/screenshot";
import { signInAs } from "./support/session";

// The Idlib demo is seeded into the run's database (prisma/seed/demo-story.ts); other specs add
// their own stories beside it ("Syrian Observatory (tag)", "Turkish soldiers killed (tag)"),
// which may outrank the demo's on a one-word search: these tests look for what they expect with
// words only the demo has, and never count everything.

async function search(page: Page, text: string) {
  await page.goto("/search");
  const main = page.getByRole("main");
  await main.getByRole("searchbox", { name: "Search stories, figures and sources" }).fill(text);
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
}

/** The language switch's choice (lib/i18n/locale.ts), as a reader who picked French has it. */
const readInFrench = (page: Page) => page.context().addCookies([{ name: "ct-lang", value: "fr", url: page.url() }]);

const group = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });

test("a visitor searches the demo for the Observatory and follows it to the source's record", async ({
  page,
}, testInfo) => {
  await page.goto("/search");
  await expect(page.getByText("Search the published stories, the quantities they count")).toBeVisible();

  await search(page, "Observatory");
  await expect(page.getByRole("status")).toContainText(/results? for “Observatory”/);
  await expect(group(page, "Sources").locator("mark", { hasText: "Observatory" }).first()).toBeVisible();
  // The English sentence that names it, with the matched word marked.
  await expect(group(page, "Claims").locator("mark", { hasText: "Observatory" }).first()).toBeVisible();
  await screenshot(page, "search-results", testInfo.project.name);

  await search(page, "observatory human rights");
  const observatory = group(page, "Sources").getByRole("link", {
    name: "Syrian Observatory for Human Rights (OSDH)",
  });
  await expect(observatory.locator("mark")).toHaveText(["Observatory", "Human", "Rights"]);

  await observatory.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Syrian Observatory for Human Rights (OSDH)");
  await expect(page.getByText("NGO · United Kingdom (Syrian opposition)")).toBeVisible();
  const record = page.getByRole("region", { name: "Its record" });
  await expect(record).toContainText("Its one figure was not later revised, and no other source contradicted it.");
  const story = page.getByRole("region", {
    name: "Strikes on Turkish troops in Idlib, 27 February 2020",
  });
  await expect(story.getByRole("link", { name: "Turkish soldiers killed in the strikes" })).toHaveAttribute(
    "href",
    /^\/quantity\//,
  );
  await expect(story).toContainText("more than 30");
  await story.getByRole("link", { name: "Permalink" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "The Syrian Observatory for Human Rights (OSDH): more than 30",
  );
});

test("a French word and an English word both find the demo's soldiers, accents or not", async ({ page }) => {
  await search(page, "soldats tues");
  const claims = group(page, "Claims");
  await expect(
    claims.locator('p[lang="fr"]').filter({ hasText: "Au moins 29 soldats turcs ont été tués" }),
  ).toBeVisible();
  await expect(claims.locator("mark", { hasText: "tués" }).first()).toBeVisible();

  await search(page, "soldiers");
  await expect(
    group(page, "Claims")
      .locator("mark", { hasText: /^soldiers$/ })
      .first(),
  ).toBeVisible();
  await expect(
    group(page, "Quantities")
      .locator("mark", { hasText: /^soldiers$/ })
      .first(),
  ).toBeVisible();
  await search(page, "soldiers Turkish army");
  await expect(
    group(page, "Claims").locator('p[lang="en"]').filter({ hasText: "more than 30 soldiers of the Turkish army" }),
  ).toBeVisible();

  // As people type: the start of the last word is enough.
  await search(page, "Turkish troops Idl");
  await expect(
    group(page, "Stories").getByRole("link", {
      name: "Strikes on Turkish troops in Idlib, 27 February 2020",
    }),
  ).toBeVisible();
});

test("hostile or odd queries get an answer, never an error", async ({ page }) => {
  const queries = [
    '"',
    "AND OR NOT",
    "*",
    '"soldiers',
    "NEAR(soldiers killed, 2)",
    "source:Observatory",
    "x".repeat(1_000),
    "😀🔥",
    "') OR 1=1 --",
  ];
  for (const q of queries) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  }
  // Operators and column filters are read as punctuation: only the words are searched.
  await page.goto(`/search?q=${encodeURIComponent('"Observatory ^Human* (Rights')}`);
  await expect(
    group(page, "Sources").getByRole("link", {
      name: "Syrian Observatory for Human Rights (OSDH)",
    }),
  ).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent("😀🔥")}`);
  await expect(page.getByText("There is no word to search for in that")).toBeVisible();
  for (const odd of [
    "/search?q=soldiers&kind=nonsense&page=-3",
    "/search?q=soldiers&page=abc",
    "/search?q=a&q=b",
    "/search?kind=claim&page=99999&q=soldiers",
  ]) {
    expect((await page.goto(odd))?.status(), odd).toBe(200);
  }

  // The page speaks French to a French reader; the quotes keep their language.
  await readInFrench(page);
  await page.goto(`/search?q=soldats`);
  await expect(page.getByRole("heading", { level: 1, name: "Recherche" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("pour «\u00a0soldats\u00a0»");
});

test("a claim's words are found only while it is published: approved, found; retracted, gone", async ({ page }) => {
  const tag = uniqueTag();
  const word = `zq${tag}`;
  const quantity = await createQuantity(tag, { sources: { governor: "Governor of Hatay" } });
  const claim = await insertAtLeast(quantity, "governor", 41, {
    sentence: `The governor said at least 41 soldiers were killed near ${word}.`,
  });

  // In review: neither the claim nor its story, quantity or source is found, nor has a page.
  await search(page, word);
  await expect(page.getByRole("status")).toHaveText(`Nothing published matches “${word}”.`);
  await search(page, `Governor of Hatay ${tag}`);
  await expect(page.getByRole("status")).toContainText("Nothing published matches");
  expect((await page.goto(`/source/${quantity.sources.governor}`))?.status()).toBe(404);

  await signInAs(page, "reviewer");
  await page.goto(`/review/${claim.id}`);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page).toHaveURL(/\/review\?done=approved/);
  expect((await readClaim(claim.id)).status).toBe("published");

  await search(page, word);
  const found = group(page, "Claims").getByRole("listitem");
  await expect(found).toHaveCount(1);
  await expect(found.locator("mark")).toHaveText(word);
  await expect(found.getByRole("link", { name: `Governor of Hatay (${tag})` })).toHaveAttribute(
    "href",
    `/source/${quantity.sources.governor}`,
  );
  expect((await page.goto(`/source/${quantity.sources.governor}`))?.status()).toBe(200);

  await page.goto(`/review/${claim.id}`);
  await page.getByRole("textbox", { name: "Reason" }).fill("The governor's office withdrew this figure.");
  await page.getByRole("button", { name: "Retract this claim" }).click();
  await expect(page.getByRole("status")).toContainText("Retracted: at least 41");

  await search(page, word);
  await expect(page.getByRole("status")).toHaveText(`Nothing published matches “${word}”.`);
  expect((await page.goto(`/source/${quantity.sources.governor}`))?.status()).toBe(404);
});

test("a source's record counts its revised and contradicted figures", async ({ page }, testInfo) => {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, {
    cumulative: false,
    sources: { ministry: "Ministry of Health", council: "Local council" },
  });
  const published = (source: "ministry" | "council", n: number, at: string) =>
    insertExact(quantity, source, n, {
      sentence: `${n} people were killed, said the source (${tag}).`,
      reportedAt: new Date(at),
      status: "published",
    });
  const ministry = quantity.sources.ministry as string;
  await published("ministry", 22, "2020-02-27T20:00:00Z");
  await published("council", 29, "2020-02-27T22:00:00Z");
  await published("ministry", 35, "2020-02-28T08:00:00Z");

  await page.goto(`/source/${ministry}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ministry of Health (${tag})`);
  await expect(page.getByRole("region", { name: "Its record" })).toContainText(
    "1 of its 2 figures was later revised; 1 was contradicted by another source.",
  );
  const figures = page.getByRole("region", { name: quantity.storyTitle }).getByRole("listitem");
  // Newest first, each with what became of it.
  await expect(figures.nth(0)).toContainText("35");
  await expect(figures.nth(0)).toContainText(`Contradicted by Local council (${tag})`);
  await expect(figures.nth(1)).toContainText("22");
  await expect(figures.nth(1)).toContainText("Later revised by the source itself");
  await screenshot(page, "source-page", testInfo.project.name);

  await readInFrench(page);
  await page.goto(`/source/${ministry}`);
  await expect(page.getByRole("region", { name: "Son bilan" })).toContainText(
    "1 de ses 2 chiffres a été révisé par la suite\u00a0; 1 a été contredit par une autre source.",
  );

  expect((await page.goto("/source/no-such-source"))?.status()).toBe(404);
});
