import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaginationNav } from "@/components/public/pagination-nav";
import styles from "@/components/public/public.module.css";
import { ReadFiguresForm } from "@/components/read-figures/read-figures-form";
import { publicStoriesPage } from "@/lib/data/public-story-list";
import { formatDay } from "@/lib/i18n/format";
import { PAGINATION_MESSAGES } from "@/lib/i18n/messages/pagination";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { requestLocale } from "@/lib/i18n/server";
import { homeOverview } from "@/lib/public/home-overview";
import { pageParam } from "@/lib/public/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Published figures change as reviewers approve them: render on each request (the reads are
// cached until the next write, lib/data/public-cache.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const page = pageParam((await searchParams).page);
  return page > 1 ? { title: PAGINATION_MESSAGES[await requestLocale()].olderStoriesTitle(page) } : {};
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
        <section className="intro" aria-labelledby="intro-heading">
          <h1 id="intro-heading">{t.title}</h1>
          <p className="lede">{t.lede}</p>
          <figure className="example">
            <figcaption>{t.exampleCaption}</figcaption>
            <dl className="example-claims">
              <div>
                <dt>{t.exampleHatay}</dt>
                <dd>
                  <span lang="fr">{"«\u00a0au moins 29\u00a0»"}</span> <span className="example-interval">{t.exampleAtLeast29}</span>
                </dd>
              </div>
              <div>
                <dt>{t.exampleOsdh}</dt>
                <dd>
                  <span lang="en">{"“more than 30”"}</span> <span className="example-interval">{t.exampleMoreThan30}</span>
                </dd>
              </div>
            </dl>
            <p className="example-verdict">
              <strong>{t.exampleVerdictLead}</strong> {t.exampleVerdict}
            </p>
          </figure>
        </section>
      )}

      {first && conflicts.length > 0 && (
        <section className="conflicts" aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">{t.conflictsTitle}</h2>
          <p className="section-intro">{t.conflictsIntro}</p>
          <ul className="conflict-list">
            {conflicts.map((q) => (
              <li key={q.id}>
                <p className="conflict-story">
                  <Link href={`/story/${q.story.slug}`}>{q.story.title}</Link>
                </p>
                <p className="conflict-title">
                  <Link href={`/quantity/${q.id}`}>{q.label}</Link>{" "}
                  <span className={`${styles.badge} ${styles.badge_conflict}`}>{q.statusLabel}</span>
                </p>
                <p className="conflict-sentence">{q.sentence}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {stories.length > 0 && (
        <section className="latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" className={first ? undefined : "visually-hidden"}>
            {t.latestTitle}
          </h2>
          <ul className="latest-stories">
            {stories.map((story) => (
              <li key={story.slug}>
                <div className="latest-head">
                  <Link href={`/story/${story.slug}`}>{story.title}</Link>
                  <span className="latest-meta">
                    {[formatDay(story.date, locale), story.place, t.quantitiesCount(story.quantities.length)].filter(Boolean).join(" · ")}
                  </span>
                </div>
                <ul className="latest-quantities">
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
          <PaginationNav slice={slice} path="/" locale={locale} />
        </section>
      )}

      {first && (
        <section className="reader" aria-labelledby="reader-heading">
          <h2 id="reader-heading">{t.readerTitle}</h2>
          <p className="reader-intro">{t.readerIntro}</p>
          <ReadFiguresForm locale={locale} />
        </section>
      )}
    </>
  );
}
