import Link from "next/link";
import styles from "@/components/public/public.module.css";
import { ReadFiguresForm } from "@/components/read-figures/read-figures-form";
import { latestPublicStoriesWithFigures } from "@/lib/data/public-claims";
import { formatDay } from "@/lib/i18n/format";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { requestLocale } from "@/lib/i18n/server";
import { homeOverview } from "@/lib/public/home-overview";

// Published figures change as reviewers approve them: render on each request (the reads are
// cached until the next write, lib/data/public-cache.ts).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].home;
  const { conflicts, stories } = homeOverview(await latestPublicStoriesWithFigures(), locale);
  return (
    <>
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

      {conflicts.length > 0 && (
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
          <h2 id="latest-heading">{t.latestTitle}</h2>
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
        </section>
      )}

      <section className="reader" aria-labelledby="reader-heading">
        <h2 id="reader-heading">{t.readerTitle}</h2>
        <p className="reader-intro">{t.readerIntro}</p>
        <ReadFiguresForm locale={locale} />
      </section>
    </>
  );
}
