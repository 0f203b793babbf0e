import { mayDecideClaim, mayRateClaim, mayRetractClaim, type Actor } from "@/lib/auth/policy";
import type { ClaimUnderReview } from "@/lib/data/review";
import { Notice } from "@/components/ui/notice";
import { ApproveForm, RatingForm, RejectForm, RetractForm, type DecisionActions } from "./decision-forms";
import { ReviewTime } from "./review-time";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

/**
 * The decisions this reviewer may take on this claim, and why not when they may not. The
 * buttons follow the policy for comfort; the server actions check it again on every call.
 */
interface ReviewDecisionsProps {
  reviewer: Actor;
  claim: ClaimUnderReview;
  changedBy?: readonly string[];
  actions: DecisionActions;
}

export async function ReviewDecisions({ reviewer, claim, changedBy = [], actions }: ReviewDecisionsProps) {
  const t = (await messagesFor(REVIEW_MESSAGES)).decisions;
  const forPolicy = { authorId: claim.author.id, status: claim.status, changedBy: [...changedBy] };
  const own = claim.author.id === reviewer.id;
  const changedIt = !own && changedBy.includes(reviewer.id);
  const mayDecide = mayDecideClaim(reviewer, forPolicy);
  const mayRate = mayRateClaim(reviewer, forPolicy);
  const mayRetract = mayRetractClaim(reviewer, forPolicy);

  return (
    <section className={styles.decisions} aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t.yourDecision}</h2>
      {claim.status === "in_review" && own && <Notice className={styles.refusal}>{t.youWroteThisClaim}</Notice>}
      {claim.status === "in_review" && changedIt && <Notice className={styles.refusal}>{t.youChangedThisClaim}</Notice>}
      {claim.status === "draft" && (
        <Notice as="div">
          {claim.reviewNote ? (
            <>
              <p className={styles.noticeLine}>
                {t.sentBackTo}
                {own ? t.you : claim.author.name}
                {claim.reviewer && (
                  <>
                    {t.by}
                    {claim.reviewer.id === reviewer.id ? "you" : claim.reviewer.name}
                  </>
                )}
                {claim.reviewedAt && (
                  <>
                    {" "}
                    {t.on}
                    <ReviewTime at={claim.reviewedAt} />
                  </>
                )}
                {t.withThisNote}
              </p>
              <blockquote className={styles.note}>{claim.reviewNote}</blockquote>
            </>
          ) : (
            <p className={styles.noticeLine}>{t.aDraftItsEditor}</p>
          )}
        </Notice>
      )}
      {claim.status === "published" && (
        <p className={styles.muted}>
          {t.published}
          {claim.reviewer && (
            <>
              {t.afterReviewBy}
              {claim.reviewer.id === reviewer.id ? "you" : claim.reviewer.name}
            </>
          )}
          .
        </p>
      )}
      {claim.status === "retracted" && (
        <Notice as="div">
          <p className={styles.noticeLine}>{t.retractedForThisReason}</p>
          <blockquote className={styles.note}>{claim.retractionReason}</blockquote>
        </Notice>
      )}

      {mayDecide && (
        <>
          <ApproveForm claimId={claim.id} version={claim.version} action={actions.approve}>
            <p className={styles.hint}>{t.itBecomesPublicAt}</p>
          </ApproveForm>
          <RejectForm claimId={claim.id} version={claim.version} action={actions.reject} />
        </>
      )}
      {mayRetract && <RetractForm claimId={claim.id} version={claim.version} action={actions.retract} />}
      {mayRate && (
        <RatingForm
          claimId={claim.id}
          version={claim.version}
          rating={claim.rating}
          explanation={claim.ratingExplanation}
          action={actions.rate}
        />
      )}
      {own && claim.status !== "draft" && <p className={styles.muted}>{t.theRatingOfYour}</p>}
    </section>
  );
}
