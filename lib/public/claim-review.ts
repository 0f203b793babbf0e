// A claim's permalink as schema.org ClaimReview, the markup fact-checkers publish so search
// engines and fact-check tools (Google's Fact Check Explorer among them) can show the verdict
// beside the claim. Required by Google: claimReviewed, reviewRating (with alternateName, the
// verdict in words) and url; recommended: author, datePublished and itemReviewed, the Claim with
// who made it, when, and where it appeared. Pure: the permalink page gathers the inputs.
// The verdict's words follow the page's language, as everything around a quote does (a French
// reader's page says "Confirmé"); the claim reviewed stays in the words it was said in.
import type { StoredFigure } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { CLAIM_REVIEW_MESSAGES } from "@/lib/i18n/messages/claim-review";

export type ClaimRating = "unverified" | "confirmed" | "disputed" | "false" | "misleading";
export type ComparisonStatus = "agree" | "consistent" | "revised" | "conflict" | "none";

export interface ReviewedClaim extends StoredFigure {
  id: string;
  sentence: string;
  reportedAt: Date;
  rating: ClaimRating;
  /** The reviewer's reason for the rating, shown beside its badge on the page. */
  ratingExplanation: string | null;
  articleUrl: string | null;
  headline: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  source: { name: string; kind: string };
}

export interface ClaimReviewOptions {
  /** The claim's permalink, absolute. */
  url: string;
  /** When the newsroom published the claim (its approval). */
  datePublished: Date;
  /** The site's own address, for the reviewing organisation. */
  origin: string;
  /** How the claim stands in its quantity's comparison: the words of an unrated claim. */
  comparison: {
    status: ComparisonStatus;
    standing: "current" | "superseded";
    currentCount: number;
  };
}

export const REVIEWER_NAME = "Claim Tracker";

// The reviewer's rating on a scale from 1 (false) to 4 (confirmed), in order of how far the
// figure can be relied on. "Unverified" is no verdict, so it gets no number: a number would say
// the newsroom judged it. Its words then say what the comparison with other sources shows.
export const RATING_SCALE = { worst: 1, best: 4 } as const;

type Rated = Exclude<ClaimRating, "unverified">;

const RATING_VALUES: Record<Rated, number> = { false: 1, misleading: 2, disputed: 3, confirmed: 4 };

/** The verdict in words for a claim the newsroom has not rated: what the comparison shows. */
export function unratedVerdict(comparison: ClaimReviewOptions["comparison"], locale: Locale = "en"): string {
  const words = CLAIM_REVIEW_MESSAGES[locale].unrated;
  if (comparison.standing === "superseded") return words.superseded;
  if (comparison.currentCount <= 1 || comparison.status === "none") return words.only;
  return words[comparison.status];
}

function reviewRating(claim: ReviewedClaim, comparison: ClaimReviewOptions["comparison"], locale: Locale) {
  if (claim.rating === "unverified") return { "@type": "Rating", alternateName: unratedVerdict(comparison, locale) };
  return {
    "@type": "Rating",
    ratingValue: RATING_VALUES[claim.rating],
    bestRating: RATING_SCALE.best,
    worstRating: RATING_SCALE.worst,
    alternateName: CLAIM_REVIEW_MESSAGES[locale].ratings[claim.rating],
    // The reason the page prints beside the badge, word for word (schema.org Rating.ratingExplanation).
    ...(claim.ratingExplanation ? { ratingExplanation: claim.ratingExplanation } : {}),
  };
}

/**
 * The sentence on one line: line breaks pasted from an article and runs of spaces become one
 * space (a fact-check tool shows claimReviewed as a one-line quote). A single space of another
 * kind, such as French's no-break space before a colon, is kept as written.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (run) => (run.length === 1 && !/[\n\r\t\v\f\u2028\u2029]/.test(run) ? run : " ")).trim();
}

// A witness or a social-media account speaks for a person; every other kind is an organisation.
const PERSON_KINDS = new Set(["witness", "social_media"]);

function appearance(claim: ReviewedClaim) {
  if (!claim.articleUrl) return {};
  return {
    appearance: {
      "@type": "CreativeWork",
      url: claim.articleUrl,
      ...(claim.headline ? { headline: claim.headline } : {}),
      ...(claim.publishedAt ? { datePublished: claim.publishedAt.toISOString() } : {}),
      ...(claim.publisher ? { publisher: { "@type": "Organization", name: claim.publisher } } : {}),
    },
  };
}

/** The ClaimReview object for a published claim's permalink, its verdict in the page's language. */
export function claimReviewJsonLd(claim: ReviewedClaim, options: ClaimReviewOptions, locale: Locale = "en") {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: options.url,
    datePublished: options.datePublished.toISOString(),
    author: { "@type": "Organization", name: REVIEWER_NAME, url: options.origin },
    // The sentence as said, in its own language: the claim reviewed, not our paraphrase of it.
    claimReviewed: oneLine(claim.sentence) || oneLine(claim.quote),
    reviewRating: reviewRating(claim, options.comparison, locale),
    itemReviewed: {
      "@type": "Claim",
      author: {
        "@type": PERSON_KINDS.has(claim.source.kind) ? "Person" : "Organization",
        name: claim.source.name,
      },
      datePublished: claim.reportedAt.toISOString(),
      ...appearance(claim),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: the HTML parser ends the script at the first
 * "</script" whatever the JSON says, so "<" (and ">", "&") become JSON escapes, as do U+2028 and
 * U+2029. The data reads the same once parsed.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
