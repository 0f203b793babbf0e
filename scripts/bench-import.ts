// Time and peak memory of a CSV import of 100,000 rows into a new, temporary database: the
// check (every row read by the figures engine, sources and fingerprints looked up), the import
// (batches, then the one transaction that makes them drafts), and the same file again (nothing
// added). Run: npm run bench:import  (ROWS=20000 npm run bench:import for a smaller file)
// `--conditions=react-server` because lib/data starts with `import "server-only"`.
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { guessMapping } from "../lib/newsroom/csv/column-mapping";
import { importPlan } from "../lib/newsroom/csv/import-plan";
import { parseCsv } from "../lib/newsroom/csv/parse-csv";

const ROWS = Number(process.env.ROWS ?? 100_000);
const SOURCES = [
  "Syrian Observatory for Human Rights",
  "Governor of Hatay province",
  "Turkish Ministry of Defence",
  "White Helmets",
  "Anadolu Agency",
];

/** A newsroom's spreadsheet: one claim a row, five sources, English sentences, some quoted commas. */
function spreadsheet(rows: number): string {
  const lines = ["Source;Relayed by;Quote;Sentence;Reported at;Article URL;Publisher;Language"];
  for (let i = 1; i <= rows; i++) {
    const figure = `at least ${(i % 5_000) + 1}`;
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(
      [
        SOURCES[i % SOURCES.length],
        i % 3 === 0 ? "Anadolu Agency" : "",
        figure,
        `"The toll rose to ${figure} soldiers, the source said; ""a heavy day"", it added."`,
        `2020-02-${day} ${String(i % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`,
        `https://example.org/idlib/${i}`,
        "Wire service",
        "en",
      ].join(";"),
    );
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  (globalThis as { gc?: () => void }).gc?.();
  console.log(
    `${label.padEnd(38)} ${seconds(performance.now() - started)}  heap ${mb(process.memoryUsage().heapUsed)} rss ${mb(process.memoryUsage().rss)} peak ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  return result;
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claim-tracker-bench-import-"));
  const file = path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  try {
    const { migrateDatabase } = await import("../tests/database/create-test-database");
    await migrateDatabase(file);
    const { createUser } = await import("../lib/data/users");
    const { createStory } = await import("../lib/data/stories");
    const { createQuantity } = await import("../lib/data/quantities");
    const { createSource } = await import("../lib/data/sources");
    const { checkImport, startImport, importJobOf } = await import("../lib/data/imports");
    const { db } = await import("../lib/data/db");
    const { IDLIB_TOLL } = await import("../tests/database/test-newsroom");

    const user = await createUser(
      { email: "bench@newsroom.org", name: "Bench", role: "editor", passwordHash: "x" },
      null,
    );
    if (user === "email_taken") throw new Error("unexpected");
    const story = await createStory(user.id, {
      title: "Idlib strikes",
      summary: "",
      date: "2020-02-27",
      place: "Idlib",
    });
    const quantity = await createQuantity(user.id, {
      storyId: story.id,
      ...IDLIB_TOLL,
      scopeFrom: null,
      scopeTo: null,
    });
    if (!quantity.ok) throw new Error("no quantity");
    for (const name of SOURCES.slice(0, -1))
      await createSource(user.id, { name, kind: "government", country: "", homepage: null });

    const text = spreadsheet(ROWS);
    console.log(
      `CSV import of ${ROWS.toLocaleString("en")} rows (${mb(Buffer.byteLength(text))}), Node ${process.version}`,
    );
    const plan = importPlan.parse({
      quantityId: quantity.data.id,
      language: "en",
      mapping: guessMapping(parseCsv(text.slice(0, text.indexOf("\r\n"))).header),
      // The one source the newsroom does not know yet: created by the import.
      sources: { "anadolu agency": { action: "create", kind: "news_agency" } },
    });
    const upload = { fileName: "bench.csv", text };

    const checked = await timed("check (nothing saved)", () => checkImport(upload, plan));
    if (!checked.ok || checked.data.problemCount > 0)
      throw new Error(`check failed: ${JSON.stringify(checked.ok ? checked.data.problems[0] : checked.error)}`);
    let lastBatchAt = 0;
    const afterBatch = () => {
      lastBatchAt = performance.now();
    };
    const started = await timed("import: check again and open the job", () =>
      startImport(user.id, upload, plan, { afterBatch }),
    );
    if (!started.ok) throw new Error(started.error.message);
    await timed("import: batches and commit", () => started.data.run());
    // The commit holds SQLite's write lock: other editors' saves wait this long (busy_timeout is 5 s).
    console.log(`${"  of which the commit (write lock held)".padEnd(38)} ${seconds(performance.now() - lastBatchAt)}`);
    const job = await importJobOf(user.id, started.data.jobId);
    const drafts = await db.claim.count({ where: { status: "draft" } });
    if (job?.status !== "done" || drafts !== ROWS)
      throw new Error(`import ended ${job?.status}: ${job?.error}; ${drafts} drafts`);

    const again = await timed("the same file again: check", () => checkImport(upload, plan));
    if (!again.ok || again.data.alreadyImported !== ROWS || again.data.ready !== 0)
      throw new Error("the second check should find every row imported");

    const wal = (await stat(`${file}-wal`).catch(() => ({ size: 0 }))).size;
    await db.$queryRaw`PRAGMA wal_checkpoint(TRUNCATE)`;
    const size = (await stat(file)).size;
    console.log(
      `drafts: ${drafts.toLocaleString("en")}; again: ${again.data.alreadyImported.toLocaleString("en")} already imported, 0 added`,
    );
    console.log(
      `database file: ${mb(size)} (write-ahead log at its largest: ${mb(wal)}); peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    await db.$disconnect();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
