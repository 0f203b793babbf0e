import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { ClaimList } from "@/components/newsroom/claim-list";
import styles from "@/components/newsroom/newsroom.module.css";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { DASHBOARD_LIST_SIZE, editorDashboard, reviewQueueCount } from "@/lib/data/claims";
import { submitClaimAction } from "@/app/claims/actions";
import { DASHBOARD_MESSAGES } from "@/lib/i18n/messages/staff/dashboard";
import { DRAFT_DELETION_MESSAGES } from "@/lib/i18n/messages/staff/draft-deletion";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(DASHBOARD_MESSAGES, (t) => t.page.pageTitle);

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const t = (await messagesFor(DASHBOARD_MESSAGES)).page;
  const deletion = await messagesFor(DRAFT_DELETION_MESSAGES);
  const member = await requireStaffPage("read_staff", "/dashboard");
  const { saved, denied, deleted } = await searchParams;
  const reviewer = may(member.role, "review");
  const [mine, waiting] = await Promise.all([
    editorDashboard(member.id),
    reviewer ? reviewQueueCount() : Promise.resolve(0),
  ]);
  const savedCount = typeof saved === "string" && /^\d+$/.test(saved) ? Number(saved) : 0;

  return (
    <div className={styles.page}>
      <h1>{t.yourClaims}</h1>
      <p className={styles.lede}>
        {t.yourDraftsWhatA} <Link href="/claims/new">{t.logAClaim}</Link>
        {t.or}
        <Link href="/claims/paste">{t.pasteAnArticle}</Link>.
      </p>

      {denied === "1" && (
        <Notice tone="error" role="alert">
          {t.yourRoleDoesNot}
        </Notice>
      )}
      {deleted === "1" && <Notice role="status">{deletion.dashboard.deleted}</Notice>}
      {savedCount > 0 && (
        <Notice role="status">
          {t.draftsSaved(savedCount)}
          {t.fromTheArticleCheck}
        </Notice>
      )}

      {reviewer && (
        <Notice>
          <Link href="/review">
            <strong>{t.reviewQueue}</strong> {t.claimsWait(waiting)}
            {t.forAReviewer}
          </Link>
        </Notice>
      )}

      {Object.values(mine.counts).some((n) => n > DASHBOARD_LIST_SIZE) && (
        <Notice role="status">
          {[
            mine.counts.sentBack > DASHBOARD_LIST_SIZE &&
              `${mine.counts.sentBack.toLocaleString("en")} claims sent back`,
            mine.counts.drafts > DASHBOARD_LIST_SIZE && `${mine.counts.drafts.toLocaleString("en")} drafts`,
            mine.counts.inReview > DASHBOARD_LIST_SIZE &&
              `${mine.counts.inReview.toLocaleString("en")} claims in review`,
          ]
            .filter(Boolean)
            .join(", ")}
          {t.eachListShowsIts}
          {DASHBOARD_LIST_SIZE}.
        </Notice>
      )}

      <ClaimList
        title={t.sentBackToYou}
        empty={t.nothingSentBackNo}
        claims={mine.sentBack}
        showNote
        submit={submitClaimAction}
      />
      <ClaimList title={t.yourDrafts} empty={t.noDraftsLogA} claims={mine.drafts} submit={submitClaimAction} />
      <ClaimList title={t.inReview} empty={t.nothingOfYoursWaits} claims={mine.inReview} />
      <ClaimList title={t.recentlyPublished} empty={t.noneOfYourClaims} claims={mine.recentlyPublished} />
    </div>
  );
}
