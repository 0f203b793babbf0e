import { expect, test, type Page } from "@playwright/test";
import { screenshot } from "./support/screenshot";
import { createQuantity, insertAtLeast, observatoryMoreThan30, readClaim, uniqueTag } from "./support/review-fixtures";
import { signInAs } from "./support/session";

// A reviewer's rating reaches the reader: the verdict and its reason as a badge on the claim's
// permalink and in its quantity's claims table, in English and in French, saying what the
// page's ClaimReview says (Google asks that the page and the markup match).

const REASON = "The Turkish defence ministry's own count, released the same night, says 33 soldiers.";

/** The permalink's ClaimReview rating, as a search engine reads it. */
async function claimReviewRating(page: Page) {
  const script = await page.locator('script[type="application/ld+json"]').textContent();
  return (JSON.parse(script ?? "{}") as { reviewRating?: Record<string, unknown> }).reviewRating;
}

test("a reviewer rates a claim Disputed with a reason and approves it; a visitor sees the badge and the reason, in English and in French", async ({
  page,
  browser,
}, testInfo) => {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, { sources: { hatay: "Governor of Hatay", osdh: "Syrian Observatory" } });
  const sentence = `At least 29 Turkish soldiers were killed in Idlib, the governor said (${tag}).`;
  const claim = await insertAtLeast(quantity, "hatay", 29, { sentence });
  // Another claim on the same quantity, published and never rated: it shows no badge.
  const unratedSentence = `More than 30 soldiers died, the Observatory said (${tag}).`;
  await observatoryMoreThan30(quantity, { sentence: unratedSentence, status: "published" });

  await signInAs(page, "reviewer");
  await page.goto(`/review/${claim.id}`);
  await page.getByRole("combobox", { name: "Your rating of this figure" }).selectOption("disputed");

  // A verdict without its reason is refused beside the field, and nothing changes.
  await page.getByRole("button", { name: "Save the rating" }).click();
  const reason = page.getByRole("textbox", { name: "Why this rating" });
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription(/Say why you rate it so: readers see the reason/);
  expect((await readClaim(claim.id)).version).toBe(1);

  await page.getByRole("combobox", { name: "Your rating of this figure" }).selectOption("disputed");
  await reason.fill(REASON);
  await page.getByRole("button", { name: "Save the rating" }).click();
  await expect(page.getByRole("status")).toContainText("Rating saved.");
  await expect(page.getByRole("textbox", { name: "Why this rating" })).toHaveValue(REASON);
  // The history says who rated it and why.
  await expect(page.getByRole("region", { name: "History" })).toContainText(REASON);

  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page).toHaveURL(/\/review\?done=approved/);
  expect((await readClaim(claim.id)).status).toBe("published");

  // A visitor, signed out, in a browser of their own.
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  try {
    const visitor = await context.newPage();
    await visitor.goto(`/claim/${claim.id}`);
    const verdict = visitor.getByRole("region", { name: "Our rating" });
    await expect(verdict).toContainText("Disputed");
    await expect(verdict).toContainText(REASON);
    expect(await claimReviewRating(visitor)).toMatchObject({
      alternateName: "Disputed",
      ratingValue: 3,
      ratingExplanation: REASON,
    });
    await screenshot(visitor, "rating-permalink-en", testInfo.project.name);

    await visitor.goto(`/quantity/${quantity.quantityId}`);
    const rated = visitor.getByRole("row").filter({ hasText: sentence });
    await expect(rated).toContainText("Disputed");
    await expect(rated).toContainText(REASON);
    const unrated = visitor.getByRole("row").filter({ hasText: unratedSentence });
    await expect(unrated).toBeVisible();
    await expect(unrated).not.toContainText("Disputed");
    await expect(unrated).not.toContainText("Unverified");
    await rated.scrollIntoViewIfNeeded();
    await screenshot(visitor, "rating-quantity-table-en", testInfo.project.name);

    // In French: the same verdict in French words, the reason as the reviewer wrote it.
    await visitor.getByRole("button", { name: "Français" }).click();
    await expect(visitor.locator("html")).toHaveAttribute("lang", "fr");
    await expect(visitor.getByRole("row").filter({ hasText: sentence })).toContainText("Contesté");
    await expect(visitor.getByRole("row").filter({ hasText: sentence })).toContainText(REASON);

    await visitor.goto(`/claim/${claim.id}`);
    const verdictFr = visitor.getByRole("region", { name: "Notre évaluation" });
    await expect(verdictFr).toContainText("Contesté");
    await expect(verdictFr).toContainText(REASON);
    expect(await claimReviewRating(visitor)).toMatchObject({ alternateName: "Contesté", ratingExplanation: REASON });
    await screenshot(visitor, "rating-permalink-fr", testInfo.project.name);
  } finally {
    await context.close();
  }
});
