import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { StoryForm } from "@/components/newsroom/story-form";
import { PaginationNav } from "@/components/public/pagination-nav";
import styles from "@/components/newsroom/newsroom.module.css";
import { StaffPage } from "@/components/newsroom/staff-page";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { listStories } from "@/lib/data/stories";
import { formatCalendarDay } from "@/lib/newsroom/utc-time";
import { pageParam } from "@/lib/public/pagination";
import { createStoryAction } from "./actions";
import { STORIES_MESSAGES } from "@/lib/i18n/messages/staff/stories";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(STORIES_MESSAGES, (t) => t.storiesPage.pageTitle);

export default async function StoriesPage({ searchParams }: { searchParams: SearchParams }) {
  const t = (await messagesFor(STORIES_MESSAGES)).storiesPage;
  const member = await requireStaffPage("read_staff", "/stories");
  const slice = await listStories(pageParam((await searchParams).page));
  const stories = slice.items;
  return (
    <StaffPage title={t.stories} lede={t.theNewsEventsThe}>
      <div className={styles.columns}>
        <section aria-labelledby="stories-title">
          <h2 id="stories-title" className="visually-hidden">
            {t.allStories}
          </h2>
          {stories.length === 0 ? (
            <p className={styles.emptyList}>{slice.page > 1 ? t.noStoriesOnThis : t.noStoriesYet}</p>
          ) : (
            <ul className={styles.list}>
              {stories.map((story) => (
                <li key={story.id} className={styles.item}>
                  <div className={styles.itemMain}>
                    <Link href={`/stories/${story.id}`} className={styles.itemTitle}>
                      {story.title}
                    </Link>
                    <p className={styles.itemMeta}>
                      {formatCalendarDay(story.date)}
                      {story.place && ` · ${story.place}`} · {t.quantities(story.quantityCount)} ·{" "}
                      {t.claims(story.claimCount)}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <PaginationNav slice={slice} path="/stories" />
        </section>
        {may(member.role, "write_newsroom") && <StoryForm createStory={createStoryAction} />}
      </div>
    </StaffPage>
  );
}
