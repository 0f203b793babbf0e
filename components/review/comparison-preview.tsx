import type { ComparisonInWords, ReviewPreview } from "@/lib/newsroom/review-preview";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

function Outcome({ title, outcome, emphasis }: { title: string; outcome: ComparisonInWords; emphasis?: boolean }) {
  return (
    <div className={`${styles.outcome} ${emphasis ? styles.outcomeNext : ""}`}>
      <h3>{title}</h3>
      <p>
        {outcome.label && (
          <span
            className={`${styles.verdict} ${outcome.currentCount > 1 ? styles[`verdict_${outcome.comparison.status}`] : ""}`}
          >
            {outcome.label}
          </span>
        )}{" "}
        {outcome.detail}
      </p>
    </div>
  );
}

/**
 * What the quantity's public comparison says now and what it would say after the decision:
 * for a claim in review, if approved; for a published claim, if retracted.
 */
export async function ComparisonPreview({
  preview,
  status,
}: {
  preview: ReviewPreview;
  status: "draft" | "in_review" | "published" | "retracted";
}) {
  const t = (await messagesFor(REVIEW_MESSAGES)).comparisonPreview;
  const published = status === "published";
  const before = published ? preview.with : preview.without;
  const after = published ? preview.without : preview.with;
  const afterTitle = published ? "If retracted" : status === "in_review" ? "If approved" : "If it were published";
  const pairs = preview.with.pairs.filter((pair) => pair.involvesClaim);

  return (
    <section className={styles.preview} aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t.whatThisDecisionChanges}</h2>
      <Outcome title={t.publishedClaimsNow} outcome={before} />
      <Outcome title={afterTitle} outcome={after} emphasis />
      {!preview.changesOutcome && after.currentCount > 0 && <p className={styles.muted}>{t.theStatusAndThe}</p>}
      {preview.replaces.length > 0 && (
        <p className={styles.hint}>
          {t.itReplacesTheEarlier}
          {preview.replaces.map((c) => `“${c.quote}”`).join(", ")}
          {t.whichLeavesTheComparison}
        </p>
      )}
      {preview.replacedBy && <p className={styles.hint}>{t.laterFigure(preview.replacedBy.quote)}</p>}
      {pairs.length > 0 && (
        <>
          <h3>{t.againstEachPublishedClaim}</h3>
          <ul className={styles.pairs}>
            {pairs.map((pair) => (
              <li key={`${pair.a.id}-${pair.b.id}`} className={styles[`pair_${pair.relation}`]}>
                {pair.sentence}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
