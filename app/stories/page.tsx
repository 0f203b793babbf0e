import type { Metadata } from "next";
import Link from "next/link";
import { StoryForm } from "@/components/newsroom/story-form";
import { PaginationNav } from "@/components/public/pagination-nav";
import styles from "@/components/newsroom/newsroom.module.css";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { listStories } from "@/lib/data/stories";
import { formatCalendarDay } from "@/lib/newsroom/utc-time";
import { pageParam } from "@/lib/public/pagination";
import { createStoryAction } from "./actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Stories" };

export default async function StoriesPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireStaffPage("read_staff", "/stories");
  const slice = await listStories(pageParam((await searchParams).page));
  const stories = slice.items;
  return (
    <div className={styles.page}>
      <h1>Stories</h1>
      <p className={styles.lede}>
        The news events the newsroom follows, the most recent first. Each holds the quantities its claims count.
      </p>
      <div className={styles.columns}>
        <section aria-labelledby="stories-title">
          <h2 id="stories-title" className="visually-hidden">
            All stories
          </h2>
          {stories.length === 0 ? (
            <p className={styles.emptyList}>{slice.page > 1 ? "No stories on this page." : "No stories yet."}</p>
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
                      {story.place && ` · ${story.place}`} ·{" "}
                      {story.quantityCount === 1 ? "1 quantity" : `${story.quantityCount} quantities`} ·{" "}
                      {story.claimCount === 1 ? "1 claim" : `${story.claimCount} claims`}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <PaginationNav slice={slice} path="/stories" locale="en" />
        </section>
        {may(member.role, "write_newsroom") && <StoryForm createStory={createStoryAction} />}
      </div>
    </div>
  );
}
