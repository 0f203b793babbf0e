import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { claimSummary } from "@/lib/data/review";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

type Summary = NonNullable<Awaited<ReturnType<typeof claimSummary>>>;

/** The line that tells a reviewer their decision went through, and on what. */
export async function DecisionConfirmation({
  decision,
  claim,
}: {
  decision: "approved" | "rejected" | "retracted" | "rated";
  claim: Summary;
}) {
  const t = (await messagesFor(REVIEW_MESSAGES)).decisionConfirmation;
  const what = (
    <>
      <q>{claim.quote}</q> ({claim.source.name}, {claim.quantity.label})
    </>
  );
  return (
    <Notice tone="success" className={styles.confirmation} role="status">
      {decision === "approved" && (
        <>
          {t.approved}
          {what}
          {t.isNowPublished}
        </>
      )}
      {decision === "rejected" && (
        <>
          {t.sentBack}
          {what}
          {t.isADraftAgain}
        </>
      )}
      {decision === "retracted" && (
        <>
          {t.retracted}
          {what}
          {t.hasLeftTheComparison}
        </>
      )}
      {decision === "rated" && <>{t.ratingSaved}</>}{" "}
      {(decision === "approved" || decision === "rejected") && (
        <Link href={`/review/${claim.id}`}>{t.seeTheClaim}</Link>
      )}
    </Notice>
  );
}
