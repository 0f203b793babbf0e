// Writes a planned dataset (scripts/bench/dataset.ts) into a fresh database: a copy of one
// migrated file (the real migrations, with their search triggers and append-only history), then
// every row through prepared statements in one transaction, which fills 100 000 claims in
// seconds where Prisma's createMany takes minutes. Dates are written as Prisma's adapter writes
// them ("2020-02-27T06:00:00.000+00:00") so the app reads these rows like its own.
import { copyFile, rm } from "node:fs/promises";
import Database from "better-sqlite3";
import bcrypt from "bcryptjs";
import { BENCH_EDITOR, type BenchDataset } from "./dataset";

const asDateTime = (at: Date) => at.toISOString().replace("Z", "+00:00");
const HOUR = 3_600_000;

/** Deletes `file` and its journal files. */
export async function removeDatabase(file: string): Promise<void> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) await rm(file + suffix, { force: true });
}

/** A copy of `migratedTemplate` at `file`, filled with `data`. */
export async function seedDatabase(file: string, migratedTemplate: string, data: BenchDataset): Promise<void> {
  await removeDatabase(file);
  await copyFile(migratedTemplate, file);
  // The planner's statistics (migration 20261124200000) describe a full newsroom; while the tables
  // fill from empty they lead the search triggers' lookups astray (100,000 claims in 295 s instead
  // of 13 s). They are set aside while filling, then put back as the migration left them. A
  // connection reads them when it opens, hence one connection to set them aside and one to fill.
  const statistics = withDatabase(file, (db) => {
    const rows = db.prepare(`SELECT "tbl", "idx", "stat" FROM "sqlite_stat1"`).all() as Array<{
      tbl: string;
      idx: string | null;
      stat: string;
    }>;
    db.exec(`DELETE FROM "sqlite_stat1"`);
    return rows;
  });
  withDatabase(file, (db) => {
    db.pragma("journal_mode = WAL");
    // A throwaway file filled once: no need to wait for the disk after each page.
    db.pragma("synchronous = OFF");
    db.transaction(() => writeRows(db, data))();
    const restore = db.prepare(`INSERT INTO "sqlite_stat1" ("tbl", "idx", "stat") VALUES (?, ?, ?)`);
    db.transaction(() => statistics.forEach((row) => restore.run(row.tbl, row.idx, row.stat)))();
    db.pragma("wal_checkpoint(TRUNCATE)");
  });
}

function withDatabase<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function writeRows(db: Database.Database, data: BenchDataset) {
  const created = asDateTime(new Date(Date.UTC(2019, 11, 1)));
  const history = db.prepare(
    `INSERT INTO "HistoryEntry" (entityType, entityId, action, actorId, at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const record = (
    entityType: string,
    entityId: string,
    action: string,
    actorId: string | null,
    at: string,
    after: object,
  ) => history.run(entityType, entityId, action, actorId, at, action === "create" ? null : "{}", JSON.stringify(after));

  const user = db.prepare(
    `INSERT INTO "User" (id, email, name, role, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // bcrypt at a low cost: the app checks a hash of any cost, and seeding should not wait.
  const editorHash = bcrypt.hashSync(BENCH_EDITOR.password, 4);
  for (const u of data.users) {
    user.run(u.id, u.email, u.name, u.role, u.id === data.editorId ? editorHash : "!".repeat(60), created, created);
    record("user", u.id, "create", null, created, { email: u.email, role: u.role });
  }

  const source = db.prepare(
    `INSERT INTO "Source" (id, name, key, kind, country, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of data.sources) {
    source.run(s.id, s.name, s.key, s.kind, s.country, created, created);
    record("source", s.id, "create", null, created, { name: s.name });
  }

  const story = db.prepare(
    `INSERT INTO "Story" (id, title, slug, summary, date, place, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of data.stories) {
    const at = asDateTime(new Date(`${s.date}T05:00:00Z`));
    story.run(s.id, s.title, s.slug, s.summary, s.date, s.place, at, at);
    record("story", s.id, "create", data.editorId, at, { title: s.title, slug: s.slug });
  }
  const storyDate = new Map(data.stories.map((s) => [s.id, s.date]));

  const quantity = db.prepare(
    `INSERT INTO "Quantity" (id, storyId, label, cumulative, scopeWho, scopePlace, measure, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  data.quantities.forEach((q, i) => {
    // One second apart: a story's quantities keep the order they were planned in.
    const at = asDateTime(new Date(Date.parse(`${storyDate.get(q.storyId)}T05:00:00Z`) + (i % 60) * 1000));
    quantity.run(q.id, q.storyId, q.label, q.cumulative ? 1 : 0, q.scopeWho, q.scopePlace, q.measure, at, at);
    record("quantity", q.id, "create", data.editorId, at, { label: q.label });
  });

  const claim = db.prepare(
    `INSERT INTO "Claim" (id, quantityId, sourceId, quote, value, low, high, qualifier, kind, sentence, language, articleUrl,
       reportedAt, status, retractionReason, submittedAt, reviewedAt, authorId, reviewerId, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'count', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of data.claims) {
    const t = c.reportedAt.getTime();
    const createdAt = asDateTime(new Date(t + HOUR));
    const submittedAt = c.status === "draft" ? null : asDateTime(new Date(t + 2 * HOUR));
    const reviewed = c.status === "published" || c.status === "retracted";
    const reviewedAt = reviewed ? asDateTime(new Date(t + 3 * HOUR)) : null;
    const updatedAt =
      c.status === "retracted" ? asDateTime(new Date(t + 30 * HOUR)) : (reviewedAt ?? submittedAt ?? createdAt);
    const retractionReason = c.status === "retracted" ? "The source withdrew the figure." : null;
    claim.run(
      c.id,
      c.quantityId,
      c.sourceId,
      c.quote,
      c.value,
      c.low,
      c.high,
      c.qualifier,
      c.sentence,
      c.language,
      c.articleUrl,
      asDateTime(c.reportedAt),
      c.status,
      retractionReason,
      submittedAt,
      reviewedAt,
      c.authorId,
      reviewed ? data.reviewerId : null,
      createdAt,
      updatedAt,
    );
    record("claim", c.id, "create", c.authorId, createdAt, { quote: c.quote, status: "draft" });
    if (submittedAt) record("claim", c.id, "submit", c.authorId, submittedAt, { status: "in_review" });
    if (reviewedAt) record("claim", c.id, "approve", data.reviewerId, reviewedAt, { status: "published" });
    if (c.status === "retracted") record("claim", c.id, "retract", data.reviewerId, updatedAt, { status: "retracted" });
  }
}
