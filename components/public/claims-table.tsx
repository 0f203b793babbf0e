import { TableHead } from "@/components/ui/table-head";
import Link from "next/link";
import type { PublicClaim } from "@/lib/data/public-claims";
import { formatTime } from "@/lib/i18n/format";
import { requestLocale } from "@/lib/i18n/server";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { ClaimFigure, QuotedSentence } from "./claim-figure";
import { RatingInTable } from "./claim-rating";
import { SourceLink } from "./source-link";
import styles from "./public.module.css";

/**
 * The claims of one quantity: who said it, who relayed it, when, in what words, where. On a
 * phone each row is a card and each cell shows its column's name, from `data-label` (an
 * attribute, not an element: the page carries its markup twice, in HTML and in React's copy).
 */
export async function ClaimsTable({ claims, caption }: { claims: readonly PublicClaim[]; caption: string }) {
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].table;
  return (
    <table className={styles.claims}>
      <TableHead caption={caption} columns={[t.source, t.asOfUtc, t.words, t.figure, t.article]} />
      <tbody>
        {/* Keyed by position: rendered on the server only, and an id per row would be sent again. */}
        {claims.map((claim, index) => (
          <tr key={index}>
            <td data-label={t.source}>
              <SourceLink source={claim.source} />
              {claim.relayedBy && (
                <span className={styles.muted}>
                  <br />
                  {t.relayedBy} {claim.relayedBy.name}
                </span>
              )}
            </td>
            <td data-label={t.asOf}>
              <time dateTime={claim.reportedAt.toISOString()}>{formatTime(claim.reportedAt, locale)}</time>
            </td>
            <td className={styles.quoteCell}>
              <QuotedSentence sentence={claim.sentence} quote={claim.quote} language={claim.language} />
            </td>
            <td data-label={t.figure}>
              <ClaimFigure figure={claim} />
              <RatingInTable claim={claim} />
            </td>
            <td data-label={t.article}>
              {claim.articleUrl ? (
                <a href={claim.articleUrl} rel="noopener noreferrer">
                  {claim.publisher ?? t.articleFallback}
                </a>
              ) : (
                <span className={styles.muted}>{claim.publisher ?? t.noLink}</span>
              )}
              <br />
              <Link href={`/claim/${claim.id}`} className={styles.muted}>
                {t.permalink}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
