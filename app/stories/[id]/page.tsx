import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuantityForm } from "@/components/newsroom/quantity-form";
import styles from "@/components/newsroom/newsroom.module.css";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { storyWithQuantities } from "@/lib/data/stories";
import { formatCalendarDay } from "@/lib/newsroom/utc-time";
import { createQuantityAction } from "../actions";
import { STORIES_MESSAGES } from "@/lib/i18n/messages/staff/stories";
import { messagesFor, titleFrom } from "@/lib/i18n/server";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export const generateMetadata = titleFrom(STORIES_MESSAGES, (t) => t.storyPage.pageTitle);

type Params = Promise<{ id: string }>;

export default async function StoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const t = (await messagesFor(STORIES_MESSAGES)).storyPage;
  const labels = await messagesFor(LABEL_MESSAGES);
  const { id } = await params;
  const member = await requireStaffPage("read_staff", `/stories/${id}`);
  const { created } = await searchParams;
  const story = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await storyWithQuantities(id) : null;
  if (!story) notFound();
  const writer = may(member.role, "write_newsroom");

  return (
    <div className={styles.page}>
      <p className={styles.itemMeta}>
        <Link href="/stories">{t.stories}</Link>
      </p>
      <h1>{story.title}</h1>
      <p className={styles.itemMeta}>
        {formatCalendarDay(story.date)}
        {story.place && ` · ${story.place}`} · /{story.slug}
      </p>
      <p className={styles.itemMeta}>
        {t.everyClaimOfThis}{" "}
        <a href={`/claims/export.csv?story=${story.id}`} download>
          {t.csv}
        </a>{" "}
        ·{" "}
        <a href={`/claims/export.json?story=${story.id}`} download>
          {t.json}
        </a>{" "}
        · <Link href={`/story/${story.slug}`}>{t.publicPage}</Link>
      </p>
      {story.summary && <p className={styles.lede}>{story.summary}</p>}
      {created === "1" && <Notice role="status">{t.storyCreatedAddThe}</Notice>}

      <div className={styles.columns}>
        <section aria-labelledby="quantities-title">
          <div className={styles.sectionHead}>
            <h2 id="quantities-title">{t.quantities}</h2>
            <span className={styles.count}>{story.quantities.length}</span>
          </div>
          {story.quantities.length === 0 ? (
            <p className={styles.emptyList}>{t.noQuantitiesYetAdd}</p>
          ) : (
            <ul className={styles.list}>
              {story.quantities.map((q) => (
                <li key={q.id} className={styles.item}>
                  <div className={styles.itemMain}>
                    <span className={styles.itemTitle}>{q.label}</span>
                    <p className={styles.itemMeta}>
                      {labels.measures[q.measure]}
                      {q.unit && ` · ${q.unit}`}
                      {q.scopeWho && ` · ${q.scopeWho}`}
                      {q.scopePlace && ` · ${q.scopePlace}`}
                      {(q.scopeFrom || q.scopeTo) && t.scopeDates(q.scopeFrom ?? "…", q.scopeTo ?? "…")}
                      {q.cumulative && t.cumulativeToll}
                    </p>
                    <p className={styles.itemMeta}>
                      {labels.headlinePolicies[q.headlinePolicy]} · {t.claims(q._count.claims)}
                    </p>
                  </div>
                  {writer && (
                    <div className={styles.itemActions}>
                      <Link href={`/claims/new?quantity=${q.id}`}>{t.logAClaim}</Link>
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
