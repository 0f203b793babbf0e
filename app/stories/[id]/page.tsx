import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuantityForm } from "@/components/newsroom/quantity-form";
import styles from "@/components/newsroom/newsroom.module.css";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { storyWithQuantities } from "@/lib/data/stories";
import { formatCalendarDay } from "@/lib/newsroom/utc-time";
import { HEADLINE_POLICY_LABELS, MEASURE_LABELS } from "@/lib/validation/newsroom";
import { createQuantityAction } from "../actions";

export const metadata: Metadata = { title: "Story" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const member = await requireStaffPage("read_staff", `/stories/${id}`);
  const { created } = await searchParams;
  const story = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await storyWithQuantities(id) : null;
  if (!story) notFound();
  const writer = may(member.role, "write_newsroom");

  return (
    <div className={styles.page}>
      <p className={styles.itemMeta}>
        <Link href="/stories">Stories</Link>
      </p>
      <h1>{story.title}</h1>
      <p className={styles.itemMeta}>
        {formatCalendarDay(story.date)}
        {story.place && ` · ${story.place}`} · /{story.slug}
      </p>
      <p className={styles.itemMeta}>
        Every claim of this story, whatever its status:{" "}
        <a href={`/claims/export.csv?story=${story.id}`} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={`/claims/export.json?story=${story.id}`} download>
          JSON
        </a>{" "}
        · <Link href={`/story/${story.slug}`}>public page</Link>
      </p>
      {story.summary && <p className={styles.lede}>{story.summary}</p>}
      {created === "1" && <Notice role="status">Story created. Add the quantities its sources report.</Notice>}

      <div className={styles.columns}>
        <section aria-labelledby="quantities-title">
          <div className={styles.sectionHead}>
            <h2 id="quantities-title">Quantities</h2>
            <span className={styles.count}>{story.quantities.length}</span>
          </div>
          {story.quantities.length === 0 ? (
            <p className={styles.emptyList}>No quantities yet: add the first one.</p>
          ) : (
            <ul className={styles.list}>
              {story.quantities.map((q) => (
                <li key={q.id} className={styles.item}>
                  <div className={styles.itemMain}>
                    <span className={styles.itemTitle}>{q.label}</span>
                    <p className={styles.itemMeta}>
                      {MEASURE_LABELS[q.measure]}
                      {q.unit && ` · ${q.unit}`}
                      {q.scopeWho && ` · ${q.scopeWho}`}
                      {q.scopePlace && ` · ${q.scopePlace}`}
                      {(q.scopeFrom || q.scopeTo) && ` · ${q.scopeFrom ?? "…"} to ${q.scopeTo ?? "…"}`}
                      {q.cumulative && " · cumulative toll"}
                    </p>
                    <p className={styles.itemMeta}>
                      {HEADLINE_POLICY_LABELS[q.headlinePolicy]} ·{" "}
                      {q._count.claims === 1 ? "1 claim" : `${q._count.claims} claims`}
                    </p>
                  </div>
                  {writer && (
                    <div className={styles.itemActions}>
                      <Link href={`/claims/new?quantity=${q.id}`}>Log a claim</Link>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        {writer && <QuantityForm storyId={story.id} createQuantity={createQuantityAction} />}
      </div>
    </div>
  );
}
