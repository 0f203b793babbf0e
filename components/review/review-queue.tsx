import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { QueuedClaim } from "@/lib/data/review";
import { intervalInWords } from "@/lib/explain";
import { ReviewTime } from "./review-time";
import styles from "./review.module.css";

/** The claims waiting for a reviewer, the longest-waiting first; a reviewer's own are marked. */
export function ReviewQueue({ claims, viewerId }: { claims: QueuedClaim[]; viewerId: string }) {
  if (claims.length === 0) {
    return <Notice>No claim is waiting for review. Claims appear here when an editor submits them.</Notice>;
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
                  <dt>Source</dt>
                  <dd>
                    {claim.source.name}
                    {claim.relayedBy && <span className={styles.muted}> via {claim.relayedBy.name}</span>}
                  </dd>
                </div>
                <div>
                  <dt>Written by</dt>
                  <dd>{yours ? "you" : claim.author.name}</dd>
                </div>
                <div>
                  <dt>Submitted</dt>
                  <dd>{claim.submittedAt ? <ReviewTime at={claim.submittedAt} /> : "not recorded"}</dd>
                </div>
              </dl>
              <div className={styles.queueAction}>
                {yours ? (
                  <p className={styles.yours}>Yours: another reviewer must decide</p>
                ) : (
                  <Link
                    href={href}
                    className={buttonClassName()}
                    aria-label={`Review “${claim.quote}” (${claim.source.name})`}
                  >
                    Review
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
