// What the HTML page cache's specs share (e2e/page-cache.spec.ts, and across two servers
// e2e/postgres/two-servers.spec.ts): a public page with a claim waiting for review, to keep in
// the cache and then see approved.
import type { APIResponse } from "@playwright/test";
import { createQuantity, insertClaim } from "./review-fixtures";

/** Whether the cache answered ("hit"), rendered and kept ("miss"), or only passed the render on (undefined). */
export const cacheOf = (response: APIResponse) => response.headers()["x-page-cache"];

export interface PageWithClaimInReview {
  /** The quantity's public page. */
  url: string;
  /** The claim in review. */
  pendingId: string;
  /** Its sentence, on the page once it is published. */
  pendingSentence: string;
}

/** A quantity with the agency's figure published and the ministry's in review, named with `tag`. */
export async function pageWithClaimInReview(tag: string): Promise<PageWithClaimInReview> {
  const quantity = await createQuantity(tag, {
    sources: { wire: "Wire agency", ministry: "Defence ministry" },
  });
  const figure = (source: "wire" | "ministry", killed: number, reportedAt: string, status: "published" | "in_review") =>
    insertClaim({
      quantityId: quantity.quantityId,
      sourceId: quantity.sources[source] as string,
      author: "editor",
      quote: `${killed} (${tag})`,
      low: killed,
      high: killed,
      qualifier: "exact",
      sentence: `${killed} soldiers were killed, the ${source === "wire" ? "agency" : "ministry"} said (${tag}).`,
      reportedAt: new Date(reportedAt),
      status,
    });
  await figure("wire", 35, "2020-02-27T18:00:00Z", "published");
  const pending = await figure("ministry", 29, "2020-02-27T21:00:00Z", "in_review");
  return {
    url: `/quantity/${quantity.quantityId}`,
    pendingId: pending.id,
    pendingSentence: `29 soldiers were killed, the ministry said (${tag}).`,
  };
}
