import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimFigure, QuotedSentence } from "@/components/public/claim-figure";
import { ClaimReviewJsonLd } from "@/components/public/claim-review-json-ld";
import { ClaimVerdict } from "@/components/public/claim-rating";
import { SourceLink } from "@/components/public/source-link";
import styles from "@/components/public/public.module.css";
import { claimForPermalink } from "@/lib/data/public-claims";
import { formatTime, withColon } from "@/lib/i18n/format";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { requestLocale } from "@/lib/i18n/server";
import { figurePhrase, sourceInSentence } from "@/lib/explain";

type Params = Promise<{ id: string }>;

const isId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const found = isId(id) ? await claimForPermalink(id) : null;
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].claim;
  if (!found) return { title: t.notFound };
  if (found.kind === "retracted") return { title: t.retractedTitle, robots: { index: false } };
  const { claim } = found;
  return {
    title: `${withColon(claim.source.name, figurePhrase(claim, locale), locale)} · ${claim.quantity.label}`,
  };
}

export default async function ClaimPermalinkPage({ params }: { params: Params }) {
  const { id } = await params;
  const found = isId(id) ? await claimForPermalink(id) : null;
  if (!found) notFound();
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].claim;
  const { quantity } = found.claim;
  const context = (
    <p className={styles.kicker}>
      <Link href={`/story/${quantity.story.slug}`}>{quantity.story.title}</Link>
    </p>
  );

  if (found.kind === "retracted") {
    return (
      <article className={styles.claimCard}>
        {context}
        <h1 className={styles.title}>{t.retractedTitle}</h1>
        <div className={styles.notice} role="note">
          <p>
            {t.retractedOn}{" "}
            <time dateTime={found.claim.retractedAt.toISOString()}>{formatTime(found.claim.retractedAt, locale)}</time>{" "}
            {t.because} {found.claim.reason ?? t.noReason}
          </p>
          <p className={styles.muted}>
            {t.noLongerCounts} <Link href={`/quantity/${quantity.id}`}>{quantity.label}</Link>.
          </p>
        </div>
      </article>
    );
  }

  const { claim } = found;
  return (
    <article className={styles.claimCard}>
      <ClaimReviewJsonLd claim={claim} />
      {context}
      <h1 className={styles.title}>
        {withColon(sourceInSentence(claim.source.name, true, locale), figurePhrase(claim, locale), locale)}
      </h1>
      <p className={styles.meta}>
        {quantity.label} · {t.asOf}{" "}
        <time dateTime={claim.reportedAt.toISOString()}>{formatTime(claim.reportedAt, locale)}</time>
      </p>
      <blockquote className={styles.claimQuote}>
        <QuotedSentence sentence={claim.sentence} quote={claim.quote} language={claim.language} />
      </blockquote>
      <ClaimVerdict claim={claim} />
      <dl className={styles.facts}>
        <dt>{t.figure}</dt>
        <dd>
          <ClaimFigure figure={claim} />
        </dd>
        <dt>{t.source}</dt>
        <dd>
          <SourceLink source={claim.source} />
          {claim.source.country && <span className={styles.muted}> · {claim.source.country}</span>}
        </dd>
        {claim.relayedBy && (
          <>
            <dt>{t.relayedBy}</dt>
            <dd>{claim.relayedBy.name}</dd>
          </>
        )}
        <dt>{t.article}</dt>
        <dd>
          {claim.articleUrl ? (
            <a href={claim.articleUrl} rel="noopener noreferrer">
              {claim.headline ?? claim.publisher ?? claim.articleUrl}
            </a>
          ) : (
            (claim.headline ?? t.notLinked)
          )}
          {claim.publisher && <span className={styles.muted}> · {claim.publisher}</span>}
          {claim.publishedAt && <span className={styles.muted}> · {formatTime(claim.publishedAt, locale)}</span>}
        </dd>
        <dt>{t.quantity}</dt>
        <dd>
          <Link href={`/quantity/${quantity.id}`}>{quantity.label}</Link>
          {t.comparedWith}
        </dd>
      </dl>
    </article>
  );
}
