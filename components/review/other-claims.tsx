import type { OtherClaim } from "@/lib/data/review";
import { intervalInWords } from "@/lib/explain";
import { ClaimStatus } from "./claim-status";
import { ReviewTime } from "./review-time";
import styles from "./review.module.css";

/** Every other claim on the same quantity, whatever its status, in the order reported. */
export function OtherClaims({ claims }: { claims: OtherClaim[] }) {
  return (
    <section className={styles.section} aria-labelledby="others-heading">
      <h2 id="others-heading">Other claims on this quantity</h2>
      {claims.length === 0 ? (
        <p className={styles.muted}>None yet: this is the first claim about this quantity.</p>
      ) : (
        <table className={styles.others}>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Said</th>
              <th scope="col">Allows</th>
              <th scope="col">Reported</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id}>
                <th scope="row">
                  {claim.source.name}
                  {claim.relayedBy && <span className={styles.muted}> via {claim.relayedBy.name}</span>}
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
          </tbody>
        </table>
      )}
    </section>
  );
}
