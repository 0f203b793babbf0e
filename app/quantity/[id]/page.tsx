import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuantityPanel } from "@/components/public/quantity-panel";
import styles from "@/components/public/public.module.css";
import { quantityById } from "@/lib/data/public-claims";
import { quantityNotices } from "@/lib/data/public-notices";
import { formatDay } from "@/lib/i18n/format";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { messagesFor, requestLocale } from "@/lib/i18n/server";

type Params = Promise<{ id: string }>;

const isId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const quantity = isId(id) ? await quantityById(id) : null;
  const t = (await messagesFor(PUBLIC_MESSAGES)).quantity;
  return { title: quantity ? `${quantity.label} · ${quantity.story.title}` : t.notFound };
}

export default async function PublicQuantityPage({ params }: { params: Params }) {
  const { id } = await params;
  const quantity = isId(id) ? await quantityById(id) : null;
  if (!quantity) notFound();
  const [locale, notices] = await Promise.all([requestLocale(), quantityNotices(quantity.id)]);

  return (
    <article>
      <p className={styles.kicker}>
        <Link href={`/story/${quantity.story.slug}`}>{quantity.story.title}</Link>
      </p>
      <p className={styles.meta}>
        {formatDay(quantity.story.date, locale)}
        {quantity.story.place && ` · ${quantity.story.place}`}
      </p>
      <h1 className="visually-hidden">{quantity.label}</h1>
      <QuantityPanel quantity={quantity} linkTitle={false} showTimeline notices={notices} />
    </article>
  );
}
