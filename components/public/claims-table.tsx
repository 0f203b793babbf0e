import Link from "next/link";
import type { PublicClaim } from "@/lib/data/public-claims";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { ClaimFigure, QuotedSentence } from "./claim-figure";
import styles from "./public.module.css";

/** The claims of one quantity: who said it, who relayed it, when, in what words, where. */
export function ClaimsTable({ claims, caption }: { claims: readonly PublicClaim[]; caption: string }) {
  return (
    <table className={styles.claims}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">As of (UTC)</th>
          <th scope="col">In their words</th>
          <th scope="col">Figure</th>
          <th scope="col">Article</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id}>
            <td>
              <span className={styles.cellLabel}>Source</span>
              <span>
                <span className={styles.sourceName}>{claim.source.name}</span>
                {claim.relayedBy && <span className={styles.muted}><br />relayed by {claim.relayedBy.name}</span>}
              </span>
            </td>
            <td>
              <span className={styles.cellLabel}>As of</span>
              <time dateTime={claim.reportedAt.toISOString()}>{formatUtcTime(claim.reportedAt)}</time>
            </td>
            <td className={styles.quoteCell}>
              <span className={styles.cellLabel}>In their words</span>
              <QuotedSentence sentence={claim.sentence} quote={claim.quote} language={claim.language} />
            </td>
            <td>
              <span className={styles.cellLabel}>Figure</span>
              <span>
                <ClaimFigure figure={claim} />
              </span>
            </td>
            <td>
              <span className={styles.cellLabel}>Article</span>
              <span>
                {claim.articleUrl ? (
                  <a href={claim.articleUrl} rel="noopener noreferrer">
                    {claim.publisher ?? "Article"}
                  </a>
                ) : (
                  <span className={styles.muted}>{claim.publisher ?? "No link"}</span>
                )}
                <br />
                <Link href={`/claim/${claim.id}`} className={styles.muted}>
                  Permalink
                </Link>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
