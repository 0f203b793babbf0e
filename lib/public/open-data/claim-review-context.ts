import "server-only";
import { claimPublishedAt } from "@/lib/data/public-api";
import { quantityById, type PermalinkClaim } from "@/lib/data/public-claims";
import type { ClaimReviewOptions } from "@/lib/public/claim-review";
import { summarizeQuantity } from "@/lib/public/quantity-summary";
import { publicUrls } from "./urls";

/** What a published claim's ClaimReview needs beyond the claim: its URL, publication and comparison. */
export async function claimReviewContext(claim: PermalinkClaim): Promise<ClaimReviewOptions | null> {
  const [datePublished, quantity] = await Promise.all([claimPublishedAt(claim.id), quantityById(claim.quantity.id)]);
  if (!datePublished || !quantity) return null;
  const summary = summarizeQuantity(quantity, quantity.claims);
  // The configured origin, never the request's Host: the page cache keeps this page for everyone.
  const urls = publicUrls();
  return {
    url: urls.claimPage(claim.id),
    origin: urls.origin,
    datePublished,
    comparison: {
      status: summary.status,
      standing: summary.supersededIds.includes(claim.id) ? "superseded" : "current",
      currentCount: summary.currentIds.length,
    },
  };
}
