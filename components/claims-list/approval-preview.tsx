"use client";

import { Button, ButtonRow } from "@/components/ui/button";
import type { FormActionState } from "@/components/forms/use-form-action";
import type { ApprovalPreviewAnswer } from "@/lib/data/claims-bulk";
import type { StatusInWords } from "@/lib/newsroom/batch-approval-preview";
import { countIn, fill, type BulkWords } from "@/lib/i18n/messages/claims-list";
import styles from "./claims-list.module.css";

function Status({ status }: { status: StatusInWords }) {
  return (
    <span className={styles.detail}>
      {status.label && (
        <span className={`${styles.verdict} ${status.status ? (styles[`verdict_${status.status}`] ?? "") : ""}`}>
          {status.label}
        </span>
      )}
      {status.detail}
    </span>
  );
}

/**
 * The approval before it happens: each claim with its quantity's status before and after, in the
 * order they will be approved, those that will not be approved and why; then Approve or Cancel.
 * The confirmation sends every claim of the preview at the version shown: the server refuses
 * again, claim by claim, what the preview said it would refuse.
 */
export function ApprovalPreview({
  preview,
  t,
  approve,
  onCancel,
}: {
  preview: ApprovalPreviewAnswer;
  t: BulkWords;
  approve: FormActionState<unknown, FormData>;
  onCancel: () => void;
}) {
  const approvable = preview.claims.filter((claim) => claim.refusal === null).length;
  const n = (count: number) => new Intl.NumberFormat(t.numberLocale).format(count);
  return (
    <section className={styles.preview} aria-labelledby="approval-preview-heading">
      <h2 id="approval-preview-heading">{t.previewTitle}</h2>
      <p className={styles.hint}>{t.previewLede}</p>
      {preview.limit !== null && (
        <p className={styles.hint}>{fill(t.capped, { matched: n(preview.matched), limit: n(preview.limit) })}</p>
      )}
      <ol className={styles.steps}>
        {preview.claims.map((claim) => (
          <li key={claim.id} className={styles.step}>
            <div>
              <span className={styles.stepHead}>{t.previewColumns.claim}</span>
              <strong>
                {claim.sourceName}: “{claim.quote}”
              </strong>
              <span className={styles.detail}>
                {claim.quantityLabel} · {claim.storyTitle}
              </span>
            </div>
            {claim.step ? (
              <>
                <div>
                  <span className={styles.stepHead}>{t.previewColumns.now}</span>
                  <Status status={claim.step.before} />
                </div>
                <div>
                  <span className={styles.stepHead}>{t.previewColumns.after}</span>
                  <Status status={claim.step.after} />
                  {!claim.step.changesOutcome && <span className={styles.detail}>{t.noChange}</span>}
                  {claim.step.replaces.length > 0 && (
                    <span className={styles.detail}>
                      {fill(t.replaces, { quotes: claim.step.replaces.map((q) => `“${q}”`).join(", ") })}
                    </span>
                  )}
                  {claim.step.replacedBy && (
                    <span className={styles.detail}>{fill(t.replacedBy, { quote: claim.step.replacedBy })}</span>
                  )}
                </div>
              </>
            ) : (
              <div>
                <span className={styles.skipped}>{t.skipped[claim.refusal ?? "not_found"]}</span>
              </div>
            )}
          </li>
        ))}
      </ol>
      <form {...approve.form}>
        {preview.claims.map((claim) => (
          <input key={claim.id} type="hidden" name="claim" value={`${claim.id}:${claim.version}`} />
        ))}
        {approvable === 0 && <p className={styles.skipped}>{t.nothingToApprove}</p>}
        <ButtonRow>
          <Button type="submit" pending={approve.pending} pendingLabel={t.confirming} disabled={approvable === 0}>
            {countIn(t.confirm, approvable, t.numberLocale)}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </ButtonRow>
      </form>
    </section>
  );
}
