import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimHistoryList } from "@/components/newsroom/claim-history";
import { ClaimInArticle } from "@/components/review/claim-in-article";
import { ClaimPanel } from "@/components/review/claim-panel";
import { ComparisonPreview } from "@/components/review/comparison-preview";
import { DecisionConfirmation } from "@/components/review/decision-confirmation";
import { ReviewDecisions } from "@/components/review/review-decisions";
import { OtherClaims } from "@/components/review/other-claims";
import styles from "@/components/review/review.module.css";
import { requireStaffPage } from "@/lib/auth/current-user";
import { claimForReview } from "@/lib/data/review";
import { previewReview } from "@/lib/newsroom/review-preview";
import { approveClaimAction, rateClaimAction, rejectClaimAction, retractClaimAction } from "../actions";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(REVIEW_MESSAGES, (t) => t.claimPage.pageTitle);

type Params = Promise<{ id: string }>;

export default async function ReviewClaimPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const t = (await messagesFor(REVIEW_MESSAGES)).claimPage;
  const { id } = await params;
  const reviewer = await requireStaffPage("review", `/review/${encodeURIComponent(id)}`);
  const { done } = await searchParams;
  const found = await claimForReview(id);
  if (!found) notFound();
  const { claim, others, history, changedBy } = found;

  const toCompare = (c: (typeof others)[number] | typeof claim) => ({
    id: c.id,
    sourceId: c.source.id,
    sourceName: c.source.name,
    quote: c.quote,
    low: c.low,
    high: c.high,
    reportedAt: c.reportedAt,
  });
  const preview = previewReview(
    { cumulative: claim.quantity.cumulative, kind: claim.kind, unit: claim.unit },
    others.filter((c) => c.status === "published").map(toCompare),
    toCompare(claim),
  );

  return (
    <>
      <p className={styles.back}>
        <Link href="/review">{t.reviewQueue}</Link>
      </p>
      <header className={styles.pageHeader}>
        <p className={styles.kicker}>
          <span className={styles.story}>{claim.quantity.story.title}</span>
        </p>
        <h1>{claim.quantity.label}</h1>
        {claim.quantity.scopeWho || claim.quantity.scopePlace ? (
          <p className={styles.lede}>
            {t.counts}
            {[claim.quantity.scopeWho, claim.quantity.scopePlace].filter(Boolean).join(", ")}
            {claim.quantity.cumulative ? t.aTollThatOnly : ""}.
          </p>
        ) : null}
      </header>
      {(done === "retracted" || done === "rated") && (
        <DecisionConfirmation
          decision={done}
          claim={{
            id: claim.id,
            quote: claim.quote,
            status: claim.status,
            quantity: claim.quantity,
            source: claim.source,
          }}
        />
      )}
      <div className={styles.layout}>
        <div className={styles.claimArea}>
          <ClaimPanel claim={claim} />
        </div>
        <aside className={styles.aside} aria-label={t.yourDecision}>
          <ComparisonPreview preview={preview} status={claim.status} />
          <ReviewDecisions
            reviewer={{ id: reviewer.id, role: reviewer.role }}
            claim={claim}
            changedBy={changedBy}
            actions={{
              approve: approveClaimAction,
              reject: rejectClaimAction,
              retract: retractClaimAction,
              rate: rateClaimAction,
            }}
          />
        </aside>
        <div className={styles.mainArea}>
          <ClaimInArticle articleText={claim.articleText} sentence={claim.sentence} language={claim.language} />
          <OtherClaims claims={others} />
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t.history}</h2>
            <ClaimHistoryList history={history} />
          </section>
        </div>
      </div>
    </>
  );
}
