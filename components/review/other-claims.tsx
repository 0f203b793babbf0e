import { DataTable } from "@/components/ui/data-table";
import type { OtherClaim } from "@/lib/data/review";
import { intervalInWords } from "@/lib/explain";
import { ClaimStatus } from "./claim-status";
import { ReviewTime } from "./review-time";
import { SourceAndRelay } from "./source-and-relay";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

/** Every other claim on the same quantity, whatever its status, in the order reported. */
export async function OtherClaims({ claims }: { claims: OtherClaim[] }) {
  const t = (await messagesFor(REVIEW_MESSAGES)).otherClaims;
  return (
    <section className={styles.section} aria-labelledby="others-heading">
      <h2 id="others-heading">{t.otherClaimsOnThis}</h2>
      {claims.length === 0 ? (
        <p className={styles.muted}>{t.noneYetThisIs}</p>
      ) : (
        <DataTable
          caption={t.otherClaimsOnThis}
          columns={[t.source, t.said, t.allows, t.reported, t.status]}
          narrow="scroll"
          className={styles.others}
        >
          {claims.map((claim) => (
            <tr key={claim.id}>
              <th scope="row">
                <SourceAndRelay source={claim.source} relayedBy={claim.relayedBy} />
              </th>
              <td className={styles.saidCell}>
                <q>{claim.quote}</q>
              </td>
              <td className={styles.allowsCell}>{intervalInWords(claim)}</td>
              <td>
                <ReviewTime at={claim.reportedAt} split />
              </td>
              <td>
                <ClaimStatus status={claim.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
