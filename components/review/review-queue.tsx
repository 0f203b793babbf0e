import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { QueuedClaim } from "@/lib/data/review";
import { intervalInWords } from "@/lib/explain";
import { ReviewTime } from "./review-time";
import { SourceAndRelay } from "./source-and-relay";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

/** The claims waiting for a reviewer, the longest-waiting first; a reviewer's own are marked. */
export async function ReviewQueue({ claims, viewerId }: { claims: QueuedClaim[]; viewerId: string }) {
  const t = (await messagesFor(REVIEW_MESSAGES)).queue;
  if (claims.length === 0) {
    return <Notice>{t.noClaimIsWaiting}</Notice>;
  }
  return (
    <ol className={styles.queue}>
      {claims.map((claim) => {
        const yours = claim.author.id === viewerId;
        const href = `/review/${claim.id}`;
        return (
          <li key={claim.id} className={`${styles.queueItem} ${yours ? styles.queueItemYours : ""}`}>
            <article aria-labelledby={`queue-${claim.id}`}>
              <p className={styles.kicker}>
                <span className={styles.quantity}>{claim.quantity.label}</span>
                <span className={styles.story}>{claim.quantity.story.title}</span>
              </p>
              <h2 id={`queue-${claim.id}`} className={styles.queueQuote}>
                <Link href={href}>
                  <q>{claim.quote}</q>
                </Link>
                <span className={styles.allows}>{intervalInWords(claim)}</span>
              </h2>
              <dl className={styles.queueMeta}>
                <div>
                  <dt>{t.source}</dt>
                  <dd>
                    <SourceAndRelay source={claim.source} relayedBy={claim.relayedBy} />
                  </dd>
                </div>
                <div>
                  <dt>{t.writtenBy}</dt>
                  <dd>{yours ? t.you : claim.author.name}</dd>
                </div>
                <div>
                  <dt>{t.submitted}</dt>
                  <dd>{claim.submittedAt ? <ReviewTime at={claim.submittedAt} /> : t.notRecorded}</dd>
                </div>
              </dl>
              <div className={styles.queueAction}>
                {yours ? (
                  <p className={styles.yours}>{t.yoursAnotherReviewerMust}</p>
                ) : (
                  <Link
                    href={href}
                    className={buttonClassName()}
                    aria-label={t.reviewLabel(claim.quote, claim.source.name)}
                  >
                    {t.review}
                  </Link>
                )}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
