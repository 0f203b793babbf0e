import { describe, expect, it, vi } from "vitest";
import { guessMapping } from "@/lib/newsroom/csv/column-mapping";
import { importPlan, type ImportPlan } from "@/lib/newsroom/csv/import-plan";
import { parseCsv } from "@/lib/newsroom/csv/parse-csv";
import { testDatabase } from "@/tests/database/test-database";
import { testNewsroom } from "@/tests/database/test-newsroom";
import { checkImport, startImport, importJobOf, runningImportOf } from "./imports";
import { editorDashboard } from "./claims";
import { historyOf } from "./history";
import { quantityById } from "./public-claims";

const database = () => testDatabase.db;

async function newsroom() {
  const { editor, quantityId, sourceName, sourceId } = await testNewsroom("imports");
  return { editorId: editor.id, quantityId, sourceName, sourceId };
}

/** A file of `count` good rows for the source, as a newsroom spreadsheet would export it. */
function csvFile(sourceName: string, count: number, extra: string[] = []): string {
  const lines = ["Source;Phrase;Date;URL"];
  for (let i = 1; i <= count; i++)
    lines.push(
      `${sourceName};"At least ${i + 10} soldiers were killed in Idlib.";2020-02-27 ${String(i % 24).padStart(2, "0")}:00;https://example.org/${i}`,
    );
  return [...lines, ...extra].join("\r\n");
}

function planFor(text: string, quantityId: string, overrides: Partial<ImportPlan> = {}): ImportPlan {
  return importPlan.parse({
    quantityId,
    language: "en",
    mapping: guessMapping(parseCsv(text).header),
    ...overrides,
  });
}

const claimsOf = (quantityId: string) =>
  database().claim.findMany({ where: { quantityId }, orderBy: { createdAt: "asc" } });

describe("checking a file", () => {
  it("says what is wrong with each bad row, in plain words, and saves nothing", async () => {
    const { quantityId, sourceName } = await newsroom();
    const text = csvFile(sourceName, 3, [
      `${sourceName};"Many soldiers were killed.";2020-02-28;https://example.org/a`,
      `${sourceName};"At least 40 were killed.";2020-02-30;https://example.org/b`,
      `${sourceName};"At least 41 were killed.";2020-02-28;javascript:alert(1)`,
      `Rescue service of Idlib;"At least 42 were killed.";2020-02-28;`,
    ]);
    const checked = await checkImport({ fileName: "idlib.csv", text }, planFor(text, quantityId));
    if (!checked.ok) throw new Error(checked.error.message);
    const preview = checked.data;
    expect(preview).toMatchObject({ totalRows: 7, ready: 3, problemCount: 4, alreadyImported: 0 });
    expect(preview.problems.map((p) => [p.row, p.problems.map((problem) => problem.field)])).toEqual([
      [4, ["sentence"]],
      [5, ["reportedAt"]],
      [6, ["articleUrl"]],
      [7, ["source"]],
    ]);
    expect(preview.problems[0]?.problems[0]?.message).toMatch(/No figure can be read/);
    expect(preview.problems[1]?.problems[0]?.message).toMatch(/“2020-02-30” is not a date/);
    expect(preview.problems[2]?.problems[0]?.message).toMatch(/should start with http:\/\/ or https:\/\//);
    expect(preview.unknownSources).toEqual([
      { key: "rescue service of idlib", name: "Rescue service of Idlib", rows: 1, decision: null },
    ]);
    expect(await claimsOf(quantityId)).toEqual([]);
  });

  it("refuses a file it cannot read, or one with too many rows, with a message", async () => {
    const { quantityId, sourceName } = await newsroom();
    const open = 'Source,Sentence,Date\nOSDH,"At least 29,2020-02-27\n';
    const mapping = guessMapping(["Source", "Sentence", "Date"]);
    const unreadable = await checkImport(
      { fileName: "x.csv", text: open },
      importPlan.parse({ quantityId, language: "en", mapping }),
    );
    expect(unreadable.ok ? null : unreadable.error.message).toMatch(/quote opened on line 2 is never closed/);

    const big = csvFile(sourceName, 100_001);
    const tooMany = await checkImport({ fileName: "big.csv", text: big }, planFor(big, quantityId));
    expect(tooMany.ok ? null : tooMany.error.message).toMatch(/100,001 rows: import at most 100,000/);
  });
});

describe("importing a file", () => {
  it("adds every row as a draft once, with its history, after the bad rows are fixed in the preview", async () => {
    const { editorId, quantityId, sourceName } = await newsroom();
    const text = csvFile(sourceName, 5, [
      `${sourceName};"Many soldiers were killed.";2020-02-28;`,
      `Rescue service;"At least 42 were killed.";2020-02-28;`,
    ]);
    const refused = await startImport(editorId, { fileName: "idlib.csv", text }, planFor(text, quantityId));
    expect(refused.ok ? null : refused.error.message).toBe(
      "2 rows need attention before the import: fix them or leave them out. Nothing was saved.",
    );

    const plan = planFor(text, quantityId, {
      fixes: { "6": { sentence: "In all, at least 30 were killed." } },
      sources: { "rescue service": { action: "create", kind: "ngo" } },
    });
    const started = await startImport(editorId, { fileName: "idlib.csv", text }, plan, {
      batchSize: 2,
    });
    if (!started.ok) throw new Error(started.error.message);
    expect((await importJobOf(editorId, started.data.jobId))?.status).toBe("running");
    await started.data.run();

    expect(await importJobOf(editorId, started.data.jobId)).toMatchObject({
      status: "done",
      total: 7,
      done: 7,
      skipped: 0,
      error: null,
    });
    const claims = await claimsOf(quantityId);
    expect(claims).toHaveLength(7);
    expect(claims.every((c) => c.status === "draft" && c.authorId === editorId)).toBe(true);
    expect(claims[0]).toMatchObject({
      quote: "At least 11",
      low: 11,
      high: null,
      qualifier: "at_least",
      articleUrl: "https://example.org/1",
    });
    expect(claims[0]?.reportedAt.toISOString()).toBe("2020-02-27T01:00:00.000Z");
    expect(claims[5]).toMatchObject({
      quote: "at least 30",
      sentence: "In all, at least 30 were killed.",
    });
    const created = await database().source.findUnique({ where: { key: "rescue service" } });
    expect(created).toMatchObject({ name: "Rescue service", kind: "ngo" });
    expect(claims[6]?.sourceId).toBe(created?.id);

    const history = await historyOf("claim", claims[0]!.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "create", reason: "From a CSV file: idlib.csv" });
    expect(JSON.parse(history[0]!.after!)).toMatchObject({
      status: "draft",
      quote: "At least 11",
      reportedAt: "2020-02-27T01:00:00.000Z",
    });

    const dashboard = await editorDashboard(editorId);
    expect(dashboard.drafts).toHaveLength(7);
    expect(await database().importRow.count()).toBe(0);
    // Drafts are never public.
    expect((await quantityById(quantityId))?.claims ?? []).toEqual([]);

    // The same file again, even without the fixes: every row is recognised, nothing is added.
    const again = await checkImport({ fileName: "idlib.csv", text }, planFor(text, quantityId));
    expect(again.ok && again.data).toMatchObject({ alreadyImported: 7, ready: 0, problemCount: 0 });
    const second = await startImport(editorId, { fileName: "idlib.csv", text }, planFor(text, quantityId));
    if (!second.ok) throw new Error(second.error.message);
    await second.data.run();
    expect(await importJobOf(editorId, second.data.jobId)).toMatchObject({
      status: "done",
      total: 0,
      skipped: 7,
    });
    expect(await claimsOf(quantityId)).toHaveLength(7);
  });

  it("counts a row repeated within the file once", async () => {
    const { editorId, quantityId, sourceName } = await newsroom();
    const text = csvFile(sourceName, 2, [
      `${sourceName};"At least 11 soldiers were killed in Idlib.";2020-02-27 01:00;https://example.org/1`,
    ]);
    const started = await startImport(editorId, { fileName: "twice.csv", text }, planFor(text, quantityId));
    if (!started.ok) throw new Error(started.error.message);
    await started.data.run();
    expect(await importJobOf(editorId, started.data.jobId)).toMatchObject({ total: 2, skipped: 1 });
    expect(await claimsOf(quantityId)).toHaveLength(2);
  });

  it("leaves out the rows the editor excluded, or every row with a problem when asked", async () => {
    const { editorId, quantityId, sourceName } = await newsroom();
    const text = csvFile(sourceName, 4, [`${sourceName};"Many were killed.";2020-02-28;`]);
    const started = await startImport(
      editorId,
      { fileName: "f.csv", text },
      planFor(text, quantityId, { excluded: [1], excludeProblemRows: true }),
    );
    if (!started.ok) throw new Error(started.error.message);
    await started.data.run();
    expect(await importJobOf(editorId, started.data.jobId)).toMatchObject({
      total: 3,
      excluded: 2,
    });
    expect((await claimsOf(quantityId)).map((c) => c.quote)).toEqual(["At least 12", "At least 13", "At least 14"]);
  });
});

describe("a failure halfway", () => {
  it("leaves no imported row behind, and says so", async () => {
    const { editorId, quantityId, sourceName } = await newsroom();
    const text = csvFile(sourceName, 10);
    const historyBefore = await database().historyEntry.count();
    const started = await startImport(editorId, { fileName: "idlib.csv", text }, planFor(text, quantityId), {
      batchSize: 3,
      afterBatch: (done) => {
        if (done === 6) throw new Error("disk full");
      },
    });
    if (!started.ok) throw new Error(started.error.message);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await started.data.run();
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();

    const job = await importJobOf(editorId, started.data.jobId);
    expect(job?.status).toBe("failed");
    expect(job?.error).toMatch(/^The import stopped after 6 of 10 rows, and nothing was kept/);
    expect(await claimsOf(quantityId)).toEqual([]);
    expect(await database().importRow.count({ where: { jobId: started.data.jobId } })).toBe(0);
    expect(await database().historyEntry.count()).toBe(historyBefore);
    expect(await runningImportOf(editorId)).toBeNull();

    // Nothing was kept, so the same file imports whole afterwards.
    const retry = await startImport(editorId, { fileName: "idlib.csv", text }, planFor(text, quantityId));
    if (!retry.ok) throw new Error(retry.error.message);
    await retry.data.run();
    expect(await claimsOf(quantityId)).toHaveLength(10);
  });

  it("keeps nothing from a job whose rows another import added meanwhile", async () => {
    const { editorId, quantityId, sourceName } = await newsroom();
    const text = csvFile(sourceName, 5);
    const first = await startImport(editorId, { fileName: "a.csv", text }, planFor(text, quantityId));
    const second = await startImport(editorId, { fileName: "a.csv", text }, planFor(text, quantityId));
    if (!first.ok || !second.ok) throw new Error("not started");
    await first.data.run();
    await second.data.run();
    expect(await importJobOf(editorId, first.data.jobId)).toMatchObject({ status: "done" });
    const failed = await importJobOf(editorId, second.data.jobId);
    expect(failed?.status).toBe("failed");
    expect(failed?.error).toMatch(/imported by another import meanwhile/);
    expect(await claimsOf(quantityId)).toHaveLength(5);
  });

  it("a job cut off by a restart reads as failed, its waiting rows gone", async () => {
    const { editorId, quantityId, sourceName } = await newsroom();
    const text = csvFile(sourceName, 4);
    const started = await startImport(editorId, { fileName: "a.csv", text }, planFor(text, quantityId), {
      batchSize: 2,
    });
    if (!started.ok) throw new Error("not started");
    // Never run: as if the server stopped right after the job opened, ten minutes ago.
    await database()
      .$executeRaw`UPDATE "ImportJob" SET "updatedAt" = ${new Date(Date.now() - 10 * 60_000)} WHERE "id" = ${started.data.jobId}`;
    expect(await runningImportOf(editorId)).toBeNull();
    expect(await importJobOf(editorId, started.data.jobId)).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/cut off/),
    });
    expect(await importJobOf("someone-else", started.data.jobId)).toBeNull();
  });
});
