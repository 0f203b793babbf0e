import type Database from "better-sqlite3";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PUBLIC_CLAIM_FIELDS, PUBLIC_QUANTITY_FIELDS, PUBLIC_STORY_FIELDS, PUBLISHED } from "@/lib/data/public-claims";
import { LISTED_FIELDS } from "@/lib/data/claims";

// `npm run bench` (scripts/bench/queries.ts) times the app's hottest reads twice: through Prisma,
// as the app makes them, and as hand-written SQL through better-sqlite3, the floor any data
// layer on this file could reach. Both sides must answer the same data (the bench compares
// them, normalised), or the raw side would be faster by doing less. The Prisma side selects with
// the very field lists the public pages use.

export interface BenchQueryArgs {
  slug: string;
  claimId: string;
  editorId: string;
}

export interface BenchQuery {
  name: string;
  prisma(db: PrismaClient, args: BenchQueryArgs): Promise<unknown>;
  raw(sqlite: Database.Database, args: BenchQueryArgs): unknown;
}

// ---------------------------------------------------------------------------------------------
// The raw side: the same columns, shaped as Prisma shapes them.

const CLAIM_COLUMNS = `c.id, c.quote, c.value, c.low, c.high, c.qualifier, c.kind, c.unit, c.sentence, c.language,
  c.articleUrl, c.archiveUrl, c.publisher, c.headline, c.publishedAt, c.reportedAt, c.rating, c.ratingExplanation,
  s.id AS sourceId, s.name AS sourceName, s.kind AS sourceKind, s.country AS sourceCountry,
  r.id AS relayedId, r.name AS relayedName`;
const CLAIM_JOINS = `JOIN "Source" s ON s.id = c.sourceId LEFT JOIN "Source" r ON r.id = c.relayedById`;

type Row = Record<string, unknown>;
const asDate = (value: unknown) => (value === null ? null : new Date(value as string));

/** A row of CLAIM_COLUMNS as PUBLIC_CLAIM_FIELDS gives it. */
function publicClaim(row: Row) {
  return {
    id: row.id,
    quote: row.quote,
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    kind: row.kind,
    unit: row.unit,
    sentence: row.sentence,
    language: row.language,
    articleUrl: row.articleUrl,
    archiveUrl: row.archiveUrl,
    publisher: row.publisher,
    headline: row.headline,
    publishedAt: asDate(row.publishedAt),
    reportedAt: asDate(row.reportedAt),
    rating: row.rating,
    ratingExplanation: row.ratingExplanation,
    source: {
      id: row.sourceId,
      name: row.sourceName,
      kind: row.sourceKind,
      country: row.sourceCountry,
    },
    relayedBy: row.relayedId === null ? null : { id: row.relayedId, name: row.relayedName },
  };
}

// Statements are prepared once per database, as a real raw data layer would keep them.
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function statement(sqlite: Database.Database, sql: string): Database.Statement {
  let statements = prepared.get(sqlite);
  if (!statements) prepared.set(sqlite, (statements = new Map()));
  let found = statements.get(sql);
  if (!found) statements.set(sql, (found = sqlite.prepare(sql)));
  return found;
}

function rawStory(sqlite: Database.Database, slug: string) {
  const story = statement(sqlite, `SELECT id, title, slug, summary, date, place FROM "Story" WHERE slug = ?`).get(
    slug,
  ) as Row | undefined;
  if (!story) return null;
  const quantities = statement(
    sqlite,
    `SELECT id, label, unit, cumulative, scopeWho, scopePlace, scopeFrom, scopeTo, measure, headlinePolicy
     FROM "Quantity" WHERE storyId = ? ORDER BY createdAt ASC, id ASC`,
  ).all(story.id) as Row[];
  const claims = statement(
    sqlite,
    `SELECT c.quantityId, ${CLAIM_COLUMNS} FROM "Claim" c ${CLAIM_JOINS}
     WHERE c.quantityId IN (SELECT id FROM "Quantity" WHERE storyId = ?) AND c.status = 'published'
     ORDER BY c.reportedAt ASC, c.id ASC`,
  ).all(story.id) as Row[];
  return {
    ...story,
    quantities: quantities.map((q) => ({
      ...q,
      cumulative: q.cumulative === 1,
      claims: claims.filter((c) => c.quantityId === q.id).map(publicClaim),
    })),
  };
}

function rawClaim(sqlite: Database.Database, id: string) {
  const row = statement(
    sqlite,
    `SELECT ${CLAIM_COLUMNS}, q.id AS quantityId, q.label AS quantityLabel, t.title AS storyTitle, t.slug AS storySlug
     FROM "Claim" c ${CLAIM_JOINS} JOIN "Quantity" q ON q.id = c.quantityId JOIN "Story" t ON t.id = q.storyId
     WHERE c.id = ? AND c.status = 'published'`,
  ).get(id) as Row | undefined;
  if (!row) return null;
  return {
    ...publicClaim(row),
    quantity: {
      id: row.quantityId,
      label: row.quantityLabel,
      story: { title: row.storyTitle, slug: row.storySlug },
    },
  };
}

function rawLatestClaims(sqlite: Database.Database) {
  const rows = statement(
    sqlite,
    // The page of 50 first, then its joins: joined first, SQLite would sort every joined row.
    `WITH page AS (SELECT * FROM "Claim" WHERE status = 'published' ORDER BY reportedAt DESC, id DESC LIMIT 50)
     SELECT ${CLAIM_COLUMNS}, q.id AS quantityId, q.label AS quantityLabel, q.unit AS quantityUnit, t.slug AS storySlug, t.title AS storyTitle
     FROM page c ${CLAIM_JOINS} JOIN "Quantity" q ON q.id = c.quantityId JOIN "Story" t ON t.id = q.storyId
     ORDER BY c.reportedAt DESC, c.id DESC`,
  ).all() as Row[];
  return rows.map((row) => ({
    ...publicClaim(row),
    quantity: {
      id: row.quantityId,
      label: row.quantityLabel,
      unit: row.quantityUnit,
      story: { slug: row.storySlug, title: row.storyTitle },
    },
  }));
}

function rawDrafts(sqlite: Database.Database, editorId: string) {
  const rows = statement(
    sqlite,
    `SELECT c.id, c.quote, c.value, c.low, c.high, c.kind, c.unit, c.qualifier, c.status, c.reviewNote, c.submittedAt, c.reviewedAt,
       c.updatedAt, c.version, q.id AS quantityId, q.label AS quantityLabel, t.title AS storyTitle,
       s.id AS sourceId, s.name AS sourceName, u.name AS reviewerName
     FROM "Claim" c JOIN "Quantity" q ON q.id = c.quantityId JOIN "Story" t ON t.id = q.storyId
       JOIN "Source" s ON s.id = c.sourceId LEFT JOIN "User" u ON u.id = c.reviewerId
     WHERE c.authorId = ? AND c.status = 'draft' ORDER BY c.updatedAt DESC`,
  ).all(editorId) as Row[];
  return rows.map((row) => ({
    id: row.id,
    quote: row.quote,
    value: row.value,
    low: row.low,
    high: row.high,
    kind: row.kind,
    unit: row.unit,
    qualifier: row.qualifier,
    status: row.status,
    reviewNote: row.reviewNote,
    submittedAt: asDate(row.submittedAt),
    reviewedAt: asDate(row.reviewedAt),
    updatedAt: asDate(row.updatedAt),
    version: row.version,
    quantity: { id: row.quantityId, label: row.quantityLabel, story: { title: row.storyTitle } },
    source: { id: row.sourceId, name: row.sourceName },
    reviewer: row.reviewerName === null ? null : { name: row.reviewerName },
  }));
}

// ---------------------------------------------------------------------------------------------
// The queries, each both ways.

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: "story by slug, with its quantities and published claims",
    prisma: (db, { slug }) =>
      db.story.findUnique({
        where: { slug },
        select: {
          ...PUBLIC_STORY_FIELDS,
          quantities: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: PUBLIC_QUANTITY_FIELDS,
          },
        },
      }),
    raw: (sqlite, { slug }) => rawStory(sqlite, slug),
  },
  {
    name: "claim by id (permalink)",
    prisma: (db, { claimId }) =>
      db.claim.findFirst({
        where: { id: claimId, ...PUBLISHED },
        select: {
          ...PUBLIC_CLAIM_FIELDS,
          quantity: {
            select: { id: true, label: true, story: { select: { title: true, slug: true } } },
          },
        },
      }),
    raw: (sqlite, { claimId }) => rawClaim(sqlite, claimId),
  },
  {
    name: "latest 50 published claims (API)",
    prisma: (db) =>
      db.claim.findMany({
        where: PUBLISHED,
        orderBy: [{ reportedAt: "desc" }, { id: "desc" }],
        take: 50,
        select: {
          ...PUBLIC_CLAIM_FIELDS,
          quantity: {
            select: {
              id: true,
              label: true,
              unit: true,
              story: { select: { slug: true, title: true } },
            },
          },
        },
      }),
    raw: (sqlite) => rawLatestClaims(sqlite),
  },
  {
    name: "an editor's drafts (dashboard)",
    prisma: (db, { editorId }) =>
      db.claim.findMany({
        where: { authorId: editorId, status: "draft" },
        orderBy: { updatedAt: "desc" },
        select: LISTED_FIELDS,
      }),
    raw: (sqlite, { editorId }) => rawDrafts(sqlite, editorId),
  },
];

/**
 * What any call costs before it reads a row: a statement that reads no table, both ways, then a lookup by
 * primary key selecting only the id. The difference is Prisma's fixed cost per call.
 */
export const BENCH_FLOOR_QUERIES: BenchQuery[] = [
  {
    name: "a constant, no table read",
    prisma: (db) => db.$queryRawUnsafe("SELECT 'one' AS one"),
    raw: (sqlite) => [statement(sqlite, "SELECT 'one' AS one").get()],
  },
  {
    name: "claim id by id",
    prisma: (db, { claimId }) => db.claim.findUnique({ where: { id: claimId }, select: { id: true } }),
    raw: (sqlite, { claimId }) => statement(sqlite, `SELECT id FROM "Claim" WHERE id = ?`).get(claimId) ?? null,
  },
];
