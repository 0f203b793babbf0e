import type { ClaimRating } from "@/lib/public/claim-review";
import { requestLocale } from "@/lib/i18n/server";
import { CLAIM_REVIEW_MESSAGES } from "@/lib/i18n/messages/claim-review";
import { RATING_MESSAGES } from "@/lib/i18n/messages/rating";
import styles from "./claim-rating.module.css";

interface RatedClaim {
  rating: ClaimRating;
  ratingExplanation: string | null;
}

/**
 * The reviewer's verdict as a badge, in the words the claim's ClaimReview gives it (Google asks
 * that the page and the markup match). "Unverified" is no verdict, and the markup gives it no
 * rating value: it gets no badge either, so nothing looks judged that was not.
 */
async function RatingBadge({ rating }: { rating: ClaimRating }) {
  if (rating === "unverified") return null;
  const locale = await requestLocale();
  return (
    <span className={styles.badge} data-rating={rating}>
      {CLAIM_REVIEW_MESSAGES[locale].ratings[rating]}
    </span>
  );
}

/** The permalink's verdict: the badge with the reviewer's reason beside it. */
export async function ClaimVerdict({ claim }: { claim: RatedClaim }) {
  if (claim.rating === "unverified") return null;
  const t = RATING_MESSAGES[await requestLocale()];
  return (
    <section className={styles.verdict} aria-label={t.ourRating}>
      <p className={styles.verdictLabel}>{t.ourRating}</p>
      <p className={styles.verdictLine}>
        <RatingBadge rating={claim.rating} />
        {claim.ratingExplanation && <span className={styles.reason}>{claim.ratingExplanation}</span>}
      </p>
    </section>
  );
}

/** A claims table's verdict, under the figure: the badge, then the reason in smaller type. */
export async function RatingInTable({ claim }: { claim: RatedClaim }) {
  if (claim.rating === "unverified") return null;
  const t = RATING_MESSAGES[await requestLocale()];
  return (
    <span className={styles.inTable}>
      <span className="visually-hidden">{t.ratedColon} </span>
      <RatingBadge rating={claim.rating} />
      {claim.ratingExplanation && <span className={styles.tableReason}>{claim.ratingExplanation}</span>}
    </span>
  );
}
