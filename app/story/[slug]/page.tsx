import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuantityPanel } from "@/components/public/quantity-panel";
import styles from "@/components/public/public.module.css";
import { storyBySlug } from "@/lib/data/public-claims";
import { formatCalendarDay } from "@/lib/newsroom/utc-time";

type Params = Promise<{ slug: string }>;

const isSlug = (slug: string) => /^[a-z0-9-]{1,200}$/.test(slug);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const story = isSlug(slug) ? await storyBySlug(slug) : null;
  return story ? { title: story.title, description: story.summary || undefined } : { title: "Story not found" };
}

export default async function PublicStoryPage({ params }: { params: Params }) {
  const { slug } = await params;
  const story = isSlug(slug) ? await storyBySlug(slug) : null;
  if (!story) notFound();

  return (
    <article>
      <p className={styles.kicker}>Story</p>
      <h1 className={styles.title}>{story.title}</h1>
      <p className={styles.meta}>
        <time dateTime={story.date}>{formatCalendarDay(story.date)}</time>
        {story.place && ` · ${story.place}`}
      </p>
      {story.summary && <p className={styles.summary}>{story.summary}</p>}
      {story.quantities.length === 0 ? (
        <p className={styles.muted}>No figures are tracked for this story yet.</p>
      ) : (
        story.quantities.map((q) => <QuantityPanel key={q.id} quantity={q} linkTitle showTimeline={false} />)
      )}
    </article>
  );
}
