import type { Metadata } from "next";
import type { SearchParams } from "@/lib/page-props";
import { z } from "zod";
import { SearchForm } from "@/components/public/search-form";
import { SearchResults } from "@/components/public/search-results";
import styles from "@/components/public/search.module.css";
import { OVERVIEW_HITS, PAGE_HITS, searchPublic } from "@/lib/data/public-search";
import { searchMessages } from "@/lib/i18n/messages/search";
import { messagesFor } from "@/lib/i18n/server";
import { buildSearchQuery, MAX_QUERY_LENGTH, SEARCH_KINDS } from "@/lib/public/search-query";

// Whatever the address holds, the page answers: a repeated or odd parameter is read as a
// visitor would mean it, never as an error.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const searchParams = z.object({
  q: z.preprocess(first, z.string().catch("")).catch(""),
  kind: z.preprocess(first, z.enum(SEARCH_KINDS).nullable().catch(null)).catch(null),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).nullable().catch(null)).catch(null),
});

async function readParams(params: SearchParams) {
  const { q, kind, page } = searchParams.parse(await params);
  return { query: q.trim().slice(0, MAX_QUERY_LENGTH), kind, page };
}

export async function generateMetadata({ searchParams: params }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await messagesFor(searchMessages);
  const { query } = await readParams(params);
  // Result pages are for visitors, not for search engines' indexes.
  return { title: query ? `${query} · ${t.title}` : t.title, robots: { index: false } };
}

export default async function SearchPage({ searchParams: params }: { searchParams: SearchParams }) {
  const t = await messagesFor(searchMessages);
  const { query, kind, page } = await readParams(params);
  const { match } = buildSearchQuery(query);
  const results = match ? await searchPublic(match, { kind: kind ?? undefined, page: page ?? 1 }) : null;
  const pastTheEnd =
    results !== null && kind !== null && (page ?? 1) > 1 && (results.groups[0]?.hits.length ?? 0) === 0;

  return (
    <>
      <h1>{t.title}</h1>
      <SearchForm query={query} id="search-query" />
      {!query ? (
        <div className={styles.empty}>
          <p>{t.emptyIntro}</p>
          <p>{t.emptyExamples}</p>
        </div>
      ) : !results ? (
        <p className={styles.empty}>{t.noWords}</p>
      ) : results.total === 0 ? (
        <p className={styles.empty} role="status">
          {t.nothingFound(query)}
        </p>
      ) : (
        <>
          <p className={styles.summary} role="status">
            {t.resultsFor(results.total, query, results.more)}
          </p>
          {pastTheEnd && <p className={styles.empty}>{t.badPage}</p>}
          <SearchResults
            results={results}
            query={query}
            kind={kind}
            page={page ?? 1}
            pageSize={kind ? PAGE_HITS : OVERVIEW_HITS}
          />
        </>
      )}
    </>
  );
}
