// Test data for the reviewer's journeys, written straight into the run's database: claims in
// review written by a test account, so the review specs do not depend on the editor's pages.
// Every call makes its own story, quantity and sources, so tests running side by side (and the
// desktop and phone projects) never see each other's claims as their own.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { e2eFiles } from "./e2e-files.mjs";
import { TEST_USERS, type TestUserKey } from "./session";

// Playwright compiles the specs to CommonJS, so __dirname and require are there.
const E2E_DATABASE_FILE = e2eFiles(path.resolve(__dirname, "../..")).database;

// The few calls of better-sqlite3 used here: the project carries no type package for it.
interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface SqliteDatabase {
  prepare(sql: string): Statement;
  pragma(statement: string): unknown;
  transaction(work: () => void): () => void;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- typed by the interface above
const Database = require("better-sqlite3") as new (file: string) => SqliteDatabase;

type Status = "draft" | "in_review" | "published" | "retracted";
type Qualifier = "exact" | "at_least" | "more_than" | "at_most" | "less_than" | "about" | "nearly" | "range" | "vague";

const newId = (prefix: string) => `e2e${prefix}${randomBytes(9).toString("hex")}`;
// The format Prisma writes DateTime in on SQLite, so the app reads these rows like its own.
const asDateTime = (at: Date) => at.toISOString().replace("Z", "+00:00");

function open<T>(work: (db: SqliteDatabase) => T): T {
  const db = new Database(E2E_DATABASE_FILE);
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    return work(db);
  } finally {
    db.close();
  }
}

function userId(db: SqliteDatabase, who: TestUserKey): string {
  const row = db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(TEST_USERS[who].email.toLowerCase()) as { id: string } | undefined;
  if (!row) throw new Error(`No account for ${TEST_USERS[who].email} in ${E2E_DATABASE_FILE}`);
  return row.id;
}

export interface TestQuantity {
  quantityId: string;
  label: string;
  storyTitle: string;
  /** Source ids by the short names given. */
  sources: Record<string, string>;
}

/** A story with one quantity and its sources, all named with `tag` so a test finds its own. */
export function createQuantity(tag: string, options: { cumulative?: boolean; sources: Record<string, string>; storyDate?: string }): TestQuantity {
  const now = asDateTime(new Date());
  return open((db) => {
    const storyId = newId("story");
    const quantityId = newId("qty");
    const storyTitle = `Idlib strikes (${tag})`;
    const label = `Turkish soldiers killed (${tag})`;
    db.prepare(`INSERT INTO "Story" (id, title, slug, date, place, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      storyId,
      storyTitle,
      storyId,
      options.storyDate ?? "2020-02-27",
      "Idlib, Syria",
      now,
      now,
    );
    db.prepare(
      `INSERT INTO "Quantity" (id, storyId, label, cumulative, scopeWho, scopePlace, measure, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(quantityId, storyId, label, options.cumulative === false ? 0 : 1, "Turkish soldiers", "Idlib province", "killed", now, now);
    const sources: Record<string, string> = {};
    for (const [short, name] of Object.entries(options.sources)) {
      const id = newId("src");
      db.prepare(`INSERT INTO "Source" (id, name, key, kind, country, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        `${name} (${tag})`,
        `${name} ${tag} ${id}`.toLowerCase(),
        "government",
        "Turkey",
        now,
        now,
      );
      sources[short] = id;
    }
    return { quantityId, label, storyTitle, sources };
  });
}

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
export function insertClaim(claim: NewClaim): { id: string; quote: string } {
  return open((db) => {
    const id = newId("claim");
    const authorId = userId(db, claim.author);
    const now = asDateTime(new Date());
    const status = claim.status ?? "in_review";
    const value = claim.qualifier === "more_than" && claim.low !== null ? claim.low - 1 : (claim.low ?? claim.high);
    const submittedAt = status === "draft" ? null : asDateTime(claim.submittedAt ?? new Date());
    db.transaction(() => {
      db.prepare(
        `INSERT INTO "Claim" (id, quantityId, sourceId, quote, value, low, high, qualifier, kind, sentence, language, articleText,
           publisher, articleUrl, reportedAt, status, submittedAt, authorId, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'count', ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
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
        asDateTime(claim.reportedAt),
        status,
        submittedAt,
        authorId,
        now,
        now,
      );
      const insertHistory = db.prepare(`INSERT INTO "HistoryEntry" (entityType, entityId, action, actorId, at, after) VALUES ('claim', ?, ?, ?, ?, ?)`);
      insertHistory.run(id, "create", authorId, now, JSON.stringify({ quote: claim.quote, status: "draft" }));
      if (status !== "draft") insertHistory.run(id, "submit", authorId, now, JSON.stringify({ status: "in_review" }));
    })();
    return { id, quote: claim.quote };
  });
}

export interface StoredClaim {
  status: Status;
  version: number;
  reviewNote: string | null;
  reviewerId: string | null;
}

/** The claim as the database holds it now. */
export function readClaim(id: string): StoredClaim {
  return open((db) => {
    const row = db.prepare(`SELECT status, version, reviewNote, reviewerId FROM "Claim" WHERE id = ?`).get(id) as StoredClaim | undefined;
    if (!row) throw new Error(`No claim ${id}`);
    return row;
  });
}

/** The actions recorded in a claim's history, oldest first. */
export function historyActions(id: string): string[] {
  return open((db) =>
    (db.prepare(`SELECT action FROM "HistoryEntry" WHERE entityType = 'claim' AND entityId = ? ORDER BY id`).all(id) as { action: string }[]).map(
      (row) => row.action,
    ),
  );
}

/** A short tag unique to one test run of one project. */
export const uniqueTag = () => randomBytes(3).toString("hex");
