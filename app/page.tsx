import type { Metadata } from "next";
import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaginationNav } from "@/components/public/pagination-nav";
import styles from "@/components/public/public.module.css";
import { ReadFiguresForm } from "@/components/read-figures/read-figures-form";
import { Card } from "@/components/ui/card";
import { publicStoriesPage } from "@/lib/data/public-story-list";
import { formatDay } from "@/lib/i18n/format";
import { PAGINATION_MESSAGES } from "@/lib/i18n/messages/pagination";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { messagesFor, requestLocale } from "@/lib/i18n/server";
import { homeOverview } from "@/lib/public/home-overview";
import { pageParam } from "@/lib/public/pagination";
import { readFiguresAction } from "./actions/read-figures";
import home from "./home.module.css";

// Published figures change as reviewers approve them: render on each request (the reads are
// cached until the next write, lib/data/public-cache.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const page = pageParam((await searchParams).page);
  return page > 1 ? { title: (await messagesFor(PAGINATION_MESSAGES)).olderStoriesTitle(page) } : {};
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].home;
  // The stories come 20 at a time; the introduction, the conflicts and the reader on the first page.
  const slice = await publicStoriesPage(pageParam((await searchParams).page));
  if (slice.page > 1 && slice.items.length === 0) notFound();
  const { conflicts, stories } = homeOverview(slice.items, locale);
  const first = slice.page === 1;
  return (
    <>
      {!first && <h1>{PAGINATION_MESSAGES[locale].olderStoriesTitle(slice.page)}</h1>}
      {first && (
        <section className={home.intro} aria-labelledby="intro-heading">
          <h1 id="intro-heading">{t.title}</h1>
          <p className={home.lede}>{t.lede}</p>
          <figure className={home.example}>
            <figcaption>{t.exampleCaption}</figcaption>
            <dl className={home.exampleClaims}>
              <div>
                <dt>{t.exampleHatay}</dt>
                <dd>
                  <span lang="fr">{t.exampleQuoteHatay}</span>{" "}
                  <span className={home.exampleInterval}>{t.exampleAtLeast29}</span>
                </dd>
              </div>
              <div>
                <dt>{t.exampleOsdh}</dt>
                <dd>
                  <span lang="en">{t.exampleQuoteOsdh}</span>{" "}
                  <span className={home.exampleInterval}>{t.exampleMoreThan30}</span>
                </dd>
              </div>
            </dl>
            <p className={home.exampleVerdict}>
              <strong>{t.exampleVerdictLead}</strong> {t.exampleVerdict}
            </p>
          </figure>
        </section>
      )}

      {first && conflicts.length > 0 && (
        <section className={home.conflicts} aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">{t.conflictsTitle}</h2>
          <p className={home.sectionIntro}>{t.conflictsIntro}</p>
          <ul className={home.conflictList}>
            {conflicts.map((q) => (
              <li key={q.id}>
                <p className={home.conflictStory}>
                  <Link href={`/story/${q.story.slug}`}>{q.story.title}</Link>
                </p>
                <p className={home.conflictTitle}>
                  <Link href={`/quantity/${q.id}`}>{q.label}</Link>{" "}
                  <span className={`${styles.badge} ${styles.badge_conflict}`}>{q.statusLabel}</span>
                </p>
                <p className={home.conflictSentence}>{q.sentence}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {stories.length > 0 && (
        <section className={home.latest} aria-labelledby="latest-heading">
          <h2 id="latest-heading" className={first ? undefined : "visually-hidden"}>
            {t.latestTitle}
          </h2>
          {/* "latest-stories" is how e2e/home-pagination.spec.ts counts the stories of a page. */}
          <ul className={`latest-stories ${home.latestStories}`}>
            {stories.map((story) => (
              <li key={story.slug}>
                <div className={home.latestHead}>
                  <Link href={`/story/${story.slug}`}>{story.title}</Link>
                  <span className={home.latestMeta}>
                    {[formatDay(story.date, locale), story.place, t.quantitiesCount(story.quantities.length)]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </div>
                <ul className={home.latestQuantities}>
                  {story.quantities.map((q) => (
                    <li key={q.id}>
                      <Link href={`/quantity/${q.id}`}>{q.label}</Link>{" "}
                      <span className={`${styles.badge} ${styles[`badge_${q.status}`]}`}>{q.statusLabel}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <PaginationNav slice={slice} path="/" />
        </section>
      )}

      {first && (
        <Card as="section" className={home.reader} aria-labelledby="reader-heading">
          <h2 id="reader-heading">{t.readerTitle}</h2>
          <p className={home.readerIntro}>{t.readerIntro}</p>
          <ReadFiguresForm readFigures={readFiguresAction} />
        </Card>
      )}
    </>
  );
}
