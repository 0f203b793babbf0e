import type { SearchParams } from "@/lib/page-props";
import { PaginationNav } from "@/components/public/pagination-nav";
import { ReviewQueue } from "@/components/review/review-queue";
import { DecisionConfirmation } from "@/components/review/decision-confirmation";
import { requireStaffPage } from "@/lib/auth/current-user";
import { claimSummary, reviewQueue } from "@/lib/data/review";
import styles from "@/components/review/review.module.css";
import { pageParam } from "@/lib/public/pagination";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(REVIEW_MESSAGES, (t) => t.queuePage.pageTitle);

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const t = (await messagesFor(REVIEW_MESSAGES)).queuePage;
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
        <h1>{t.reviewQueue}</h1>
        <p className={styles.lede}>{total === 0 ? t.nothingWaiting : t.inReview(total, waiting)}</p>
      </header>
      {decided && (done === "approved" || done === "rejected") && (
        <DecisionConfirmation decision={done} claim={decided} />
      )}
      <ReviewQueue claims={claims} viewerId={reviewer.id} />
      <PaginationNav slice={queue} path="/review" />
    </>
  );
}
