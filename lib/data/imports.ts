import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import type { ImportStatus } from "@/lib/generated/prisma/client";
import {
  assembleImport,
  readImportFile,
  sourceKeysOf,
  type ImportPreview,
  type Known,
  type ReadFile,
  type ReadyRow,
  type SourceRef,
} from "@/lib/newsroom/csv/analyze-import";
import { MAX_IMPORT_BYTES, type ImportPlan } from "@/lib/newsroom/csv/import-plan";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { figureColumns } from "./fields";
import { forDialect } from "./dialect";
import { recordCreation } from "./history";
import { REFUSALS } from "@/lib/i18n/messages/refusals";

// CSV imports: check a file row by row before anything is saved, then add its rows as drafts in
// a job whose progress the import page reads. Atomic for the newsroom: batches fill ImportRow,
// and the job's last transaction copies every row into Claim, with its history, at once. A job
// that fails leaves its waiting rows deleted and no claim behind.

/** A file as uploaded: its name and its text (UTF-8, decoded by the route). */
export interface ImportUpload {
  fileName: string;
  text: string;
}

/** Rows written per transaction: small enough to keep the write lock short for other editors. */
export const IMPORT_BATCH_SIZE = 1_000;
/**
 * A running job not touched for this long was cut off (the server stopped or was killed): it
 * failed. Every batch touches the job, and a batch takes well under a second. The durability
 * tests, which kill the server on purpose, shorten it with IMPORT_STALE_AFTER_MS.
 */
const STALE_AFTER_MS = env().IMPORT_STALE_AFTER_MS;
/** Fingerprints looked up per statement. */
const LOOKUP_CHUNK = 20_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const tooBig = () =>
  failure("invalid", `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`, {
    fields: { file: "The file is too large." },
  });

/** The strings of a JSON array parameter, as rows: json_each on SQLite, jsonb on PostgreSQL. */
function jsonStrings(json: string): Prisma.Sql {
  return forDialect({
    sqlite: Prisma.sql`SELECT value FROM json_each(${json})`,
    postgresql: Prisma.sql`SELECT jsonb_array_elements_text(${json}::jsonb)`,
  });
}

/**
 * What the database knows about a file's rows: fingerprints already imported, sources. The
 * lists go to SQLite as one JSON parameter (json_each): a file's 100,000 fingerprints in a
 * few statements rather than thousands of bound parameters.
 */
async function knownFor(file: ReadFile, plan: ImportPlan): Promise<Known> {
  const importedKeys = new Set<string>();
  for (const keys of chunks(
    file.rows.map((r) => r.key),
    LOOKUP_CHUNK,
  )) {
    const found = await db.$queryRaw<{ importKey: string }[]>`
      SELECT "importKey" FROM "Claim" WHERE "importKey" IN (${jsonStrings(JSON.stringify(keys))})`;
    for (const { importKey } of found) importedKeys.add(importKey);
  }
  const sources = new Map<string, string>();
  for (const keys of chunks(sourceKeysOf(file), LOOKUP_CHUNK)) {
    for (const { id, key } of await db.source.findMany({
      where: { key: { in: keys } },
      select: { id: true, key: true },
    }))
      sources.set(key, id);
  }
  const picked = Object.values(plan.sources).flatMap((d) => (d.action === "use" ? [d.sourceId] : []));
  const pickedSources = new Set(
    (await db.source.findMany({ where: { id: { in: picked } }, select: { id: true } })).map((s) => s.id),
  );
  return { importedKeys, sources, pickedSources };
}

async function analyze(upload: ImportUpload, plan: ImportPlan) {
  if (Buffer.byteLength(upload.text) > MAX_IMPORT_BYTES) return tooBig();
  const quantity = await db.quantity.findUnique({
    where: { id: plan.quantityId },
    select: { id: true },
  });
  if (!quantity)
    return failure("invalid", REFUSALS.en.quantityNotListed, {
      fields: { quantityId: "Choose a quantity from the list." },
    });
  const read = await readImportFile(upload.text, plan);
  if (!read.ok) return failure("invalid", read.message, { fields: { file: read.message } });
  return success(assembleImport(read.file, await knownFor(read.file, plan), plan));
}

/** Checks a file under the editor's plan and says, row by row, what an import would do. Saves nothing. */
export async function checkImport(upload: ImportUpload, plan: ImportPlan): Promise<ActionResult<ImportPreview>> {
  const analyzed = await analyze(upload, plan);
  return analyzed.ok ? success(analyzed.data.preview) : analyzed;
}

// ---------------------------------------------------------------------------------------------
// Running an import

const newClaimId = () => `c${randomBytes(12).toString("hex")}`;

export interface StartedImport {
  jobId: string;
  /** Writes the rows; resolves when the job is done or failed, never throws. */
  run: () => Promise<void>;
}

/**
 * Checks the file again (the browser's word is not taken for it), refuses while any row has a
 * problem, creates the sources the editor chose to create, and opens a job. `run` then writes.
 */
export async function startImport(
  actorId: string,
  upload: ImportUpload,
  plan: ImportPlan,
  options: RunOptions = {},
): Promise<ActionResult<StartedImport>> {
  const analyzed = await analyze(upload, plan);
  if (!analyzed.ok) return analyzed;
  const { preview, rows, newSources } = analyzed.data;
  if (preview.problemCount > 0) {
    const rowsWord =
      preview.problemCount === 1 ? "1 row needs" : `${preview.problemCount.toLocaleString("en")} rows need`;
    return failure(
      "invalid",
      `${rowsWord} attention before the import: fix them or leave them out. Nothing was saved.`,
      { current: preview },
    );
  }
  const fileName = upload.fileName.replace(/^.*[\\/]/, "").slice(0, 200) || "file.csv";

  const { jobId, sourceIds } = await db.$transaction(async (tx) => {
    const sourceIds = new Map<string, string>();
    for (const source of newSources) {
      // Another editor may have added it since the check: use theirs.
      const existing = await tx.source.findUnique({
        where: { key: source.key },
        select: { id: true },
      });
      if (existing) {
        sourceIds.set(source.key, existing.id);
        continue;
      }
      const created = await tx.source.create({
        data: { name: source.name, key: source.key, kind: source.kind, country: "" },
        select: { id: true, name: true, kind: true, country: true, homepage: true, version: true },
      });
      await recordCreation(tx, "source", created, actorId, `From a CSV file: ${fileName}`);
      sourceIds.set(source.key, created.id);
    }
    const nothingToAdd = rows.length === 0;
    const job = await tx.importJob.create({
      data: {
        userId: actorId,
        fileName,
        contentHash: createHash("sha256").update(upload.text).digest("hex"),
        quantityId: plan.quantityId,
        total: rows.length,
        skipped: preview.alreadyImported + preview.repeated,
        excluded: preview.excluded,
        status: nothingToAdd ? "done" : "running",
        finishedAt: nothingToAdd ? new Date() : null,
      },
      select: { id: true },
    });
    return { jobId: job.id, sourceIds };
  });

  return success({
    jobId,
    run: importRunner({ jobId, actorId, fileName, quantityId: plan.quantityId }, rows, sourceIds, options),
  });
}

/** A row as the claim it will be, and the history entry that will record its creation. */
interface StagedClaim {
  id: string;
  quantityId: string;
  sourceId: string;
  relayedById: string | null;
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: ReadyRow["read"]["figure"]["qualifier"];
  kind: ReadyRow["read"]["figure"]["kind"];
  unit: string | null;
  sentence: string;
  language: string;
  articleUrl: string | null;
  publisher: string | null;
  reportedAt: Date;
  importKey: string;
  history: string;
}

function stagedClaim(
  { key, read }: ReadyRow,
  quantityId: string,
  sourceId: string,
  relayedById: string | null,
): StagedClaim {
  const { figure } = read;
  const claim = {
    id: newClaimId(),
    quantityId,
    sourceId,
    relayedById,
    ...figureColumns(figure),
    sentence: read.sentence,
    language: read.language,
    articleUrl: read.articleUrl,
    publisher: read.publisher,
    reportedAt: read.reportedAt,
  };
  // The same "after" as a claim logged by hand: its status, version and editable fields.
  const history = JSON.stringify({
    ...claim,
    status: "draft",
    version: 1,
    archiveUrl: null,
    headline: null,
    publishedAt: null,
  });
  return { ...claim, importKey: key, history };
}

export interface RunOptions {
  batchSize?: number;
  /** Called after each batch is written (tests make a batch fail here). */
  afterBatch?: (done: number) => void | Promise<void>;
}

/** Some of the rows reached Claim through another job while this one ran. */
class AlreadyImported extends Error {}

interface JobContext {
  jobId: string;
  actorId: string;
  fileName: string;
  quantityId: string;
}

/**
 * The job's work, as a function of its own: a closure made inside startImport would keep the
 * whole check (every row read, twice over) alive until the job ends.
 */
function importRunner(
  job: JobContext,
  rows: ReadyRow[],
  sourceIds: Map<string, string>,
  options: RunOptions,
): () => Promise<void> {
  const idOf = (ref: SourceRef) => ("id" in ref ? ref.id : (sourceIds.get(ref.create) as string));
  const toStage = (row: ReadyRow) =>
    stagedClaim(row, job.quantityId, idOf(row.source), row.relayedBy ? idOf(row.relayedBy) : null);
  return () => (rows.length === 0 ? Promise.resolve() : runImportJob(job, rows, toStage, options));
}

async function runImportJob(
  job: JobContext,
  rows: ReadyRow[],
  toStage: (row: ReadyRow) => StagedClaim,
  options: RunOptions,
): Promise<void> {
  const { jobId, actorId, fileName } = job;
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  let done = 0;
  try {
    // Each batch is made into claims when it is written, so only one batch of them is in memory.
    for (const readyBatch of chunks(rows, batchSize)) {
      const batch = readyBatch.map(toStage);
      // One transaction per batch: the rows and the job's count move together.
      await db.$transaction([
        writeWaitingRows(jobId, batch),
        db.importJob.update({ where: { id: jobId }, data: { done: { increment: batch.length } } }),
      ]);
      done += batch.length;
      await options.afterBatch?.(done);
    }
    await commitImportJob(jobId, actorId, fileName);
  } catch (error) {
    const conflict = error instanceof AlreadyImported;
    const reference = randomBytes(4).toString("hex");
    if (!conflict) console.error(`[import ${reference}]`, error);
    const message = conflict
      ? "Some of these rows were imported by another import meanwhile, so nothing from this one was kept. Import the file again: the rows already there are skipped."
      : `The import stopped after ${done.toLocaleString("en")} of ${rows.length.toLocaleString("en")} rows, and nothing was kept: no draft from this file was added. Try again; if it fails again, give this reference: ${reference}.`;
    await abandonImportJob(jobId, message);
  }
}

/** As Prisma writes a DateTime on SQLite ("2020-02-27T22:00:00.000+00:00"), so the app reads these rows like its own. */
const asDateTime = (at: Date) => at.toISOString().replace("Z", "+00:00");

/**
 * A batch of waiting rows in one statement: the batch travels as one JSON parameter and SQLite
 * unpacks it (json_each). Prisma's createMany binds every cell and is some fifty times slower.
 */
function writeWaitingRows(jobId: string, batch: StagedClaim[]) {
  const createdAt = asDateTime(new Date());
  const json = JSON.stringify(batch.map((row) => ({ ...row, reportedAt: asDateTime(row.reportedAt) })));
  return forDialect({ sqlite: writeWaitingRowsSqlite, postgresql: writeWaitingRowsPostgres })(jobId, json, createdAt);
}

function writeWaitingRowsSqlite(jobId: string, json: string, createdAt: string) {
  return db.$executeRaw`
    INSERT INTO "ImportRow" ("id", "jobId", "quantityId", "sourceId", "relayedById", "quote", "value", "low", "high", "qualifier", "kind", "unit",
      "sentence", "language", "articleUrl", "publisher", "reportedAt", "importKey", "history", "createdAt")
    SELECT r.value ->> 'id', ${jobId}, r.value ->> 'quantityId', r.value ->> 'sourceId', r.value ->> 'relayedById', r.value ->> 'quote',
      r.value ->> 'value', r.value ->> 'low', r.value ->> 'high', r.value ->> 'qualifier', r.value ->> 'kind', r.value ->> 'unit',
      r.value ->> 'sentence', r.value ->> 'language', r.value ->> 'articleUrl', r.value ->> 'publisher', r.value ->> 'reportedAt',
      r.value ->> 'importKey', r.value ->> 'history', ${createdAt}
    FROM json_each(${json}) AS r ORDER BY r.key`;
}

/**
 * The same on PostgreSQL, which converts nothing by itself: jsonb_to_record gives each field
 * its column's type (the enums by name), and the times, written in UTC, are read as UTC.
 */
function writeWaitingRowsPostgres(jobId: string, json: string, createdAt: string) {
  return db.$executeRaw`
    INSERT INTO "ImportRow" ("id", "jobId", "quantityId", "sourceId", "relayedById", "quote", "value", "low", "high", "qualifier", "kind", "unit",
      "sentence", "language", "articleUrl", "publisher", "reportedAt", "importKey", "history", "createdAt")
    SELECT r."id", ${jobId}, r."quantityId", r."sourceId", r."relayedById", r."quote",
      r."value", r."low", r."high", r."qualifier", r."kind", r."unit",
      r."sentence", r."language", r."articleUrl", r."publisher", (r."reportedAt"::timestamptz AT TIME ZONE 'UTC'),
      r."importKey", r."history", (${createdAt}::timestamptz AT TIME ZONE 'UTC')
    FROM jsonb_array_elements(${json}::jsonb) WITH ORDINALITY AS e("row", "n")
    CROSS JOIN LATERAL jsonb_to_record(e."row") AS r("id" text, "quantityId" text, "sourceId" text, "relayedById" text,
      "quote" text, "value" double precision, "low" double precision, "high" double precision, "qualifier" "Qualifier", "kind" "FigureKind",
      "unit" text, "sentence" text, "language" text, "articleUrl" text, "publisher" text, "reportedAt" text, "importKey" text, "history" text)
    ORDER BY e."n"`;
}

/**
 * The order the waiting rows were written in: SQLite's rowid. PostgreSQL has none: its rows of
 * one batch share `createdAt`, and a batch is one INSERT, laid down in order (ctid, the row's
 * place in the table, which these rows never leave: they are written once, then deleted).
 */
const inWrittenOrder = () =>
  forDialect({
    sqlite: Prisma.sql`ORDER BY rowid`,
    postgresql: Prisma.sql`ORDER BY "createdAt", ctid`,
  });

/** The job's last transaction: every waiting row becomes a draft, with its history entry. */
async function commitImportJob(jobId: string, actorId: string, fileName: string): Promise<void> {
  const reason = `From a CSV file: ${fileName}`;
  await db.$transaction(async (tx) => {
    const clashes = await tx.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS n FROM "ImportRow" r JOIN "Claim" c ON c."importKey" = r."importKey" WHERE r."jobId" = ${jobId}`;
    if (Number(clashes[0]?.n ?? 0) > 0) throw new AlreadyImported();
    // Copied column for column, so dates keep the representation Prisma wrote; each claim keeps
    // the job that added it, so the import's drafts can be discarded together (lib/data/draft-deletion.ts).
    await tx.$executeRaw`
      INSERT INTO "Claim" ("id", "quantityId", "sourceId", "relayedById", "quote", "value", "low", "high", "qualifier", "kind", "unit",
        "sentence", "language", "articleUrl", "publisher", "reportedAt", "status", "rating", "authorId", "version", "createdAt", "updatedAt", "importKey",
        "importJobId")
      SELECT "id", "quantityId", "sourceId", "relayedById", "quote", "value", "low", "high", "qualifier", "kind", "unit",
        "sentence", "language", "articleUrl", "publisher", "reportedAt", 'draft', 'unverified', ${actorId}, 1, "createdAt", "createdAt", "importKey",
        "jobId"
      FROM "ImportRow" WHERE "jobId" = ${jobId} ${inWrittenOrder()}`;
    await tx.$executeRaw`
      INSERT INTO "HistoryEntry" ("entityType", "entityId", "action", "actorId", "at", "after", "reason")
      SELECT 'claim', "id", 'create', ${actorId}, "createdAt", "history", ${reason}
      FROM "ImportRow" WHERE "jobId" = ${jobId} ${inWrittenOrder()}`;
    await tx.importRow.deleteMany({ where: { jobId } });
    await tx.importJob.update({
      where: { id: jobId },
      data: { status: "done", finishedAt: new Date() },
    });
  });
}

/** A failed job: its waiting rows deleted in one statement, the reason kept for the editor. */
async function abandonImportJob(jobId: string, message: string): Promise<void> {
  await db.$transaction([
    db.importRow.deleteMany({ where: { jobId } }),
    db.importJob.update({
      where: { id: jobId },
      data: { status: "failed", error: message, finishedAt: new Date() },
    }),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Reading a job's progress

export interface ImportJobView {
  id: string;
  fileName: string;
  status: ImportStatus;
  /** Rows to add, and how many are written so far. */
  total: number;
  done: number;
  skipped: number;
  excluded: number;
  error: string | null;
  /** Claims this import added that are still drafts: what discarding it would delete (0 until done). */
  drafts: number;
}

const JOB_FIELDS = {
  id: true,
  fileName: true,
  status: true,
  total: true,
  done: true,
  skipped: true,
  excluded: true,
  error: true,
  updatedAt: true,
} as const;

async function viewOf(job: Omit<ImportJobView, "drafts"> & { updatedAt: Date }): Promise<ImportJobView> {
  const { updatedAt, ...view } = job;
  if (view.status === "running" && Date.now() - updatedAt.getTime() > STALE_AFTER_MS) {
    const error =
      "The import was cut off (the server restarted), and nothing was kept: no draft from this file was added. Import the file again.";
    await abandonImportJob(view.id, error);
    return { ...view, status: "failed", error, drafts: 0 };
  }
  // Index: Claim(importJobId, status).
  const drafts =
    view.status === "done" ? await db.claim.count({ where: { importJobId: view.id, status: "draft" } }) : 0;
  return { ...view, drafts };
}

/** One of the editor's own import jobs; null when it is not theirs or does not exist. */
export async function importJobOf(actorId: string, jobId: string): Promise<ImportJobView | null> {
  const job = await db.importJob.findFirst({
    where: { id: jobId, userId: actorId },
    select: JOB_FIELDS,
  });
  return job ? viewOf(job) : null;
}

/** The editor's import still running, if any, so the page finds it again after a reload. */
export async function runningImportOf(actorId: string): Promise<ImportJobView | null> {
  const job = await db.importJob.findFirst({
    where: { userId: actorId, status: "running" },
    orderBy: { createdAt: "desc" },
    select: JOB_FIELDS,
  });
  if (!job) return null;
  const view = await viewOf(job);
  return view.status === "running" ? view : null;
}
