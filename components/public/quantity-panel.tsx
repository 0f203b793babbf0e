import Link from "next/link";
import type { PublicQuantity } from "@/lib/data/public-claims";
import { formatCalendarDay, formatUtcTime } from "@/lib/newsroom/utc-time";
import { figurePhrase } from "@/lib/public/figure-words";
import { summarizeQuantity } from "@/lib/public/quantity-summary";
import { MEASURE_LABELS } from "@/lib/validation/newsroom";
import { ClaimsTable } from "./claims-table";
import { QuantityChart } from "./quantity-chart";
import styles from "./public.module.css";

function scopeLine(q: PublicQuantity): string {
  const parts = [q.scopeWho, q.measure === "other" ? "" : MEASURE_LABELS[q.measure].toLowerCase(), q.scopePlace];
  if (q.scopeFrom || q.scopeTo) {
    const from = q.scopeFrom ? formatCalendarDay(q.scopeFrom) : "…";
    const to = q.scopeTo ? formatCalendarDay(q.scopeTo) : "…";
    parts.push(from === to ? from : `${from} to ${to}`);
  }
  if (q.cumulative) parts.push("a toll that only grows");
  return parts.filter(Boolean).join(" · ");
}

/**
 * One quantity, as the public reads it: the headline number under its named policy, the
 * sentence that explains the status, the chart, the current claims and the earlier figures.
 */
export function QuantityPanel({ quantity, linkTitle, showTimeline }: { quantity: PublicQuantity; linkTitle: boolean; showTimeline: boolean }) {
  const summary = summarizeQuantity(quantity, quantity.claims);
  const current = quantity.claims.filter((c) => summary.currentIds.includes(c.id));
  const earlier = quantity.claims.filter((c) => summary.supersededIds.includes(c.id));
  const headingId = `quantity-${quantity.id}`;
  const rows = quantity.claims.map((c) => ({
    id: c.id,
    label: `${c.source.name}: ${figurePhrase(c)}`,
    low: c.low,
    high: c.high,
    relation: summary.relations[c.id] ?? "agrees",
  }));

  return (
    <section className={styles.quantity} aria-labelledby={headingId}>
      <div className={styles.quantityHead}>
        <h2 id={headingId} className={styles.quantityTitle}>
          {linkTitle ? <Link href={`/quantity/${quantity.id}`}>{quantity.label}</Link> : quantity.label}
        </h2>
        <span className={`${styles.badge} ${styles[`badge_${summary.status}`]}`}>{summary.statusLabel}</span>
      </div>
      <p className={styles.scope}>{scopeLine(quantity)}</p>

      <div className={styles.verdict}>
        <p className={styles.headline}>
          <span className={styles.headlineNumber}>{summary.headline.text ?? "—"}</span>
          {summary.headline.text && quantity.unit && <span className={styles.headlineUnit}>{quantity.unit}</span>}
          <span className={styles.policy}>
            {summary.headline.policyName}: {summary.headline.policyExplained}
            {!summary.headline.text && summary.status !== "none" && " (none while the figures conflict)"}
          </span>
        </p>
        <p className={styles.sentence}>{summary.sentence}</p>
      </div>

      {quantity.claims.length > 0 && (
        <QuantityChart rows={rows} consensus={summary.consensus} unit={quantity.unit} title={`${quantity.label}: each source's figure on one number line`} />
      )}

      {current.length > 0 && (
        <>
          <h3 className={styles.sectionTitle}>Current figures</h3>
          <ClaimsTable claims={current} caption={`Current figures for ${quantity.label}`} />
        </>
      )}

      {earlier.length > 0 && (
        <>
          <h3 className={styles.sectionTitle}>Earlier figures</h3>
          <p className={styles.muted}>Replaced by a later figure from the same source.</p>
          <ClaimsTable claims={earlier} caption={`Earlier figures for ${quantity.label}`} />
        </>
      )}

      {showTimeline && quantity.cumulative && quantity.claims.length > 0 && (
        <>
          <h3 className={styles.sectionTitle}>The figure over time</h3>
          <ol className={styles.timeline}>
            {quantity.claims.map((c) => (
              <li key={c.id}>
                <time dateTime={c.reportedAt.toISOString()}>{formatUtcTime(c.reportedAt)}</time>
                <span className={styles.figure}>{figurePhrase(c)}</span> <span className={styles.muted}>— {c.source.name}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
