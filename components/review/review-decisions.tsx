import { mayDecideClaim, mayRateClaim, mayRetractClaim, type Actor } from "@/lib/auth/policy";
import type { ClaimUnderReview } from "@/lib/data/review";
import { Notice } from "@/components/ui/notice";
import { ApproveForm, RatingForm, RejectForm, RetractForm, type DecisionActions } from "./decision-forms";
import { ReviewTime } from "./review-time";
import styles from "./review.module.css";

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

export function ReviewDecisions({ reviewer, claim, changedBy = [], actions }: ReviewDecisionsProps) {
  const forPolicy = { authorId: claim.author.id, status: claim.status, changedBy: [...changedBy] };
  const own = claim.author.id === reviewer.id;
  const changedIt = !own && changedBy.includes(reviewer.id);
  const mayDecide = mayDecideClaim(reviewer, forPolicy);
  const mayRate = mayRateClaim(reviewer, forPolicy);
  const mayRetract = mayRetractClaim(reviewer, forPolicy);

  return (
    <section className={styles.decisions} aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Your decision</h2>
      {claim.status === "in_review" && own && (
        <Notice className={styles.refusal}>
          You wrote this claim, so another reviewer must approve or reject it. Four eyes: no one approves their own
          figure.
        </Notice>
      )}
      {claim.status === "in_review" && changedIt && (
        <Notice className={styles.refusal}>
          You changed this claim&rsquo;s text, figure or sourcing, so another reviewer must approve or reject it. Four
          eyes: no one approves a figure they wrote.
        </Notice>
      )}
      {claim.status === "draft" && (
        <Notice as="div">
          {claim.reviewNote ? (
            <>
              <p className={styles.noticeLine}>
                Sent back to {own ? "you" : claim.author.name}
                {claim.reviewer && <> by {claim.reviewer.id === reviewer.id ? "you" : claim.reviewer.name}</>}
                {claim.reviewedAt && (
                  <>
                    {" "}
                    on <ReviewTime at={claim.reviewedAt} />
                  </>
                )}
                , with this note:
              </p>
              <blockquote className={styles.note}>{claim.reviewNote}</blockquote>
            </>
          ) : (
            <p className={styles.noticeLine}>A draft: its editor has not submitted it for review.</p>
          )}
        </Notice>
      )}
      {claim.status === "published" && (
        <p className={styles.muted}>
          Published
          {claim.reviewer && <> after review by {claim.reviewer.id === reviewer.id ? "you" : claim.reviewer.name}</>}.
        </p>
      )}
      {claim.status === "retracted" && (
        <Notice as="div">
          <p className={styles.noticeLine}>Retracted, for this reason:</p>
          <blockquote className={styles.note}>{claim.retractionReason}</blockquote>
        </Notice>
      )}

      {mayDecide && (
        <>
          <ApproveForm claimId={claim.id} version={claim.version} action={actions.approve}>
            <p className={styles.hint}>It becomes public at once, in the comparison shown above.</p>
          </ApproveForm>
          <RejectForm claimId={claim.id} version={claim.version} action={actions.reject} />
        </>
      )}
      {mayRetract && <RetractForm claimId={claim.id} version={claim.version} action={actions.retract} />}
      {mayRate && <RatingForm claimId={claim.id} version={claim.version} rating={claim.rating} action={actions.rate} />}
      {own && claim.status !== "draft" && (
        <p className={styles.muted}>The rating of your own claim is left to another reviewer.</p>
      )}
    </section>
  );
}
