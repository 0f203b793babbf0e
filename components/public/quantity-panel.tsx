import Link from "next/link";
import type { PublicQuantity } from "@/lib/data/public-claims";
import { formatDay, formatTime, withColon } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { requestLocale } from "@/lib/i18n/server";
import { figurePhrase } from "@/lib/explain";
import { summarizeQuantity } from "@/lib/public/quantity-summary";
import { ClaimsTable } from "./claims-table";
import { QuantityChart } from "./quantity-chart";
import styles from "./public.module.css";

function scopeLine(q: PublicQuantity, locale: Locale): string {
  const t = PUBLIC_MESSAGES[locale].quantity;
  const parts = [q.scopeWho, t.measures[q.measure] ?? "", q.scopePlace];
  if (q.scopeFrom || q.scopeTo) {
    const from = q.scopeFrom ? formatDay(q.scopeFrom, locale) : "…";
    const to = q.scopeTo ? formatDay(q.scopeTo, locale) : "…";
    parts.push(from === to ? from : `${from} ${t.to} ${to}`);
  }
  if (q.cumulative) parts.push(t.cumulative);
  return parts.filter(Boolean).join(" · ");
}

/**
 * One quantity, as the public reads it: the headline number under its named policy, the
 * sentence that explains the status, the chart, the current claims and the earlier figures.
 */
export async function QuantityPanel({
  quantity,
  linkTitle,
  showTimeline,
}: {
  quantity: PublicQuantity;
  linkTitle: boolean;
  showTimeline: boolean;
}) {
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].quantity;
  const summary = summarizeQuantity(quantity, quantity.claims, locale);
  const current = quantity.claims.filter((c) => summary.currentIds.includes(c.id));
  const earlier = quantity.claims.filter((c) => summary.supersededIds.includes(c.id));
  const headingId = `quantity-${quantity.id}`;
  const rows = quantity.claims.map((c) => ({
    id: c.id,
    label: withColon(c.source.name, figurePhrase(c, locale), locale),
    low: c.low,
    high: c.high,
    relation: summary.relations[c.id] ?? "agrees",
  }));

  return (
    <section className={styles.quantity} aria-labelledby={headingId} data-status={summary.status}>
      <div className={styles.quantityHead}>
        <h2 id={headingId} className={styles.quantityTitle}>
          {linkTitle ? <Link href={`/quantity/${quantity.id}`}>{quantity.label}</Link> : quantity.label}
        </h2>
        <span className={`${styles.badge} ${styles[`badge_${summary.status}`]}`}>{summary.statusLabel}</span>
      </div>
      <p className={styles.scope}>{scopeLine(quantity, locale)}</p>

      <div className={styles.verdict}>
        <p className={styles.headline}>
          {summary.headline.text ? (
            <span className={styles.headlineNumber}>{summary.headline.text}</span>
          ) : (
            // No number under the policy: show how far apart the sources are, marked as such.
            <span className={`${styles.headlineNumber} ${styles.headlineSpread}`}>
              {summary.headline.spread ?? "—"}
            </span>
          )}
          {(summary.headline.text || summary.headline.spread) && quantity.unit && (
            <span className={styles.headlineUnit}>{quantity.unit}</span>
          )}
          {!summary.headline.text && summary.headline.spread && <span className={styles.policy}>{t.spread}</span>}
          <span className={styles.policy}>
            {withColon(summary.headline.policyName, summary.headline.policyExplained, locale)}
            {!summary.headline.text && summary.status !== "none" && t.noneWhileConflict}
          </span>
        </p>
        <p className={styles.sentence}>{summary.sentence}</p>
      </div>

      {quantity.claims.length > 0 && (
        <QuantityChart
          rows={rows}
          consensus={summary.consensus}
          unit={quantity.unit}
          title={t.chartTitle(quantity.label)}
        />
      )}

      {current.length > 0 && (
        <>
          <h3 className={styles.sectionTitle}>{t.current}</h3>
          <ClaimsTable claims={current} caption={t.currentCaption(quantity.label)} />
        </>
      )}

      {earlier.length > 0 && (
        <>
          <h3 className={styles.sectionTitle}>{t.earlier}</h3>
          <p className={styles.muted}>{t.earlierNote}</p>
          <ClaimsTable claims={earlier} caption={t.earlierCaption(quantity.label)} />
        </>
      )}

      {showTimeline && quantity.cumulative && quantity.claims.length > 0 && (
        <>
          <h3 className={styles.sectionTitle}>{t.timeline}</h3>
          <ol className={styles.timeline}>
            {quantity.claims.map((c) => (
              <li key={c.id}>
                <time dateTime={c.reportedAt.toISOString()}>{formatTime(c.reportedAt, locale)}</time>
                <span className={styles.figure}>{figurePhrase(c, locale)}</span>{" "}
                <span className={styles.muted}>— {c.source.name}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
