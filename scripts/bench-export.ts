// The claim exports on 100 000 claims: a temporary database is filled, then each export (staff
// and public, CSV and JSON) is read to the end through the same functions the routes use,
// measuring the time and the memory. The point is the memory: pages of 1 000 rows streamed,
// so the peak stays near the starting size however many claims there are.
//   npm run bench:export              (100 000 claims)
//   npm run bench:export -- 20000     (another count)
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { publicClaimPages, staffClaimPages } from "@/lib/data/claim-export";
import { createDatabaseClient } from "@/lib/data/database-client";
import { createTestDatabase } from "@/tests/database/create-test-database";
import { publicExportShape, STAFF_EXPORT_SHAPE } from "@/lib/export/claim-export-shapes";
import { exportStream, type ExportFormat } from "@/lib/export/export-stream";
import { openDataUrls } from "@/lib/public/open-data/urls";

const CLAIMS = Number(process.argv[2] ?? 100_000);
const CLAIMS_PER_QUANTITY = 100;
const BATCH = 2_000;
const STATUSES = [
  "published",
  "published",
  "published",
  "published",
  "published",
  "published",
  "published",
  "draft",
  "in_review",
  "retracted",
] as const;

// A full garbage collection before each run, so each starts from what is really in use.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function seed(db: Awaited<ReturnType<typeof createTestDatabase>>["db"]) {
  const author = await db.user.create({
    data: {
      email: "bench@example.org",
      name: "Bench",
      role: "editor",
      passwordHash: "x".repeat(60),
    },
  });
  const sources = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      db.source.create({ data: { name: `Source ${i}`, key: `source ${i}`, kind: "government" } }),
    ),
  );
  const quantityCount = Math.ceil(CLAIMS / CLAIMS_PER_QUANTITY);
  const quantityIds: string[] = [];
  for (let s = 0; s < Math.ceil(quantityCount / 10); s++) {
    const story = await db.story.create({
      data: { title: `Story ${s}`, slug: `story-${s}`, date: "2020-02-27" },
    });
    for (let q = 0; q < 10 && quantityIds.length < quantityCount; q++) {
      quantityIds.push(
        (
          await db.quantity.create({
            data: { storyId: story.id, label: `Quantity ${s}.${q}`, cumulative: true },
          })
        ).id,
      );
    }
  }
  for (let start = 0; start < CLAIMS; start += BATCH) {
    const data = Array.from({ length: Math.min(BATCH, CLAIMS - start) }, (_, k) => {
      const n = start + k;
      const low = 10 + (n % 90);
      return {
        quantityId: quantityIds[Math.floor(n / CLAIMS_PER_QUANTITY)] as string,
        sourceId: sources[n % sources.length]!.id,
        authorId: author.id,
        status: STATUSES[n % STATUSES.length],
        quote: `at least ${low}`,
        value: low,
        low,
        high: null,
        qualifier: "at_least" as const,
        kind: "count" as const,
        sentence: `At least ${low} soldiers were killed in the strikes, the governor of the province said on Thursday evening.`,
        language: "en",
        articleUrl: `https://news.example.org/article-${n}`,
        reportedAt: new Date(Date.UTC(2020, 1, 27) + n * 60_000),
      };
    });
    await db.claim.createMany({ data });
  }
}

/** Runs `read` (which returns the bytes it produced), sampling the process's memory as it goes. */
async function measure(read: () => Promise<number>) {
  // Several collections with turns of the event loop between them: memory the seeding left to
  // finalizers is only freed on a later pass.
  for (let i = 0; i < 5; i++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const sampler = setInterval(sample, 10);
  const started = performance.now();
  const bytes = await read();
  clearInterval(sampler);
  sample();
  return {
    seconds: (performance.now() - started) / 1000,
    bytes,
    startRss: before.rss,
    peakRss,
    startHeap: before.heapUsed,
    peakHeap,
  };
}

/** Reads a stream to its end, counting its bytes. */
async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}

async function main() {
  const test = await createTestDatabase();
  try {
    console.log(`Filling a temporary database with ${CLAIMS.toLocaleString("en")} claims…`);
    const seeding = performance.now();
    await seed(test.db);
    console.log(`  done in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);
    // The exports read through a client of their own: the seeding client's caches would count
    // against the first exports measured.
    await test.db.$disconnect();
    const db = createDatabaseClient(test.file);

    const urls = openDataUrls("http://localhost:3000");
    const none = { status: null, story: null, quantity: null, source: null, author: null };
    const runs: Array<[string, () => Promise<number>]> = [];
    for (const format of ["csv", "json"] as ExportFormat[]) {
      runs.push([
        `staff ${format}`,
        () => drain(exportStream(staffClaimPages(none, undefined, db), format, STAFF_EXPORT_SHAPE)),
      ]);
      runs.push([
        `public ${format}`,
        () =>
          drain(
            exportStream(
              publicClaimPages({ story: null, quantity: null, source: null }, undefined, db),
              format,
              publicExportShape(urls),
            ),
          ),
      ]);
    }
    // For comparison, what streaming avoids: every row read at once, then written.
    runs.push([
      "staff json, all rows at once (not streamed)",
      async () => {
        const rows = [];
        for await (const page of staffClaimPages(none, CLAIMS + 1, db)) rows.push(...page);
        return Buffer.byteLength(JSON.stringify(STAFF_EXPORT_SHAPE.jsonItems(rows)));
      },
    ]);
    console.log("export                                       time     size    heap before → peak   RSS before → peak");
    for (const [name, read] of runs) {
      const r = await measure(read);
      const cells = [
        name.padEnd(44),
        `${r.seconds.toFixed(2)} s`.padEnd(8),
        mb(r.bytes).padEnd(7),
        `${mb(r.startHeap)} → ${mb(r.peakHeap)}`.padEnd(20),
        `${mb(r.startRss)} → ${mb(r.peakRss)}`,
      ];
      console.log(cells.join(" "));
    }
    await db.$disconnect();
    console.log(
      `\n(${CLAIMS.toLocaleString("en")} claims, 70% published; Node ${process.version}; pages of 1,000 rows)`,
    );
  } finally {
    await test.close();
  }
}

void main();
