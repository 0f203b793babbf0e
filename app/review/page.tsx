import type { Metadata } from "next";
import { ReviewQueue } from "@/components/review/review-queue";
import { DecisionConfirmation } from "@/components/review/decision-confirmation";
import { requireStaffPage } from "@/lib/auth/current-user";
import { claimSummary, reviewQueue } from "@/lib/data/review";
import styles from "@/components/review/review.module.css";

export const metadata: Metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const reviewer = await requireStaffPage("review", "/review");
  const { done, claim } = await searchParams;
  const [claims, decided] = await Promise.all([
    reviewQueue(),
    (done === "approved" || done === "rejected") && typeof claim === "string" ? claimSummary(claim) : null,
  ]);
  const waiting = claims.filter((c) => c.author.id !== reviewer.id).length;

  return (
    <>
      <header className={styles.pageHeader}>
        <h1>Review queue</h1>
        <p className={styles.lede}>
          {claims.length === 0
            ? "Nothing waiting."
            : `${claims.length === 1 ? "One claim" : `${claims.length} claims`} in review, the longest-waiting first; ${waiting === claims.length ? "all" : waiting} for you to decide.`}
        </p>
      </header>
      {decided && (done === "approved" || done === "rejected") && <DecisionConfirmation decision={done} claim={decided} />}
      <ReviewQueue claims={claims} viewerId={reviewer.id} />
    </>
  );
}
