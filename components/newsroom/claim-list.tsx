import Link from "next/link";
import type { ListedClaim } from "@/lib/data/claims";
import { intervalInWords } from "@/lib/explain";
import { StatusBadge } from "./status-badge";
import { SubmitClaimButton, type SubmitClaimAction } from "./submit-claim-button";
import styles from "./newsroom.module.css";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { messagesFor } from "@/lib/i18n/server";

interface ClaimListProps {
  title: string;
  empty: string;
  claims: ListedClaim[];
  /** Show the reviewer's note: the claims sent back. */
  showNote?: boolean;
  /** Offer "Submit for review" on each (the viewer's own drafts), with this action. */
  submit?: SubmitClaimAction;
}

/** A dashboard section: each claim with its figure, quantity, source and where it stands. */
export async function ClaimList({ title, empty, claims, showNote, submit }: ClaimListProps) {
  const t = (await messagesFor(NEWSROOM_MESSAGES)).claimList;
  const labels = await messagesFor(LABEL_MESSAGES);
  const headingId = `list-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId}>
      <div className={styles.sectionHead}>
        <h2 id={headingId}>{title}</h2>
        <span className={styles.count}>{claims.length}</span>
      </div>
      {claims.length === 0 ? (
        <p className={styles.emptyList}>{empty}</p>
      ) : (
        <ul className={styles.list}>
          {claims.map((claim) => (
            <li key={claim.id} className={styles.item}>
              <div className={styles.itemMain}>
                <Link href={`/claims/${claim.id}`} className={styles.itemTitle}>
                  {claim.source.name}: “{claim.quote}”
                </Link>{" "}
                <StatusBadge status={claim.status} label={labels.claimStatuses[claim.status]} />
                <p className={styles.itemMeta}>
                  {claim.quantity.label} · {claim.quantity.story.title} · {intervalInWords(claim)}
                </p>
                {showNote && claim.reviewNote && (
                  <p className={styles.note}>
                    <strong>{claim.reviewer ? `${claim.reviewer.name}: ` : t.reviewer}</strong>
                    {claim.reviewNote}
                  </p>
                )}
              </div>
              <div className={styles.itemActions}>
                {submit && <Link href={`/claims/${claim.id}#edit-title`}>{showNote ? t.fixIt : t.edit}</Link>}
                {submit && (
                  <SubmitClaimButton
                    claimId={claim.id}
                    version={claim.version}
                    label={t.submitForReview}
                    submitClaim={submit}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
