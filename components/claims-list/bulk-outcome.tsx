import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { BulkAnswer, BulkRefusal } from "@/lib/data/claims-bulk";
import { countIn, fill, type BulkWords } from "@/lib/i18n/messages/claims-list";
import styles from "./claims-list.module.css";

/** What each bulk action did, in its own words. */
export type BulkKind = "submitted" | "approved" | "deleted";

/**
 * What a bulk action did: how many were submitted, approved or deleted, how many were left and why, the
 * first of those by name, and what stopped the batch when the database did.
 */
export function BulkOutcomeNotice({ kind, answer, t }: { kind: BulkKind; answer: BulkAnswer; t: BulkWords }) {
  const n = (count: number) => new Intl.NumberFormat(t.numberLocale).format(count);
  const refused = kind === "deleted" ? { ...t.refused, ...t.deleteRefused } : t.refused;
  const reasons = (Object.keys(refused) as BulkRefusal[]).filter((reason) => answer.refused[reason] > 0);
  const left = reasons.length > 0 || answer.notReached > 0 || answer.fault !== null;
  return (
    <Notice as="div" tone={left && answer.done === 0 ? "error" : "success"} role="status" className={styles.outcome}>
      <p>
        <strong>{countIn(t[kind], answer.done, t.numberLocale)}</strong>
        {answer.limit !== null && <> {fill(t.capped, { matched: n(answer.matched), limit: n(answer.limit) })}</>}
      </p>
      {reasons.length > 0 && (
        <>
          <p>{t.refusedHeading}</p>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{countIn(refused[reason], answer.refused[reason], t.numberLocale)}</li>
            ))}
          </ul>
          <ul>
            {answer.refusedClaims.map((claim) => (
              <li key={claim.id}>
                <Link href={`/claims/${claim.id}`}>“{claim.quote}”</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {answer.fault && (
        <p>
          {t.faults[answer.fault]} {countIn(t.notReached, answer.notReached, t.numberLocale)}
        </p>
      )}
    </Notice>
  );
}
