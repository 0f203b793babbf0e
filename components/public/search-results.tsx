import Link from "next/link";
import type { SearchGroup, SearchHit, SearchResults as Results } from "@/lib/data/public-search";
import { formatDay, formatTime } from "@/lib/i18n/format";
import { searchMessages } from "@/lib/i18n/messages/search";
import { messagesFor, requestLocale } from "@/lib/i18n/server";
import { highlightParts, type SearchKind } from "@/lib/public/search-query";
import publicStyles from "./public.module.css";
import { SourceLink } from "./source-link";
import styles from "./search.module.css";

/** Text with the matched words in <mark>, built as elements: nothing here is parsed as HTML. */
function Highlight({ text }: { text: string }) {
  return <>{highlightParts(text).map((part, i) => (part.matched ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

const searchHref = (query: string, kind?: SearchKind, page = 1) => {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set("kind", kind);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
};

async function Hit({ hit }: { hit: SearchHit }) {
  const locale = await requestLocale();
  const t = await messagesFor(searchMessages);
  switch (hit.kind) {
    case "story":
      return (
        <>
          <Link href={`/story/${hit.slug}`} className={styles.hitTitle}>
            <Highlight text={hit.title} />
          </Link>
          <p className={publicStyles.muted}>{[formatDay(hit.date, locale), hit.place].filter(Boolean).join(" · ")}</p>
          {hit.excerpt.trim() && (
            <p className={styles.excerpt}>
              <Highlight text={hit.excerpt} />
            </p>
          )}
        </>
      );
    case "quantity":
      return (
        <>
          <Link href={`/quantity/${hit.id}`} className={styles.hitTitle}>
            <Highlight text={hit.label} />
          </Link>
          <p className={publicStyles.muted}>
            {t.inStory} <Link href={`/story/${hit.story.slug}`}>{hit.story.title}</Link>
          </p>
        </>
      );
    case "source":
      return (
        <>
          <Link href={`/source/${hit.id}`} className={styles.hitTitle}>
            <Highlight text={hit.name} />
          </Link>
          {hit.country.trim() && (
            <p className={publicStyles.muted}>
              <Highlight text={hit.country} />
            </p>
          )}
        </>
      );
    case "claim":
      return (
        <>
          <p className={styles.claimLine}>
            <SourceLink source={hit.source} /> <span className={publicStyles.muted}>{t.claimBy}</span>
          </p>
          <p className={`${publicStyles.quote} ${styles.excerpt}`} lang={hit.language}>
            <Link href={`/claim/${hit.id}`}>
              <Highlight text={hit.sentence} />
            </Link>
          </p>
          <p className={publicStyles.muted}>
            <Link href={`/quantity/${hit.quantity.id}`}>{hit.quantity.label}</Link> · {t.inStory}{" "}
            <Link href={`/story/${hit.quantity.story.slug}`}>{hit.quantity.story.title}</Link> ·{" "}
            <time dateTime={hit.reportedAt.toISOString()}>{formatTime(hit.reportedAt, locale)}</time>
          </p>
        </>
      );
  }
}

async function Pages({
  group,
  page,
  pageSize,
  query,
}: {
  group: SearchGroup;
  page: number;
  pageSize: number;
  query: string;
}) {
  const t = await messagesFor(searchMessages);
  const pageCount = Math.ceil(group.total / pageSize);
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.pagination} className={styles.pages}>
      {page > 1 && (
        <Link href={searchHref(query, group.kind, page - 1)} rel="prev">
          {t.previous}
        </Link>
      )}
      {page < pageCount && (
        <Link href={searchHref(query, group.kind, page + 1)} rel="next">
          {t.next}
        </Link>
      )}
      <span className={publicStyles.muted}>{t.pageOf(page, pageCount)}</span>
    </nav>
  );
}

/**
 * The results, grouped by kind with each kind's count. Shown all together, each kind lists its
 * first few with a link to the rest; shown one kind (`kind`), a page of it with previous/next.
 */
export async function SearchResults({
  results,
  query,
  kind,
  page,
  pageSize,
}: {
  results: Results;
  query: string;
  kind: SearchKind | null;
  page: number;
  pageSize: number;
}) {
  const t = await messagesFor(searchMessages);
  return (
    <div className={styles.results}>
      {results.groups.map((group) => {
        const from = group.offset + 1;
        const to = group.offset + group.hits.length;
        return (
          <section key={group.kind} aria-labelledby={`results-${group.kind}`} className={styles.group}>
            <h2 id={`results-${group.kind}`} className={styles.groupTitle}>
              {t.groups[group.kind]}{" "}
              <span className={styles.count}>{t.groupCount(group.kind, group.total, group.more)}</span>
            </h2>
            {kind && group.more && <p className={publicStyles.muted}>{t.newestFirst(group.kind, group.total)}</p>}
            {group.hits.length > 0 && group.total > group.hits.length && (
              <p className={publicStyles.muted}>{t.range(from, to, group.total, group.more)}</p>
            )}
            <ol className={styles.hits} start={from}>
              {group.hits.map((hit) => (
                <li key={hit.id} className={styles.hit}>
                  <Hit hit={hit} />
                </li>
              ))}
            </ol>
            {!kind && group.total > group.hits.length && (
              <p>
                <Link href={searchHref(query, group.kind)}>{t.seeAll(group.kind, group.total, group.more)}</Link>
              </p>
            )}
            {kind && <Pages group={group} page={page} pageSize={pageSize} query={query} />}
          </section>
        );
      })}
      {kind && (
        <p>
          <Link href={searchHref(query)}>{t.backToAll}</Link>
        </p>
      )}
    </div>
  );
}
