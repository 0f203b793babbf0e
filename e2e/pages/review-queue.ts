import { expect, type Page } from "@playwright/test";

/** The review queue's entry for a claim, found by the claim's quantity and quote. */
export const queueItem = (page: Page, label: string, quote: string) =>
  page
    .getByRole("listitem")
    .filter({ hasText: label })
    .filter({ has: page.getByRole("heading", { name: new RegExp(quote) }) });

/** Approves a claim from its review page, which then says it was approved. */
export async function approveClaim(page: Page, claimId: string) {
  await page.goto(`/review/${claimId}`);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("status")).toContainText("Approved");
}
