import type { Metadata } from "next";
import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuotedSentence } from "@/components/public/claim-figure";
import { PaginationNav } from "@/components/public/pagination-nav";
import styles from "@/components/public/public.module.css";
import sourceStyles from "@/components/public/search.module.css";
import { sourcePage, type SourceClaim } from "@/lib/data/public-sources";
import { formatTime } from "@/lib/i18n/format";
import { PAGINATION_MESSAGES } from "@/lib/i18n/messages/pagination";
import { sourceMessagesFor, type SourceMessages } from "@/lib/i18n/messages/source";
import { requestLocale } from "@/lib/i18n/server";
import { pageParam } from "@/lib/public/pagination";
import type { FigureFate } from "@/lib/public/source-record";

type Params = Promise<{ id: string }>;

const isId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { id } = await params;
  const pageNumber = pageParam((await searchParams).page);
  const page = isId(id) ? await sourcePage(id, pageNumber) : null;
  const locale = await requestLocale();
  if (!page) return { title: sourceMessagesFor(locale).notFoundTitle };
  return {
    title:
      pageNumber > 1
        ? `${page.source.name}, ${PAGINATION_MESSAGES[locale].pageOf(pageNumber).toLowerCase()}`
        : page.source.name,
  };
}

/** What became of a figure, in a few words; nothing when it still stands unopposed. */
function fateInWords(fate: FigureFate | undefined, t: SourceMessages): string[] {
  if (!fate) return [];
  const words: string[] = [];
  if (fate.revised === "own") words.push(t.fateOwn);
  if (fate.revised === "others") words.push(t.fateOthers(t.list([...new Set(fate.revisedBy)])));
  if (fate.contradictedBy.length > 0) words.push(t.fateContradicted(t.list([...new Set(fate.contradictedBy)])));
  return words;
}

async function SourceClaimItem({ claim, fate }: { claim: SourceClaim; fate: FigureFate | undefined }) {
  const locale = await requestLocale();
  const t = sourceMessagesFor(locale);
  return (
    <li className={sourceStyles.hit}>
      <p>
        <span className={styles.figure}>{t.figure(claim)}</span>{" "}
        <span className={styles.muted}>
          {t.asOf} <time dateTime={claim.reportedAt.toISOString()}>{formatTime(claim.reportedAt, locale)}</time>
          {claim.relayedBy && ` · ${t.relayedBy(claim.relayedBy.name)}`}
        </span>
      </p>
      <QuotedSentence sentence={claim.sentence} quote={claim.quote} language={claim.language} />
      {fateInWords(fate, t).map((words) => (
        <p key={words} className={styles.muted}>
          <strong>{words}</strong>
        </p>
      ))}
      <p>
        <Link href={`/claim/${claim.id}`} className={styles.muted}>
          {t.permalink}
        </Link>
      </p>
    </li>
  );
}

export default async function PublicSourcePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const page = isId(id) ? await sourcePage(id, pageParam((await searchParams).page)) : null;
  // No such source, or a page past its last figure.
  if (!page || page.stories.length === 0) notFound();
  const locale = await requestLocale();
  const t = sourceMessagesFor(locale);
  const { source, stories, record, fates } = page;

  return (
    <article>
      <p className={styles.kicker}>{t.kicker}</p>
      <h1 className={styles.title}>{source.name}</h1>
      <p className={styles.meta}>
        {[t.kinds[source.kind], source.country].filter(Boolean).join(" · ")}
        {source.homepage && (
          <>
            {" · "}
            <a href={source.homepage} rel="noopener noreferrer">
              {t.homepage}
            </a>
          </>
        )}
      </p>

      <section aria-labelledby="source-record" className={styles.quantity}>
        <h2 id="source-record" className={styles.quantityTitle}>
          {t.recordHeading}
        </h2>
        <p className={styles.sentence}>{t.record(record)}</p>
        <p className={styles.muted}>{t.recordExplained}</p>
      </section>

      <h2>{t.figuresHeading}</h2>
      {stories.map(({ story, quantities }) => (
        <section key={story.id} aria-labelledby={`story-${story.id}`} className={sourceStyles.group}>
          <h3 id={`story-${story.id}`} className={styles.quantityTitle}>
            <Link href={`/story/${story.slug}`}>{story.title}</Link>
          </h3>
          {quantities.map(({ quantity, claims }) => (
            <section key={quantity.id} aria-labelledby={`quantity-${quantity.id}`}>
              <h4 id={`quantity-${quantity.id}`} className={styles.sectionTitle}>
                <Link href={`/quantity/${quantity.id}`}>{quantity.label}</Link>
              </h4>
              <ol className={sourceStyles.hits}>
                {claims.map((claim) => (
                  <SourceClaimItem key={claim.id} claim={claim} fate={fates[claim.id]} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
      <PaginationNav slice={page} path={`/source/${source.id}`} />
    </article>
  );
}
