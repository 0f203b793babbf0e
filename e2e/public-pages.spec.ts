import { expect, test } from "@playwright/test";
import { withTestDatabase } from "./support/database";
import { createQuantity, insertAtLeast, insertGovernorSaid, uniqueTag } from "./support/review-fixtures";
import { screenshot } from "./support/screenshot";

// The Idlib demo, seeded into the run's database before the server starts (prisma/seed/demo-story.ts).
const DEMO_STORY = "/story/idlib-strikes-on-turkish-troops-2020-02-27";

test("a visitor reads the demo story: compatible figures, explained in plain words, on a chart", async ({
  page,
}, testInfo) => {
  await page.goto(DEMO_STORY);
  await expect(page.getByRole("heading", { level: 1, name: /Strikes on Turkish troops in Idlib/ })).toBeVisible();

  const toll = page.getByRole("region", { name: "Turkish soldiers killed in the strikes" });
  await expect(toll.getByText("together they say at least 31")).toBeVisible();
  await expect(toll.getByText("The Turkish government later gave 33, a revision upward.")).toBeVisible();
  await expect(toll.getByText("Consensus: the value every current figure allows")).toBeVisible();
  // The quote stays in its language.
  await expect(toll.locator('p[lang="fr"]').filter({ hasText: "Au moins 29" })).toBeVisible();
  await expect(toll.getByRole("row", { name: /Governor of Hatay province/ })).toContainText(
    "relayed by Anadolu Agency",
  );
  await screenshot(page, "public-story", testInfo.project.name);

  // The range chart (components/public/range-chart.tsx, built separately): one accessible image.
  await expect(toll.getByRole("img", { name: /.+/ })).toBeVisible();
});

test("a visitor finds a newly published story among the latest stories on the home page", async ({ page }) => {
  // Dated today, so it leads the list however many stories other tests have published.
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, {
    sources: { governor: "Governor of Hatay" },
    storyDate: new Date().toISOString().slice(0, 10),
  });
  await insertAtLeast(quantity, "governor", 29, {
    sentence: `At least 29 soldiers were killed (${tag}).`,
    status: "published",
  });

  await page.goto("/");
  const latest = page.getByRole("region", { name: "Latest stories" });
  await latest.getByRole("link", { name: quantity.storyTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: quantity.storyTitle })).toBeVisible();
  await expect(page.getByText("Only the Governor of Hatay")).toBeVisible();
});

test("a visitor follows a claim to its permalink and to its quantity", async ({ page }) => {
  await page.goto(DEMO_STORY);
  const toll = page.getByRole("region", { name: "Turkish soldiers killed in the strikes" });
  await toll
    .getByRole("row", { name: /Syrian Observatory/ })
    .getByRole("link", { name: "Permalink" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "The Syrian Observatory for Human Rights (OSDH): more than 30",
  );
  await page.getByRole("link", { name: "Turkish soldiers killed in the strikes" }).click();
  await expect(page.getByRole("heading", { name: "The figure over time" })).toBeVisible();
});

test("an unknown claim's permalink is a 404", async ({ page }) => {
  const response = await page.goto("/claim/no-such-claim");
  expect(response?.status()).toBe(404);
});

test("a claim in review has no public permalink and its words appear on no public page", async ({ page }) => {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, { sources: { governor: "Governor of Hatay" } });
  const claim = await insertGovernorSaid(quantity, 41, tag);
  const { quote } = claim;

  const permalink = await page.goto(`/claim/${claim.id}`);
  expect(permalink?.status()).toBe(404);

  // Its quantity and story have no published claim: they are not public yet either (issue 18),
  // and their pages say nothing of it. createQuantity uses the story id as its slug.
  const quantityPage = await page.request.get(`/quantity/${quantity.quantityId}`);
  expect(quantityPage.status()).toBe(404);
  expect(await quantityPage.text()).not.toContain(quote);
  const slug = await withTestDatabase((db) =>
    db.get<{ storyId: string }>(`SELECT "storyId" FROM "Quantity" WHERE "id" = ?`, quantity.quantityId),
  );
  const storyPage = await page.request.get(`/story/${slug?.storyId}`);
  expect(storyPage.status()).toBe(404);
  const storyHtml = await storyPage.text();
  expect(storyHtml).not.toContain(quantity.label);
  expect(storyHtml).not.toContain(quote);
});

test("a claim's permalink carries one schema.org ClaimReview a fact-check tool can read", async ({ page }) => {
  await page.goto(DEMO_STORY);
  const toll = page.getByRole("region", { name: "Turkish soldiers killed in the strikes" });
  await toll
    .getByRole("row", { name: /Governor of Hatay/ })
    .getByRole("link", { name: "Permalink" })
    .click();
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const review = JSON.parse((await scripts.textContent()) ?? "{}");
  expect(review).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: page.url(),
    claimReviewed: expect.stringContaining("Au moins 29"),
    reviewRating: { "@type": "Rating", alternateName: expect.any(String) },
    itemReviewed: {
      "@type": "Claim",
      author: { name: "Governor of Hatay province" },
      appearance: { "@type": "CreativeWork", url: expect.stringMatching(/^https?:\/\//) },
    },
  });
  expect(Date.parse(review.datePublished)).not.toBeNaN();
  expect(Date.parse(review.itemReviewed.datePublished)).not.toBeNaN();
});
