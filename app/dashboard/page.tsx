import type { Metadata } from "next";
import Link from "next/link";
import { ClaimList } from "@/components/newsroom/claim-list";
import styles from "@/components/newsroom/newsroom.module.css";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { DASHBOARD_LIST_SIZE, editorDashboard, reviewQueueCount } from "@/lib/data/claims";
import { submitClaimAction } from "@/app/claims/actions";

export const metadata: Metadata = { title: "Dashboard" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireStaffPage("read_staff", "/dashboard");
  const { saved, denied } = await searchParams;
  const reviewer = may(member.role, "review");
  const [mine, waiting] = await Promise.all([
    editorDashboard(member.id),
    reviewer ? reviewQueueCount() : Promise.resolve(0),
  ]);
  const savedCount = typeof saved === "string" && /^\d+$/.test(saved) ? Number(saved) : 0;

  return (
    <div className={styles.page}>
      <h1>Your claims</h1>
      <p className={styles.lede}>
        Your drafts, what a reviewer sent back to you, and what waits for review.{" "}
        <Link href="/claims/new">Log a claim</Link> or <Link href="/claims/paste">paste an article</Link>.
      </p>

      {denied === "1" && (
        <Notice tone="error" role="alert">
          Your role does not open that page.
        </Notice>
      )}
      {savedCount > 0 && (
        <Notice role="status">
          {savedCount === 1 ? "1 draft saved" : `${savedCount} drafts saved`} from the article. Check each, then submit
          it for review.
        </Notice>
      )}

      {reviewer && (
        <Notice>
          <Link href="/review">
            <strong>Review queue:</strong> {waiting === 1 ? "1 claim waits" : `${waiting} claims wait`} for a reviewer
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
          : each list shows its first {DASHBOARD_LIST_SIZE}.
        </Notice>
      )}

      <ClaimList
        title="Sent back to you"
        empty="Nothing sent back: no reviewer has asked you to fix a claim."
        claims={mine.sentBack}
        showNote
        submit={submitClaimAction}
      />
      <ClaimList
        title="Your drafts"
        empty="No drafts. Log a claim or paste an article to start one."
        claims={mine.drafts}
        submit={submitClaimAction}
      />
      <ClaimList title="In review" empty="Nothing of yours waits for review." claims={mine.inReview} />
      <ClaimList
        title="Recently published"
        empty="None of your claims is published yet."
        claims={mine.recentlyPublished}
      />
    </div>
  );
}
