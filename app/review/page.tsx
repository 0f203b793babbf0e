import type { Metadata } from "next";
import { PaginationNav } from "@/components/public/pagination-nav";
import { ReviewQueue } from "@/components/review/review-queue";
import { DecisionConfirmation } from "@/components/review/decision-confirmation";
import { requireStaffPage } from "@/lib/auth/current-user";
import { claimSummary, reviewQueue } from "@/lib/data/review";
import styles from "@/components/review/review.module.css";
import { pageParam } from "@/lib/public/pagination";

export const metadata: Metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const reviewer = await requireStaffPage("review", "/review");
  const { done, claim, page } = await searchParams;
  const [queue, decided] = await Promise.all([
    reviewQueue(reviewer.id, pageParam(page)),
    (done === "approved" || done === "rejected") && typeof claim === "string" ? claimSummary(claim) : null,
  ]);
  const { items: claims, total, forReviewer: waiting } = queue;

  return (
    <>
      <header className={styles.pageHeader}>
        <h1>Review queue</h1>
        <p className={styles.lede}>
          {total === 0
            ? "Nothing waiting."
            : `${total === 1 ? "One claim" : `${total} claims`} in review, the longest-waiting first; ${waiting === total ? "all" : waiting} for you to decide.`}
        </p>
      </header>
      {decided && (done === "approved" || done === "rejected") && (
        <DecisionConfirmation decision={done} claim={decided} />
      )}
      <ReviewQueue claims={claims} viewerId={reviewer.id} />
      <PaginationNav slice={queue} path="/review" locale="en" />
    </>
  );
}
