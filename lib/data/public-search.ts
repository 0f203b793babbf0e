import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { MATCH_END, MATCH_START, SEARCH_KINDS, type SearchKind } from "@/lib/public/search-query";
import { db } from "./db";
import { forDialect } from "./dialect";
import { PUBLIC_QUANTITY, PUBLIC_SOURCE, PUBLIC_STORY, PUBLISHED } from "./public-claims";
import { readPublic } from "./public-cache";

// Public search over the FTS5 index of prisma/migrations/20261124160000_public_search, which
// triggers keep in step with the tables (docs/decisions/005-search-with-fts5.md); on PostgreSQL
// over the tsvector index of prisma/postgresql/migrations/20261124180200_public_search, the same
// rows searched with the same rules (docs/decisions/008-postgresql.md). The index holds
// published claims only; a story, quantity or source is shown only while it has a published
// claim, checked here in SQL so that counts and pages agree, then again when its details are read.
// `match` must come from buildSearchQuery (lib/public/search-query.ts), never from a visitor.

export { SEARCH_KINDS, type SearchKind };

/** Hits per kind when all kinds are shown together, and per page when one kind is shown. */
export const OVERVIEW_HITS = 5;
export const PAGE_HITS = 20;

/**
 * Where counting stops. A common word ("soldiers") matches more of a newsroom's claims every
 * year; counting and ranking all of them would make the search slower as the database grows.
 * Past this many matches of one kind, the count reads "more than 200" and that kind's hits come
 * newest first (the latest 200, in pages), which ranking cannot beat for a word that is
 * everywhere. Below it, hits are ranked by relevance. Either way a search reads at most this
 * many index rows a kind.
 */
export const SEARCH_COUNT_CAP = 200;

/** A text with the matched words between MATCH_START and MATCH_END (lib/public/search-query.ts). */
export type Highlighted = string;

export type SearchHit =
  | {
      kind: "story";
      id: string;
      slug: string;
      title: Highlighted;
      excerpt: Highlighted;
      date: string;
      place: string;
    }
  | {
      kind: "quantity";
      id: string;
      label: Highlighted;
      excerpt: Highlighted;
      story: { title: string; slug: string };
    }
  | { kind: "source"; id: string; name: Highlighted; country: Highlighted }
  | {
      kind: "claim";
      id: string;
      sentence: Highlighted;
      language: string;
      reportedAt: Date;
      source: { id: string; name: string };
      quantity: { id: string; label: string; story: { title: string; slug: string } };
    };

export interface SearchGroup {
  kind: SearchKind;
  /** Every visible match of this kind, of which `hits` is one page; at most SEARCH_COUNT_CAP. */
  total: number;
  /** More than SEARCH_COUNT_CAP match: `total` is the cap, and the hits are the newest first. */
  more: boolean;
  hits: SearchHit[];
  /** How many hits of this kind come before `hits`. */
  offset: number;
}

export interface SearchResults {
  /** Each kind's matches, counted up to SEARCH_COUNT_CAP + 1 (more than the cap). */
  counts: Record<SearchKind, number>;
  /** Every kind's matches together, each kind counted up to SEARCH_COUNT_CAP. */
  total: number;
  /** Some kind has more than SEARCH_COUNT_CAP matches: `total` is a floor. */
  more: boolean;
  /** The kinds with at least one match, in SEARCH_KINDS order; only `kind` when one was asked. */
  groups: SearchGroup[];
}

const published = PUBLISHED.status;

// Shown only with a published claim: the claim itself, or one about the quantity, from the
// source, or in the story.
const VISIBLE = Prisma.sql`(
  ("PublicSearch"."kind" = 'claim' AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."id" = "PublicSearch"."entityId" AND c."status" = ${published}))
  OR ("PublicSearch"."kind" = 'quantity' AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."quantityId" = "PublicSearch"."entityId" AND c."status" = ${published}))
  OR ("PublicSearch"."kind" = 'source' AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."sourceId" = "PublicSearch"."entityId" AND c."status" = ${published}))
  OR ("PublicSearch"."kind" = 'story' AND EXISTS (
    SELECT 1 FROM "Quantity" q JOIN "Claim" c ON c."quantityId" = q."id" WHERE q."storyId" = "PublicSearch"."entityId" AND c."status" = ${published}))
)`;

/**
 * The FTS5 query of buildSearchQuery as a PostgreSQL tsquery, with the same meaning: every word
 * (&), the last one also as the start of a word (:*). The words hold only letters, digits and
 * marks (lib/public/search-query.ts), so quoting each one is all the escaping there is to do.
 */
export function tsQueryOf(match: string): string {
  const terms = [...match.matchAll(/"([^"]*)"(\*?)/g)].flatMap(([, word = "", star]) => {
    const clean = word.replace(/[^\p{L}\p{N}\p{M}]/gu, "");
    return clean ? [`'${clean}'${star ? ":*" : ""}`] : [];
  });
  return terms.join(" & ");
}

// The matched words are marked as FTS5's highlight() and snippet() mark them: the whole title;
// the whole text when it has at most 32 words (snippet() shows it all), else about 32 words
// around the best match. ts_headline's fragments, left to themselves, never show a text whole:
// they start at most halfway back from the match, and drop words of three letters or fewer at
// either end (ShortWord), which turned the quote "Au moins 29" (at least 29) into "moins 29".
const TITLE_MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
const BODY_MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=32, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…`;
const SNIPPET_WORDS = 32;

/**
 * Which index rows of one kind match: FTS5's MATCH on SQLite, the tsvector's @@ on PostgreSQL.
 * On SQLite the kind is matched inside the index too (its `ref` column starts with the kind), so
 * a kind with few rows is found without reading every match of the words; except for ranking
 * (`ranked`): bm25() counts the rows of every phrase of the query, and `ref : "claim"` is every
 * claim (3 to 4 ms at 100,000 claims, against 0.1 ms for the words alone). The kind's phrase
 * weighs nothing in the rank, so leaving it out orders the rows the same.
 */
function matching(match: string, kind: SearchKind, ranked = false): Prisma.Sql {
  return forDialect({
    sqlite: Prisma.sql`"PublicSearch" MATCH ${ranked ? match : `(${match}) AND ref : "${kind}"`} AND "PublicSearch"."kind" = ${kind}`,
    postgresql: Prisma.sql`"PublicSearch"."document" @@ to_tsquery('claim_search', ${tsQueryOf(match)}) AND "PublicSearch"."kind" = ${kind}`,
  });
}

interface IndexRow {
  entityId: string;
  title: string;
  body: string;
}

/** Each kind's visible matches, counted up to SEARCH_COUNT_CAP + 1, in one statement. */
async function countByKind(match: string): Promise<Record<SearchKind, number>> {
  const counted = SEARCH_KINDS.map(
    (kind) => Prisma.sql`SELECT CAST(${kind} AS TEXT) AS kind, count(*) AS n FROM (
      SELECT 1 FROM "PublicSearch" WHERE ${matching(match, kind)} AND ${VISIBLE} LIMIT ${SEARCH_COUNT_CAP + 1}
    ) AS found`,
  );
  const rows = await db.$queryRaw<{ kind: string; n: number | bigint }[]>(Prisma.join(counted, " UNION ALL "));
  const counts: Record<SearchKind, number> = { story: 0, quantity: 0, source: 0, claim: 0 };
  for (const row of rows)
    if ((SEARCH_KINDS as readonly string[]).includes(row.kind)) counts[row.kind as SearchKind] = Number(row.n);
  return counts;
}

/**
 * One page of one kind's matches: best first (a match in the title weighs four times one in the
 * text), or newest first when there are more than SEARCH_COUNT_CAP (`newest`).
 */
type IndexPage = (
  match: string,
  kind: SearchKind,
  limit: number,
  offset: number,
  newest: boolean,
) => Promise<IndexRow[]>;

const indexPage: IndexPage = (...query) =>
  forDialect({ sqlite: indexPageSqlite, postgresql: indexPagePostgres })(...query);

/** On SQLite the newest index rows have the highest rowid: each write of a row inserts it anew. */
const indexPageSqlite: IndexPage = (match, kind, limit, offset, newest) =>
  db.$queryRaw<IndexRow[]>`
    SELECT entityId,
           highlight("PublicSearch", 3, ${MATCH_START}, ${MATCH_END}) AS title,
           snippet("PublicSearch", 4, ${MATCH_START}, ${MATCH_END}, '…', 32) AS body
    FROM "PublicSearch"
    WHERE ${matching(match, kind, !newest)} AND ${VISIBLE}
    ORDER BY ${newest ? Prisma.sql`rowid DESC` : Prisma.sql`bm25("PublicSearch", 0, 0, 0, 4.0, 1.0), entityId`}
    LIMIT ${limit} OFFSET ${offset}`;

/** The same on PostgreSQL: ts_rank weighs the title (A) four times the text (B); "seq" grows with each write of a row. */
const indexPagePostgres: IndexPage = (match, kind, limit, offset, newest) =>
  db.$queryRaw<IndexRow[]>`
    SELECT "entityId",
           ts_headline('claim_search', "title", q.query, ${TITLE_MARKS}) AS title,
           CASE WHEN (SELECT count(*) FROM unnest(to_tsvector('claim_search', "body")) AS w, unnest(w.positions)) <= ${SNIPPET_WORDS}
                THEN ts_headline('claim_search', "body", q.query, ${TITLE_MARKS})
                ELSE ts_headline('claim_search', "body", q.query, ${BODY_MARKS}) END AS body
    FROM "PublicSearch", to_tsquery('claim_search', ${tsQueryOf(match)}) AS q(query)
    WHERE "document" @@ q.query AND "kind" = ${kind} AND ${VISIBLE}
    ORDER BY ${newest ? Prisma.sql`"seq" DESC` : Prisma.sql`ts_rank('{0.1, 0.2, 0.25, 1.0}', "document", q.query) DESC, "entityId"`}
    LIMIT ${limit} OFFSET ${offset}`;

/** The details each kind's hit links to and shows, read for the page's ids only, in rank order. */
async function hitsFor(kind: SearchKind, rows: readonly IndexRow[]): Promise<SearchHit[]> {
  const ids = rows.map((row) => row.entityId);
  if (ids.length === 0) return [];
  let hits: SearchHit[];
  if (kind === "story") {
    const stories = await db.story.findMany({
      where: { id: { in: ids }, ...PUBLIC_STORY },
      select: { id: true, slug: true, date: true, place: true },
    });
    hits = stories.map((s) => ({ kind, ...s, title: "", excerpt: "" }));
  } else if (kind === "quantity") {
    const quantities = await db.quantity.findMany({
      where: { id: { in: ids }, ...PUBLIC_QUANTITY },
      select: { id: true, story: { select: { title: true, slug: true } } },
    });
    hits = quantities.map((q) => ({ kind, ...q, label: "", excerpt: "" }));
  } else if (kind === "source") {
    const sources = await db.source.findMany({
      where: { id: { in: ids }, ...PUBLIC_SOURCE },
      select: { id: true },
    });
    hits = sources.map((s) => ({ kind, id: s.id, name: "", country: "" }));
  } else {
    const claims = await db.claim.findMany({
      where: { id: { in: ids }, ...PUBLISHED },
      select: {
        id: true,
        language: true,
        reportedAt: true,
        source: { select: { id: true, name: true } },
        quantity: {
          select: { id: true, label: true, story: { select: { title: true, slug: true } } },
        },
      },
    });
    hits = claims.map((c) => ({ kind, ...c, sentence: "" }));
  }
  return withHighlights(hits, rows);
}

/** Puts the index's highlighted words on each hit and the hits in the index's rank order. */
function withHighlights(hits: SearchHit[], rows: readonly IndexRow[]): SearchHit[] {
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  return rows.flatMap((row): SearchHit[] => {
    const hit = byId.get(row.entityId);
    if (!hit) return [];
    switch (hit.kind) {
      case "story":
        return [{ ...hit, title: row.title, excerpt: row.body }];
      case "quantity":
        return [{ ...hit, label: row.title, excerpt: row.body }];
      case "source":
        return [{ ...hit, name: row.title, country: row.body }];
      case "claim":
        // The sentence holds the quote: shown whole when short, else around the matched words.
        return [{ ...hit, sentence: row.body }];
    }
  });
}

/**
 * What a visitor's search finds among the public stories, quantities, sources and claims:
 * the count of each kind, and the first few of each (or, with `kind`, one page of that kind).
 */
export function searchPublic(
  match: string,
  options: { kind?: SearchKind; page?: number } = {},
): Promise<SearchResults> {
  const kind = options.kind ?? null;
  const page = Math.max(1, Math.floor(options.page ?? 1));
  return readPublic(`search:${kind ?? "all"}:${page}:${match}`, () => loadSearch(match, kind, page));
}

async function loadSearch(match: string, kind: SearchKind | null, page: number): Promise<SearchResults> {
  const counts = await countByKind(match);
  const kinds = kind ? [kind] : SEARCH_KINDS.filter((k) => counts[k] > 0);
  const limit = kind ? PAGE_HITS : OVERVIEW_HITS;
  const offset = kind ? (page - 1) * PAGE_HITS : 0;
  const groups = await Promise.all(
    kinds.map(async (k) => {
      const more = counts[k] > SEARCH_COUNT_CAP;
      const total = Math.min(counts[k], SEARCH_COUNT_CAP);
      // Past the cap, no page reads beyond it: the latest SEARCH_COUNT_CAP are the list.
      const take = Math.min(limit, total - offset);
      return {
        kind: k,
        total,
        more,
        offset,
        hits: take > 0 ? await hitsFor(k, await indexPage(match, k, take, offset, more)) : [],
      };
    }),
  );
  const total = SEARCH_KINDS.reduce((sum, k) => sum + Math.min(counts[k], SEARCH_COUNT_CAP), 0);
  return { counts, total, more: SEARCH_KINDS.some((k) => counts[k] > SEARCH_COUNT_CAP), groups };
}
