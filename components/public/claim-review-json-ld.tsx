import type { PermalinkClaim } from "@/lib/data/public-claims";
import { requestLocale } from "@/lib/i18n/server";
import { claimReviewJsonLd, jsonLdText } from "@/lib/public/claim-review";
import { claimReviewContext } from "@/lib/public/open-data/claim-review-context";

/**
 * A published claim's schema.org ClaimReview, for search engines and fact-check tools, its
 * verdict in the reader's language like the page around it. The JSON is escaped by jsonLdText,
 * so a quote holding "</script>" cannot end the script early.
 */
export async function ClaimReviewJsonLd({ claim }: { claim: PermalinkClaim }) {
  const [context, locale] = await Promise.all([claimReviewContext(claim), requestLocale()]);
  if (!context) return null;
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: jsonLdText(claimReviewJsonLd(claim, context, locale)) }}
    />
  );
}
