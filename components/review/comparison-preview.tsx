import type { ComparisonInWords, ReviewPreview } from "@/lib/newsroom/review-preview";
import styles from "./review.module.css";

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
export function ComparisonPreview({
  preview,
  status,
}: {
  preview: ReviewPreview;
  status: "draft" | "in_review" | "published" | "retracted";
}) {
  const published = status === "published";
  const before = published ? preview.with : preview.without;
  const after = published ? preview.without : preview.with;
  const afterTitle = published ? "If retracted" : status === "in_review" ? "If approved" : "If it were published";
  const pairs = preview.with.pairs.filter((pair) => pair.involvesClaim);

  return (
    <section className={styles.preview} aria-labelledby="preview-heading">
      <h2 id="preview-heading">What this decision changes</h2>
      <Outcome title="Published claims now" outcome={before} />
      <Outcome title={afterTitle} outcome={after} emphasis />
      {!preview.changesOutcome && after.currentCount > 0 && (
        <p className={styles.muted}>The status and the agreed figure stay the same.</p>
      )}
      {preview.replaces.length > 0 && (
        <p className={styles.hint}>
          It replaces the earlier figure from the same source ({preview.replaces.map((c) => `“${c.quote}”`).join(", ")}
          ), which leaves the comparison.
        </p>
      )}
      {preview.replacedBy && (
        <p className={styles.hint}>
          The same source has since given a later figure (“{preview.replacedBy.quote}”), so this one does not enter the
          comparison.
        </p>
      )}
      {pairs.length > 0 && (
        <>
          <h3>Against each published claim</h3>
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
