import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { claimSummary } from "@/lib/data/review";
import styles from "./review.module.css";

type Summary = NonNullable<Awaited<ReturnType<typeof claimSummary>>>;

/** The line that tells a reviewer their decision went through, and on what. */
export function DecisionConfirmation({
  decision,
  claim,
}: {
  decision: "approved" | "rejected" | "retracted" | "rated";
  claim: Summary;
}) {
  const what = (
    <>
      <q>{claim.quote}</q> ({claim.source.name}, {claim.quantity.label})
    </>
  );
  return (
    <Notice tone="success" className={styles.confirmation} role="status">
      {decision === "approved" && <>Approved: {what} is now published.</>}
      {decision === "rejected" && <>Sent back: {what} is a draft again, with your note for its editor.</>}
      {decision === "retracted" && <>Retracted: {what} has left the comparison.</>}
      {decision === "rated" && <>Rating saved.</>}{" "}
      {(decision === "approved" || decision === "rejected") && <Link href={`/review/${claim.id}`}>See the claim</Link>}
    </Notice>
  );
}
