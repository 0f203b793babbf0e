import type { ClaimRating } from "@/lib/validation/review";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export type ClaimStatusValue = "draft" | "in_review" | "published" | "retracted";

const STATUS_LABELS: Record<ClaimStatusValue, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  retracted: "Retracted",
};

export function statusLabel(status: ClaimStatusValue): string {
  return STATUS_LABELS[status];
}

/** A claim's workflow status as a small label, coloured by how far it went. */
export function ClaimStatus({ status }: { status: ClaimStatusValue }) {
  return <span className={`${styles.badge} ${styles[`status_${status}`]}`}>{STATUS_LABELS[status]}</span>;
}

export async function ClaimRatingBadge({ rating }: { rating: ClaimRating }) {
  const t = (await messagesFor(REVIEW_MESSAGES)).claimStatus;
  const labels = await messagesFor(LABEL_MESSAGES);
  return (
    <span className={`${styles.badge} ${styles.rating}`}>
      <span className="visually-hidden">{t.rating}</span>
      {labels.ratings[rating].label}
    </span>
  );
}
