// Test data for the reviewer's journeys, written straight into the run's database (SQLite or
// PostgreSQL, e2e/support/database.ts): claims in review written by a test account, so the review
// specs do not depend on the editor's pages. Every call makes its own story, quantity and sources,
// so tests running side by side (and the desktop and phone projects) never see each other's
// claims as their own. Each write leaves what the app's own write would: its history entries (the
// newest is the public cache's edition, lib/data/public-cache.ts) and, for a claim published or
// retracted, its reviewer and review time; the search index follows through the database's triggers.
import { randomBytes } from "node:crypto";
import { withTestDatabase, type TestDatabase } from "./database";
import { TEST_USERS, type TestUserKey } from "./session";

type Status = "draft" | "in_review" | "published" | "retracted";
type Qualifier = "exact" | "at_least" | "more_than" | "at_most" | "less_than" | "about" | "nearly" | "range" | "vague";

const newId = (prefix: string) => `e2e${prefix}${randomBytes(9).toString("hex")}`;

async function userId(db: TestDatabase, who: TestUserKey): Promise<string> {
  const row = await db.get<{ id: string }>(
    `SELECT "id" FROM "User" WHERE "email" = ?`,
    TEST_USERS[who].email.toLowerCase(),
  );
  if (!row) throw new Error(`No account for ${TEST_USERS[who].email} in the run's database`);
  return row.id;
}

const HISTORY = `INSERT INTO "HistoryEntry" ("entityType", "entityId", "action", "actorId", "at", "before", "after", "reason") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** The history entry of a thing made by the system (no actor), as lib/data's creations record it. */
const created = (db: TestDatabase, entityType: "story" | "quantity" | "source", id: string, after: object) =>
  db.run(HISTORY, entityType, id, "create", null, new Date(), null, JSON.stringify({ id, ...after }), null);

export interface TestQuantity {
  quantityId: string;
  label: string;
  storyTitle: string;
  /** Source ids by the short names given. */
  sources: Record<string, string>;
}

/** A story with one quantity and its sources, all named with `tag` so a test finds its own. */
export function createQuantity(
  tag: string,
  options: { cumulative?: boolean; sources: Record<string, string>; storyDate?: string },
): Promise<TestQuantity> {
  const now = new Date();
  return withTestDatabase(
    async (db) => {
      const storyId = newId("story");
      const quantityId = newId("qty");
      const storyTitle = `Idlib strikes (${tag})`;
      const label = `Turkish soldiers killed (${tag})`;
      await db.run(
        `INSERT INTO "Story" ("id", "title", "slug", "date", "place", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
        storyId,
        storyTitle,
        storyId,
        options.storyDate ?? "2020-02-27",
        "Idlib, Syria",
        now,
        now,
      );
      await db.run(
        `INSERT INTO "Quantity" ("id", "storyId", "label", "cumulative", "scopeWho", "scopePlace", "measure", "createdAt", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        quantityId,
        storyId,
        label,
        options.cumulative !== false,
        "Turkish soldiers",
        "Idlib province",
        "killed",
        now,
        now,
      );
      await created(db, "story", storyId, { title: storyTitle, slug: storyId });
      await created(db, "quantity", quantityId, { storyId, label });
      const sources: Record<string, string> = {};
      for (const [short, name] of Object.entries(options.sources)) {
        const id = newId("src");
        await db.run(
          `INSERT INTO "Source" ("id", "name", "key", "kind", "country", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
          id,
          `${name} (${tag})`,
          `${name} ${tag} ${id}`.toLowerCase(),
          "government",
          "Turkey",
          now,
          now,
        );
        await created(db, "source", id, { name: `${name} (${tag})` });
        sources[short] = id;
      }
      return { quantityId, label, storyTitle, sources };
    },
    { transaction: true },
  );
}

/** A story with one quantity and one source, "Ministry": where the security specs write their claims. */
export async function ministryQuantity(tag: string) {
  const quantity = await createQuantity(tag, { sources: { ministry: "Ministry" } });
  return { ...quantity, sourceId: quantity.sources.ministry as string };
}

/** Why a claim inserted as retracted was retracted: what its permalink and the API say. */
export const RETRACTION_REASON = "The source withdrew this figure.";

export interface NewClaim {
  quantityId: string;
  sourceId: string;
  author: TestUserKey;
  quote: string;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  sentence: string;
  articleText?: string;
  reportedAt: Date;
  status?: Status;
  /** When it entered the queue; the queue lists the longest-waiting first. */
  submittedAt?: Date;
}

/** Inserts a claim (in review unless told otherwise) with the history of its submission. */
export function insertClaim(claim: NewClaim): Promise<{ id: string; quote: string }> {
  return withTestDatabase(
    async (db) => {
      const id = newId("claim");
      const authorId = await userId(db, claim.author);
      const now = new Date();
      const status = claim.status ?? "in_review";
      const value = claim.qualifier === "more_than" && claim.low !== null ? claim.low - 1 : (claim.low ?? claim.high);
      const submittedAt = status === "draft" ? null : (claim.submittedAt ?? now);
      // Published (or published, then retracted) by a reviewer who did not write it, as approveClaim does.
      const decided = status === "published" || status === "retracted";
      const reviewerId = decided ? await userId(db, claim.author === "reviewer" ? "reviewer2" : "reviewer") : null;
      const retractionReason = status === "retracted" ? RETRACTION_REASON : null;
      await db.run(
        `INSERT INTO "Claim" ("id", "quantityId", "sourceId", "quote", "value", "low", "high", "qualifier", "kind", "sentence", "language",
           "articleText", "publisher", "articleUrl", "reportedAt", "status", "submittedAt", "reviewerId", "reviewedAt", "retractionReason",
           "authorId", "createdAt", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'count', ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        id,
        claim.quantityId,
        claim.sourceId,
        claim.quote,
        value,
        claim.low,
        claim.high,
        claim.qualifier,
        claim.sentence,
        claim.articleText ?? null,
        claim.articleText ? "Test Wire" : null,
        claim.articleText ? "https://example.org/idlib-strikes" : null,
        claim.reportedAt,
        status,
        submittedAt,
        reviewerId,
        decided ? submittedAt : null,
        retractionReason,
        authorId,
        now,
        now,
      );
      const step = (
        action: string,
        actorId: string | null,
        before: object | null,
        after: object,
        reason: string | null = null,
      ) =>
        db.run(
          HISTORY,
          "claim",
          id,
          action,
          actorId,
          now,
          before && JSON.stringify(before),
          JSON.stringify(after),
          reason,
        );
      await step("create", authorId, null, { quote: claim.quote, status: "draft" });
      if (status !== "draft") await step("submit", authorId, { status: "draft" }, { status: "in_review" });
      if (decided) await step("approve", reviewerId, { status: "in_review" }, { status: "published", reviewerId });
      if (status === "retracted")
        await step("retract", reviewerId, { status: "published" }, { status: "retracted" }, retractionReason);
      // As a decision does (lib/data/source-records.ts): the kept records of the sources of this
      // quantity are computed again on their next visit.
      if (decided) {
        await db.run(
          `UPDATE "SourceRecord" SET "version" = "version" + 1, "figures" = NULL, "revised" = NULL, "contradicted" = NULL
           WHERE "sourceId" = ? OR "sourceId" IN (SELECT "sourceId" FROM "Claim" WHERE "quantityId" = ? AND "status" = 'published')`,
          claim.sourceId,
          claim.quantityId,
        );
      }
      return { id, quote: claim.quote };
    },
    { transaction: true },
  );
}

/** What a claim of `insertAtLeast` or `insertExact` says beyond its figure; reported on 27 February 2020 at 22:00 UTC unless told. */
export type ClaimDetails = Pick<NewClaim, "sentence"> & Partial<Omit<NewClaim, "quantityId" | "sourceId" | "sentence">>;

type QuantityRef = Pick<TestQuantity, "quantityId" | "sources">;

const insertFigure = (
  quantity: QuantityRef,
  source: string,
  figure: Pick<NewClaim, "quote" | "low" | "high" | "qualifier">,
  details: ClaimDetails,
) =>
  insertClaim({
    quantityId: quantity.quantityId,
    sourceId: quantity.sources[source] as string,
    author: "editor",
    reportedAt: new Date("2020-02-27T22:00:00Z"),
    ...figure,
    ...details,
  });

/** Inserts an editor's "at least `low`" from the quantity's source named `source` (a short name of createQuantity's). */
export const insertAtLeast = (quantity: QuantityRef, source: string, low: number, details: ClaimDetails) =>
  insertFigure(quantity, source, { quote: `at least ${low}`, low, high: null, qualifier: "at_least" }, details);

/** Inserts an editor's exact figure `n` (quoted "n") from the quantity's source named `source`. */
export const insertExact = (quantity: QuantityRef, source: string, n: number, details: ClaimDetails) =>
  insertFigure(quantity, source, { quote: String(n), low: n, high: n, qualifier: "exact" }, details);

/**
 * The governor's "at least `low`", its quote tagged ("at least 41 (tag)") so that finding the quote
 * finds this claim alone: "The governor said at least 41 (tag) soldiers were killed."
 */
export function insertGovernorSaid(
  quantity: QuantityRef,
  low: number,
  tag: string,
  details: Partial<ClaimDetails> = {},
) {
  const quote = `at least ${low} (${tag})`;
  return insertAtLeast(quantity, "governor", low, {
    quote,
    sentence: `The governor said ${quote} soldiers were killed.`,
    ...details,
  });
}

export interface StoredClaim {
  status: Status;
  version: number;
  reviewNote: string | null;
  reviewerId: string | null;
}

/** The claim as the database holds it now. */
export async function readClaim(id: string): Promise<StoredClaim> {
  const row = await withTestDatabase((db) =>
    db.get<StoredClaim>(`SELECT "status", "version", "reviewNote", "reviewerId" FROM "Claim" WHERE "id" = ?`, id),
  );
  if (!row) throw new Error(`No claim ${id}`);
  return row;
}

/** The actions recorded in a claim's history, oldest first. */
export async function historyActions(id: string): Promise<string[]> {
  const rows = await withTestDatabase((db) =>
    db.all<{ action: string }>(
      `SELECT "action" FROM "HistoryEntry" WHERE "entityType" = 'claim' AND "entityId" = ? ORDER BY "id"`,
      id,
    ),
  );
  return rows.map((row) => row.action);
}

/** A short tag unique to one test run of one project. */
export const uniqueTag = () => randomBytes(3).toString("hex");

/**
 * A quantity of its own with one source, the Governor of Hatay, and a way to log his "at least N"
 * at any status: the fixture of the security specs that need one live story and its drafts.
 */
export async function governorQuantity(tag: string) {
  const quantity = await createQuantity(tag, { sources: { governor: "Governor of Hatay" } });
  const sourceId = quantity.sources.governor as string;
  const claim = (status: Status, low: number) =>
    insertAtLeast(quantity, "governor", low, {
      sentence: `At least ${low} soldiers were killed (${tag}).`,
      reportedAt: new Date(Date.UTC(2020, 1, 27, 20, low % 60)),
      status,
    });
  return { quantity, sourceId, claim };
}

/** The Observatory's "more than 30" (source `osdh`), in review unless `details` say otherwise. */
export const observatoryMoreThan30 = (quantity: TestQuantity, details: Partial<NewClaim> = {}) =>
  insertClaim({
    quantityId: quantity.quantityId,
    sourceId: quantity.sources.osdh as string,
    author: "editor",
    quote: "more than 30",
    low: 31,
    high: null,
    qualifier: "more_than",
    sentence: "More than 30 soldiers died, the Observatory said.",
    reportedAt: new Date("2020-02-27T23:30:00Z"),
    ...details,
  });
