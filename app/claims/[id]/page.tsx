import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/newsroom/claim-form";
import { ClaimHistoryList } from "@/components/newsroom/claim-history";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { SubmitClaimButton } from "@/components/newsroom/submit-claim-button";
import { DeleteDraftButton } from "@/components/newsroom/delete-draft-button";
import styles from "@/components/newsroom/newsroom.module.css";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may, mayDeleteDraft, mayEditClaim } from "@/lib/auth/policy";
import { claimFormChoices, claimWithHistory } from "@/lib/data/claims";
import { maySubmitClaim } from "@/lib/newsroom/claim-rules";
import { claimFormValues } from "@/lib/newsroom/claim-form-values";
import { quoteInSentence } from "@/lib/newsroom/review-article";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { intervalInWords, qualifierInWords } from "@/lib/explain";
import { createSourceAction } from "@/app/sources/actions";
import { submitClaimAction, updateDraftAction } from "../actions";
import { deleteDraftAction } from "../delete-actions";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { messagesFor, titleFrom } from "@/lib/i18n/server";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export const generateMetadata = titleFrom(NEWSROOM_MESSAGES, (t) => t.claimPage.pageTitle);

type Params = Promise<{ id: string }>;

export default async function ClaimPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const t = (await messagesFor(NEWSROOM_MESSAGES)).claimPage;
  const labels = await messagesFor(LABEL_MESSAGES);
  const { id } = await params;
  const member = await requireStaffPage("read_staff", `/claims/${id}`);
  const { saved } = await searchParams;
  const found = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await claimWithHistory(id) : null;
  if (!found) notFound();
  const { claim, history } = found;

  const editable = mayEditClaim(member, claim);
  const submittable = maySubmitClaim(member, claim);
  const deletable = mayDeleteDraft(member, claim);
  const split = quoteInSentence(claim.sentence, claim.quote);
  const language = labels.languages[claim.language as keyof typeof labels.languages] ?? claim.language;

  return (
    <div className={styles.page}>
      <p className={styles.itemMeta}>
        <Link href={`/stories/${claim.quantity.story.id}`}>{claim.quantity.story.title}</Link> · {claim.quantity.label}
      </p>
      <h1>
        {claim.source.name}: “{claim.quote}”
      </h1>
      <p>
        <StatusBadge status={claim.status} label={labels.claimStatuses[claim.status]} />{" "}
        <span className={styles.words}>{intervalInWords(claim)}</span>{" "}
        <span className={styles.detail}>
          ({qualifierInWords(claim.qualifier)}
          {claim.unit ? `, ${claim.unit}` : ""})
        </span>
      </p>

      {saved === "new" && <Notice role="status">{t.savedAsYourDraft}</Notice>}
      {claim.status === "draft" && claim.reviewNote && (
        <Notice as="div" tone="error" role="note">
          <strong>
            {t.sentBack}
            {claim.reviewer ? t.byReviewer(claim.reviewer.name) : ""}:
          </strong>{" "}
          {claim.reviewNote}
        </Notice>
      )}

      <blockquote className={styles.sentence} lang={claim.language}>
        {split ? (
          <>
            {split.before}
            <mark>{split.highlight}</mark>
            {split.after}
          </>
        ) : (
          claim.sentence
        )}
      </blockquote>

      <div className={styles.columns}>
        <section aria-labelledby="facts-title">
          <h2 id="facts-title" className="visually-hidden">
            {t.aboutThisClaim}
          </h2>
          <dl className={styles.facts}>
            <dt>{t.source}</dt>
            <dd>
              {claim.source.name}
              {claim.source.country && <span className={styles.detail}> · {claim.source.country}</span>}
            </dd>
            <dt>{t.relayedBy}</dt>
            <dd>{claim.relayedBy?.name ?? t.theSourceItself}</dd>
            <dt>{t.reportedAt}</dt>
            <dd>{formatUtcTime(claim.reportedAt)}</dd>
            <dt>{t.language}</dt>
            <dd>{language}</dd>
            <dt>{t.article}</dt>
            <dd>
              {claim.articleUrl ? (
                <a href={claim.articleUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {claim.headline ?? claim.articleUrl}
                </a>
              ) : (
                (claim.headline ?? "—")
              )}
              {claim.publisher && <span className={styles.detail}> · {claim.publisher}</span>}
              {claim.publishedAt && <span className={styles.detail}> · {formatUtcTime(claim.publishedAt)}</span>}
            </dd>
            <dt>{t.archive}</dt>
            <dd>
              {claim.archiveUrl ? (
                <a href={claim.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {claim.archiveUrl}
                </a>
              ) : (
                "—"
              )}
            </dd>
            <dt>{t.writtenBy}</dt>
            <dd>{claim.author.name}</dd>
            {claim.reviewer && (
              <>
                <dt>{t.reviewer}</dt>
                <dd>{claim.reviewer.name}</dd>
              </>
            )}
            {claim.retractionReason && (
              <>
                <dt>{t.retractedBecause}</dt>
                <dd>{claim.retractionReason}</dd>
              </>
            )}
          </dl>
          {submittable && (
            <div className={styles.sectionHead}>
              <SubmitClaimButton
                claimId={claim.id}
                version={claim.version}
                label={t.submitForReview}
                submitClaim={submitClaimAction}
              />
            </div>
          )}
          {deletable && (
            <div className={styles.sectionHead}>
              <DeleteDraftButton claimId={claim.id} version={claim.version} deleteDraft={deleteDraftAction} />
            </div>
          )}
          {claim.status === "in_review" && may(member.role, "review") && claim.authorId !== member.id && (
            <p>
              <Link href={`/review/${claim.id}`}>{t.reviewThisClaim}</Link>
            </p>
          )}
        </section>
        <section aria-labelledby="history-title">
          <h2 id="history-title" className={styles.sectionHead}>
            {t.history}
          </h2>
          <ClaimHistoryList history={history} />
        </section>
      </div>

      {editable && (
        <section aria-labelledby="edit-title">
          <div className={styles.sectionHead}>
            <h2 id="edit-title">{t.editThisDraft}</h2>
          </div>
          <ClaimForm
            initial={claimFormValues(claim)}
            choices={claimFormChoices(claim)}
            claim={{ id: claim.id, version: claim.version }}
            saveDraft={updateDraftAction}
            createSource={createSourceAction}
          />
        </section>
      )}
    </div>
  );
}
