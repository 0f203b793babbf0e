import Link from "next/link";
import type { PublicQuantity } from "@/lib/data/public-claims";
import type { QuantityNotice } from "@/lib/data/public-notices";
import { formatDay, formatTime, withColon } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { requestLocale } from "@/lib/i18n/server";
import { figurePhrase } from "@/lib/explain";
import { summarizeQuantity } from "@/lib/public/quantity-summary";
import { ClaimsTable } from "./claims-table";
import { QuantityChart, type QuantityChartProps } from "./quantity-chart";
import { noticeAnchor, QuantityNotices } from "./quantity-notices";
import styles from "./public.module.css";
import noticeStyles from "./quantity-notices.module.css";

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
 * Given its notices (the quantity's own page), its retracted figures stay on the chart and the
 * timeline, marked as retracted and never compared, and are listed with their date and reason.
 */
export async function QuantityPanel({
  quantity,
  linkTitle,
  showTimeline,
  notices = [],
}: {
  quantity: PublicQuantity;
  linkTitle: boolean;
  showTimeline: boolean;
  notices?: readonly QuantityNotice[];
}) {
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].quantity;
  const summary = summarizeQuantity(quantity, quantity.claims, locale);
  const current = quantity.claims.filter((c) => summary.currentIds.includes(c.id));
  const earlier = quantity.claims.filter((c) => summary.supersededIds.includes(c.id));
  const headingId = `quantity-${quantity.id}`;
  // The engine compared the published claims only; a retracted figure joins the chart and the
  // timeline afterwards, in the order it was said, as retracted.
  const said = [
    ...quantity.claims.map((c) => ({ at: c.reportedAt, claim: c, retraction: null })),
    ...notices.map((n) => ({ at: n.reportedAt, claim: null, retraction: n })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const rows: QuantityChartProps["rows"] = said.map(({ claim, retraction }) =>
    claim
      ? {
          id: claim.id,
          label: withColon(claim.source.name, figurePhrase(claim, locale), locale),
          low: claim.low,
          high: claim.high,
          relation: summary.relations[claim.id] ?? "agrees",
        }
      : {
          id: retraction.claimId,
          label: withColon(retraction.source.name, figurePhrase(retraction.figure, locale), locale),
          low: retraction.figure.low,
          high: retraction.figure.high,
          relation: "retracted",
        },
  );

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

      {rows.length > 0 && (
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

      {showTimeline && quantity.cumulative && said.length > 0 && (
        <>
          <h3 className={styles.sectionTitle}>{t.timeline}</h3>
          <ol className={styles.timeline}>
            {said.map(({ claim, retraction }) =>
              claim ? (
                <li key={claim.id}>
                  <time dateTime={claim.reportedAt.toISOString()}>{formatTime(claim.reportedAt, locale)}</time>
                  <span className={styles.figure}>{figurePhrase(claim, locale)}</span>{" "}
                  <span className={styles.muted}>— {claim.source.name}</span>
                </li>
              ) : (
                // Struck through, and said in words with its date: a link to its notice below.
                <li key={retraction.claimId} className={noticeStyles.retractedEvent}>
                  <time dateTime={retraction.reportedAt.toISOString()}>
                    {formatTime(retraction.reportedAt, locale)}
                  </time>
                  <s className={styles.figure}>{figurePhrase(retraction.figure, locale)}</s>{" "}
                  <span className={styles.muted}>— {retraction.source.name}</span>{" "}
                  <a href={`#${noticeAnchor(retraction)}`} className={noticeStyles.retractedLink}>
                    {PUBLIC_MESSAGES[locale].notices.retractedOn(formatTime(retraction.at, locale))}
                  </a>
                </li>
              ),
            )}
          </ol>
        </>
      )}

      <QuantityNotices notices={notices} quantityId={quantity.id} label={quantity.label} />
    </section>
  );
}
