import { TableHead } from "@/components/ui/table-head";
import type { QuantityNotice } from "@/lib/data/public-notices";
import { formatTime } from "@/lib/i18n/format";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { requestLocale } from "@/lib/i18n/server";
import styles from "./public.module.css";
import own from "./quantity-notices.module.css";

/** The anchor of a notice's row, so the chart's timeline can point to it. */
export const noticeAnchor = (notice: Pick<QuantityNotice, "claimId">) => `retraction-${notice.claimId}`;

/**
 * A quantity's retractions, in the open: for each, when the newsroom retracted it, the source
 * and when it gave the figure, the figure as quoted, and why. Shown only when there is one. One row per
 * notice, dated, so corrections can join the same table as another kind of decision.
 */
export async function QuantityNotices({
  notices,
  quantityId,
  label,
}: {
  notices: readonly QuantityNotice[];
  quantityId: string;
  label: string;
}) {
  if (notices.length === 0) return null;
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].notices;
  const headingId = `notices-${quantityId}`;
  const heading = t.retractions;
  // Quotation marks as each quote's own language writes them.
  const quoted = (quote: string, language: string) =>
    language.startsWith("fr") ? `«\u00a0${quote}\u00a0»` : `“${quote}”`;
  return (
    <section className={own.notices} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionTitle}>
        {heading}
      </h3>
      <p className={own.intro}>{t.intro}</p>
      <table className={`${styles.claims} ${own.table}`}>
        <TableHead caption={t.caption(heading, label)} columns={[t.decision, t.source, t.figure, t.reason]} />
        <tbody>
          {notices.map((notice) => (
            <tr key={notice.claimId} id={noticeAnchor(notice)} className={own.row}>
              <td data-label={t.decision}>
                <strong className={own.retracted}>{t.retracted}</strong>
                <time dateTime={notice.at.toISOString()} className={own.when}>
                  {formatTime(notice.at, locale)}
                </time>
              </td>
              <td data-label={t.source}>
                {notice.source.name}
                <br />
                <span className={own.said}>
                  {t.reportedOn}{" "}
                  <time dateTime={notice.reportedAt.toISOString()}>{formatTime(notice.reportedAt, locale)}</time>
                </span>
              </td>
              <td data-label={t.figureShort}>
                <s className={own.figure} lang={notice.language}>
                  {quoted(notice.quote, notice.language)}
                </s>
              </td>
              <td data-label={t.reason}>
                {notice.reason ? (
                  <p className={own.reason}>{notice.reason}</p>
                ) : (
                  <span className={styles.muted}>{t.noReason}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
