import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuantityPanel } from "@/components/public/quantity-panel";
import styles from "@/components/public/public.module.css";
import { storyBySlug } from "@/lib/data/public-claims";
import { formatDay } from "@/lib/i18n/format";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { messagesFor, requestLocale } from "@/lib/i18n/server";

type Params = Promise<{ slug: string }>;

const isSlug = (slug: string) => /^[a-z0-9-]{1,200}$/.test(slug);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const story = isSlug(slug) ? await storyBySlug(slug) : null;
  const t = (await messagesFor(PUBLIC_MESSAGES)).story;
  return story ? { title: story.title, description: story.summary || undefined } : { title: t.notFound };
}

export default async function PublicStoryPage({ params }: { params: Params }) {
  const { slug } = await params;
  const story = isSlug(slug) ? await storyBySlug(slug) : null;
  if (!story) notFound();
  const locale = await requestLocale();
  const t = (await messagesFor(PUBLIC_MESSAGES)).story;

  return (
    <article>
      <p className={styles.kicker}>{t.kicker}</p>
      <h1 className={styles.title}>{story.title}</h1>
      <p className={styles.meta}>
        <time dateTime={story.date}>{formatDay(story.date, locale)}</time>
        {story.place && ` · ${story.place}`}
      </p>
      {story.summary && <p className={styles.summary}>{story.summary}</p>}
      {story.quantities.length === 0 ? (
        <p className={styles.muted}>{t.noFigures}</p>
      ) : (
        <>
          {story.quantities.map((q) => (
            <QuantityPanel key={q.id} quantity={q} linkTitle showTimeline={false} />
          ))}
          <p className={styles.download}>
            <a href={`/story/${story.slug}/claims.csv`} download>
              {t.download}
            </a>
          </p>
        </>
      )}
    </article>
  );
}
