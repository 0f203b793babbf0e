import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimFigure, QuotedSentence } from "@/components/public/claim-figure";
import styles from "@/components/public/public.module.css";
import { claimForPermalink } from "@/lib/data/public-claims";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { figurePhrase, sourceInSentence } from "@/lib/public/figure-words";

type Params = Promise<{ id: string }>;

const isId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const found = isId(id) ? await claimForPermalink(id) : null;
  if (!found) return { title: "Claim not found" };
  if (found.kind === "retracted") return { title: "Retracted claim", robots: { index: false } };
  const { claim } = found;
  return { title: `${claim.source.name}: ${figurePhrase(claim)} ${claim.quantity.label.toLowerCase()}` };
}

export default async function ClaimPermalinkPage({ params }: { params: Params }) {
  const { id } = await params;
  const found = isId(id) ? await claimForPermalink(id) : null;
  if (!found) notFound();
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
        <h1 className={styles.title}>Retracted claim</h1>
        <div className={styles.notice} role="note">
          <p>
            This claim was retracted on{" "}
            <time dateTime={found.claim.retractedAt.toISOString()}>{formatUtcTime(found.claim.retractedAt)}</time> because:{" "}
            {found.claim.reason}
          </p>
          <p className={styles.muted}>
            Its figure no longer counts. See the current figures for <Link href={`/quantity/${quantity.id}`}>{quantity.label}</Link>.
          </p>
        </div>
      </article>
    );
  }

  const { claim } = found;
  return (
    <article className={styles.claimCard}>
      {context}
      <h1 className={styles.title}>
        {sourceInSentence(claim.source.name, true)}: {figurePhrase(claim)}
      </h1>
      <p className={styles.meta}>
        {quantity.label} · as of <time dateTime={claim.reportedAt.toISOString()}>{formatUtcTime(claim.reportedAt)}</time>
      </p>
      <blockquote className={styles.claimQuote}>
        <QuotedSentence sentence={claim.sentence} quote={claim.quote} language={claim.language} />
      </blockquote>
      <dl className={styles.facts}>
        <dt>Figure</dt>
        <dd>
          <ClaimFigure figure={claim} />
        </dd>
        <dt>Source</dt>
        <dd>
          {claim.source.name}
          {claim.source.country && <span className={styles.muted}> · {claim.source.country}</span>}
        </dd>
        {claim.relayedBy && (
          <>
            <dt>Relayed by</dt>
            <dd>{claim.relayedBy.name}</dd>
          </>
        )}
        <dt>Article</dt>
        <dd>
          {claim.articleUrl ? (
            <a href={claim.articleUrl} rel="noopener noreferrer">
              {claim.headline ?? claim.publisher ?? claim.articleUrl}
            </a>
          ) : (
            (claim.headline ?? "Not linked")
          )}
          {claim.publisher && <span className={styles.muted}> · {claim.publisher}</span>}
          {claim.publishedAt && <span className={styles.muted}> · {formatUtcTime(claim.publishedAt)}</span>}
        </dd>
        <dt>Quantity</dt>
        <dd>
          <Link href={`/quantity/${quantity.id}`}>{quantity.label}</Link>, compared with every other source
        </dd>
      </dl>
    </article>
  );
}
