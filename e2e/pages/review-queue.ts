import type { Page } from "@playwright/test";

/** The review queue's entry for a claim, found by the claim's quantity and quote. */
export const queueItem = (page: Page, label: string, quote: string) =>
  page
    .getByRole("listitem")
    .filter({ hasText: label })
    .filter({ has: page.getByRole("heading", { name: new RegExp(quote) }) });
