import "server-only";
import { headers } from "next/headers";
import { claimPublishedAt } from "@/lib/data/public-api";
import { quantityById, type PermalinkClaim } from "@/lib/data/public-claims";
import type { ClaimReviewOptions } from "@/lib/public/claim-review";
import { summarizeQuantity } from "@/lib/public/quantity-summary";
import { openDataUrls, originFrom } from "./urls";

/** The origin of the page being rendered, from the request's Host (see originFrom). */
export async function requestOrigin(): Promise<string> {
  const incoming = await headers();
  return originFrom(incoming.get("host"), incoming.get("x-forwarded-proto"), "http://localhost");
}

/** What a published claim's ClaimReview needs beyond the claim: its URL, publication and comparison. */
export async function claimReviewContext(claim: PermalinkClaim): Promise<ClaimReviewOptions | null> {
  const [origin, datePublished, quantity] = await Promise.all([requestOrigin(), claimPublishedAt(claim.id), quantityById(claim.quantity.id)]);
  if (!datePublished || !quantity) return null;
  const summary = summarizeQuantity(quantity, quantity.claims);
  return {
    url: openDataUrls(origin).claimPage(claim.id),
    origin,
    datePublished,
    comparison: {
      status: summary.status,
      standing: summary.supersededIds.includes(claim.id) ? "superseded" : "current",
      currentCount: summary.currentIds.length,
    },
  };
}
