import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuantityPanel } from "@/components/public/quantity-panel";
import styles from "@/components/public/public.module.css";
import { quantityById } from "@/lib/data/public-claims";
import { formatCalendarDay } from "@/lib/newsroom/utc-time";

type Params = Promise<{ id: string }>;

const isId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const quantity = isId(id) ? await quantityById(id) : null;
  return { title: quantity ? `${quantity.label} · ${quantity.story.title}` : "Quantity not found" };
}

export default async function PublicQuantityPage({ params }: { params: Params }) {
  const { id } = await params;
  const quantity = isId(id) ? await quantityById(id) : null;
  if (!quantity) notFound();

  return (
    <article>
      <p className={styles.kicker}>
        <Link href={`/story/${quantity.story.slug}`}>{quantity.story.title}</Link>
      </p>
      <p className={styles.meta}>
        {formatCalendarDay(quantity.story.date)}
        {quantity.story.place && ` · ${quantity.story.place}`}
      </p>
      <h1 className="visually-hidden">{quantity.label}</h1>
      <QuantityPanel quantity={quantity} linkTitle={false} showTimeline />
    </article>
  );
}
