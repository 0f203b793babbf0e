// `npm run bench`: the performance harness of issue 8. Builds the app, seeds a fresh database per
// size (1 000, 10 000 and 100 000 claims by default) and starts a production server for each, all
// at once, on core 0; then measures every target from core 1, in turns, each round asking every
// size in turn, so that the machine's drift over the run falls on all sizes alike (measured one
// size after another, a 20% drift in six minutes read as growth: docs/benchmarks.md); pages that
// render, whose growth is the goal, are asked at every size request by request. Then the
// same reads through Prisma and raw better-sqlite3. Prints the tables, rewrites its section of
// docs/benchmarks.md, and exits non-zero when a correctness check fails (an unpublished claim
// served, a lost write).
//   npm run bench
//   npm run bench -- --sizes=1000 --rounds=1          (a quick run, about two minutes; the whole run about 20)
//   npm run bench -- --no-build --no-docs             (reuse the last build; print only)
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdir, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase } from "@/tests/database/create-test-database";
import { serverActions } from "../../e2e/authorization/build-entry-points";
import { newAuthSecret } from "../auth-secret.mjs";
import { buildApp } from "../build-app.mjs";
import { projectRoot } from "../run-command.mjs";
import { article, timeOnce } from "./article-text";
import { BENCH_FLOOR_QUERIES } from "./bench-queries";
import { Checks, get } from "./checks";
import { pageScriptBytes } from "./client-js";
import { BENCH_EDITOR, planDataset, type BenchDataset } from "./dataset";
import {
  alternatingThroughputRun,
  idleTime,
  interleavedThroughputRun,
  latencyRun,
  settle,
  type LatencySample,
  type Target,
  type ThroughputSample,
} from "./load";
import { timeQueries } from "./queries";
import { renderSection, replaceSection, type BenchResults, type SizeResult, type TargetResult } from "./report";
import { removeDatabase, seedDatabase } from "./seed-database";
import { killAll, LOAD_CORE, startFloor, startNext, type Running } from "./servers";
import { signIn } from "./session";
import { parseOptions, type Options } from "./options";
import { median } from "./stats";
import { DraftWriter } from "./writes";

const WORK_DIR = path.join(projectRoot, ".bench");
const PUBLIC_BENCH_DIR = path.join(projectRoot, "public", "bench");
const DOCS = path.join(projectRoot, "docs", "benchmarks.md");
/** The static page of a size: its typical story's cached HTML, saved in public/. */
const staticPath = (claimCount: number) => `/bench/story-${claimCount}.html`;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** A story of typical size (the median count of published claims): the cached and static page. */
function typicalStory(data: BenchDataset) {
  const published = new Map<string, number>();
  const storyOf = new Map(data.quantities.map((q) => [q.id, q.storyId]));
  for (const c of data.claims)
    if (c.status === "published")
      published.set(storyOf.get(c.quantityId) as string, (published.get(storyOf.get(c.quantityId) as string) ?? 0) + 1);
  const sorted = data.stories
    .filter((s) => published.has(s.id))
    .sort((a, b) => (published.get(a.id) as number) - (published.get(b.id) as number));
  return sorted[Math.floor(sorted.length / 2)] as BenchDataset["stories"][number];
}

/** Every `step`-th item, up to `count`: addresses spread over the whole database. */
const spread = <T>(items: readonly T[], count: number) =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / count)) === 0).slice(0, count);

/** Sources by their count of published claims, fewest first. */
function sourcesBySize(data: BenchDataset): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const c of data.claims) if (c.status === "published") counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + 1);
  return [...counts].sort((a, b) => a[1] - b[1]);
}

const medianSource = (data: BenchDataset) => {
  const sources = sourcesBySize(data);
  return sources[Math.floor(sources.length / 2)]?.[0] as string;
};

/**
 * The most quoted source's page, once per size, uncached, timed alone: first as the first visit
 * after a decision on one of its quantities (its record cleared, so computed from every published
 * claim of every quantity it spoke of), then three visits with its record kept, the median.
 */
async function mostQuotedSourcePage(
  origin: string,
  data: BenchDataset,
  writer: Database.Database,
  newEdition: () => void,
): Promise<SizeResult["mostQuotedSource"]> {
  const [id, claimCount] = sourcesBySize(data).at(-1) as [string, number];
  const visit = async () => {
    newEdition();
    const started = performance.now();
    const answer = await get(`${origin}/source/${id}`);
    return { ms: performance.now() - started, bytes: Buffer.byteLength(answer.body) };
  };
  // What a decision does to the record (lib/data/source-records.ts, forgetSourceRecords).
  writer
    .prepare(
      `UPDATE "SourceRecord" SET version = version + 1, figures = NULL, revised = NULL, contradicted = NULL WHERE sourceId = ?`,
    )
    .run(id);
  const first = await visit();
  const kept = [await visit(), await visit(), await visit()];
  return {
    claims: claimCount,
    firstMs: first.ms,
    ms: median(kept.map((v) => v.ms)),
    bytes: first.bytes,
  };
}

/** A new edition of the database before each request: one history entry, as every newsroom write records. */
function editionWriter(sqlite: Database.Database): () => void {
  const insert = sqlite.prepare(
    `INSERT INTO "HistoryEntry" (entityType, entityId, action, at) VALUES ('story', 'bench', 'bench_edition', ?)`,
  );
  return () => void insert.run(new Date().toISOString().replace("Z", "+00:00"));
}

function targets(
  origin: string,
  floor: string,
  data: BenchDataset,
  cookie: string,
  newEdition: () => void,
  claimCount: number,
): Target[] {
  const story = typicalStory(data);
  const publishedClaims = data.claims.filter((c) => c.status === "published").map((c) => c.id);
  const slugs = spread(
    data.stories.map((s) => s.slug),
    500,
  );
  const fresh = (t: Omit<Target, "origin" | "beforeEach" | "publicAnswer">): Target => ({
    ...t,
    origin,
    beforeEach: newEdition,
    publicAnswer: true,
  });
  return [
    {
      key: "floor",
      label: "raw Node server (floor)",
      origin: floor,
      paths: ["/"],
      publicAnswer: true,
      quick: true,
    },
    {
      key: "static",
      label: "static page (public/bench/story-N.html)",
      origin,
      paths: [staticPath(claimCount)],
      publicAnswer: true,
      quick: true,
    },
    {
      key: "cached",
      label: "story page, cached",
      origin,
      paths: [`/story/${story.slug}`],
      publicAnswer: true,
      quick: true,
    },
    fresh({
      key: "uncached",
      label: "story page, uncached",
      paths: slugs.map((s) => `/story/${s}`),
    }),
    fresh({
      key: "claim",
      label: "claim page, uncached",
      paths: spread(publishedClaims, 500).map((id) => `/claim/${id}`),
    }),
    fresh({
      key: "apiStory",
      label: "API: a story, uncached",
      paths: slugs.map((s) => `/api/v1/stories/${s}`),
    }),
    fresh({
      key: "apiClaims",
      label: "API: latest 50 claims, uncached",
      paths: ["/api/v1/claims?limit=50"],
    }),
    fresh({ key: "home", label: "home page, uncached", paths: ["/"] }),
    fresh({
      key: "source",
      label: "a source's page (median source), uncached",
      paths: [`/source/${medianSource(data)}`],
    }),
    fresh({ key: "search", label: "search `soldiers`, uncached", paths: ["/search?q=soldiers"] }),
    {
      key: "dashboard",
      label: "editor's dashboard (signed in)",
      origin,
      paths: ["/dashboard"],
      headers: { Cookie: cookie },
      publicAnswer: false,
    },
  ];
}

/** Starts the server, saves the cached story page's HTML as the static page, restarts (Next reads public/ at start). */
async function startWithStaticPage(
  port: number,
  file: string,
  secret: string,
  storySlug: string,
  claimCount: number,
): Promise<{ next: Running; floor: Running }> {
  let next = await startNext(port, file, secret);
  const html = await get(`${next.url}/story/${storySlug}`);
  await next.stop();
  if (html.status !== 200) throw new Error(`/story/${storySlug} answered ${html.status}`);
  await mkdir(PUBLIC_BENCH_DIR, { recursive: true });
  const staticFile = path.join(projectRoot, "public", staticPath(claimCount));
  await writeFile(staticFile, html.body);
  next = await startNext(port, file, secret);
  const floor = await startFloor(port + 1, staticFile);
  return { next, floor };
}

async function warmUp(list: Target[], cookie: string) {
  for (const t of list) {
    for (const p of t.paths.slice(0, 20)) await get(t.origin + p, t.key === "dashboard" ? { Cookie: cookie } : {});
  }
}

/** One size, seeded and served, with what its rounds have measured so far. */
interface SizeRun {
  claimCount: number;
  data: BenchDataset;
  file: string;
  seedSeconds: number;
  writer: Database.Database;
  servers: { next: Running; floor: Running } | null;
  newEdition: () => void;
  list: Target[];
  drafts: Array<{ id: string; version: number; quantityId: string; sourceId: string }>;
  edits: DraftWriter;
  caughtUp: () => Promise<void>;
  throughput: Map<string, ThroughputSample[]>;
  latency: Map<string, LatencySample[]>;
  writes: LatencySample[];
}

/** Seeds the size's database and starts its servers (the `index`-th pair of ports), warmed up. */
async function prepareSize(
  options: Options,
  claimCount: number,
  index: number,
  template: string,
  secret: string,
): Promise<SizeRun> {
  const data = planDataset(claimCount);
  const file = path.join(WORK_DIR, `claims-${claimCount}.db`);
  const seeding = performance.now();
  await seedDatabase(file, template, data);
  const seedSeconds = (performance.now() - seeding) / 1000;
  log(`${claimCount.toLocaleString("en")} claims seeded in ${seedSeconds.toFixed(1)} s`);

  const writer = new Database(file);
  writer.pragma("busy_timeout = 5000");
  writer.pragma("synchronous = OFF");
  const run: Partial<SizeRun> & Pick<SizeRun, "writer" | "file"> = {
    claimCount,
    data,
    file,
    seedSeconds,
    writer,
    servers: null,
  };
  try {
    const servers = await startWithStaticPage(
      options.port + 2 * index,
      file,
      secret,
      typicalStory(data).slug,
      claimCount,
    );
    run.servers = servers;
    const { next, floor } = servers;
    const cookie = await signIn(next.url, BENCH_EDITOR.email, BENCH_EDITOR.password);
    const newEdition = editionWriter(writer);
    const list = targets(next.url, floor.url, data, cookie, newEdition, claimCount);
    await warmUp(list, cookie);
    for (const t of list) t.idleMs = await idleTime(t);
    const action = serverActions().find((a) => a.name === "app/claims/actions.ts#updateDraftAction");
    if (!action) throw new Error("No updateDraftAction in the build's server actions.");
    const drafts = data.writeTargets.map((id) => {
      const c = data.claims.find((claim) => claim.id === id) as BenchDataset["claims"][number];
      return { id, version: 1, quantityId: c.quantityId, sourceId: c.sourceId };
    });
    // Twice the idle time of the static page, or 10 ms more: "the server has caught up".
    const idle = (list.find((t) => t.key === "static") as Target).idleMs as number;
    return {
      ...(run as SizeRun),
      newEdition,
      list,
      drafts,
      edits: new DraftWriter(next.url, cookie, action.id, drafts),
      caughtUp: () => settle(next.url, staticPath(claimCount), Math.max(2 * idle, idle + 10)),
      throughput: new Map(),
      latency: new Map(),
      writes: [],
    };
  } catch (error) {
    await closeSize(run);
    throw error;
  }
}

/**
 * One round's throughput of the pages that render (the uncached pages and the dashboard): each
 * asked at every size request by request, by one client (alternatingThroughputRun). Returns, for
 * each size, each target's requests a second.
 */
async function renderedRound(
  options: Options,
  runs: SizeRun[],
  round: number,
): Promise<Map<number, Map<string, number>>> {
  const keys = (runs[0] as SizeRun).list.filter((t) => !t.quick).map((t) => t.key);
  const perSize = new Map(runs.map((run) => [run.claimCount, new Map<string, number>()]));
  for (let k = 0; k < keys.length; k++) {
    const key = keys[(k + round) % keys.length] as string;
    const samples = await alternatingThroughputRun(
      runs.map((run) => run.list.find((t) => t.key === key) as Target),
      options.throughputSeconds,
    );
    for (const [i, run] of runs.entries()) {
      const sample = samples[i] as ThroughputSample;
      push(run.throughput, key, sample);
      perSize.get(run.claimCount)?.set(key, sample.perSecond);
    }
    for (const run of runs) await run.caughtUp();
  }
  log(`rendered pages, every size in turn: round ${round + 1} of ${options.rounds} done`);
  return perSize;
}

/**
 * One round of one size: the throughput of the quick answers (the floor, the static and the
 * cached page), taking turns in slices (renderedRound measured the others); then every
 * target's latency, then the writes.
 */
async function measureRound(
  options: Options,
  run: SizeRun,
  round: number,
  checks: Checks,
  rendered: Map<string, number>,
): Promise<void> {
  // Each round starts one target further on, so no target always follows the same one.
  const order = run.list.map((_, i) => run.list[(i + round) % run.list.length] as Target);
  const thisRound = new Map(rendered);
  const quick = order.filter((t) => t.quick);
  const quickSamples = await interleavedThroughputRun(quick, options.throughputSeconds, options.connections);
  for (const [i, t] of quick.entries()) {
    const sample = quickSamples[i] as ThroughputSample;
    push(run.throughput, t.key, sample);
    thisRound.set(t.key, sample.perSecond);
  }
  await run.caughtUp();
  for (const t of order) {
    push(
      run.latency,
      t.key,
      await latencyRun(t, options.latencySeconds, options.rate, thisRound.get(t.key) ?? 0, checks.readAnswer),
    );
    await run.caughtUp();
  }
  run.writes.push(await run.edits.run(options.latencySeconds, options.writeRate));
  await run.caughtUp();
  log(`${run.claimCount.toLocaleString("en")} claims: round ${round + 1} of ${options.rounds} done`);
}

/** After the rounds: the size's checks, its most quoted source, its JavaScript, its queries; then its servers stop. */
async function finishSize(run: SizeRun, checks: Checks): Promise<SizeResult> {
  const { data, writer, edits, drafts, list } = run;
  const next = (run.servers as { next: Running }).next;
  checks.unpublished = new Set(data.claims.filter((c) => c.status !== "published").map((c) => c.id));
  for (const [key, samples] of run.throughput) {
    const failed = samples.reduce((n, s) => n + s.failures, 0);
    if (failed > 0)
      checks.fail(`${key} (${run.claimCount} claims): ${failed} answers were errors or timed out under full load`);
  }
  for (const refusal of edits.refusals) checks.fail(`write refused: ${refusal}`);

  // Unpublished claims asked for by their own addresses, edited drafts included.
  const unpublished = data.claims.filter((c) => c.status !== "published");
  await checks.probe(next.url, [
    ...spread(unpublished, 12),
    ...drafts.slice(0, 3).map((d) => ({ id: d.id, status: "draft" })),
  ]);
  const worstSource = await mostQuotedSourcePage(next.url, data, writer, run.newEdition);
  const js = {
    page: await pageScriptBytes(`${next.url}/story/${typicalStory(data).slug}`),
    empty: await pageScriptBytes(`${next.url}/bench-empty-page`),
  };

  await Promise.all([run.servers?.next.stop(), run.servers?.floor.stop()]);
  for (const problem of edits.verify(writer)) checks.fail(problem);

  const story = typicalStory(data).slug;
  const claimId = data.claims.find((c) => c.status === "published")?.id as string;
  const queries = await timeQueries(run.file, { slug: story, claimId, editorId: data.editorId }, 200);
  const floorQueries = await timeQueries(
    run.file,
    { slug: story, claimId, editorId: data.editorId },
    300,
    BENCH_FLOOR_QUERIES,
  );
  for (const q of [...queries, ...floorQueries])
    if (!q.same) checks.fail(`Prisma and raw SQL answered differently: ${q.name}`);

  const targetResults: TargetResult[] = list.map((t) => ({
    key: t.key,
    label: t.label,
    perSecond: median((run.throughput.get(t.key) ?? []).map((s) => s.perSecond)),
    p50: median((run.latency.get(t.key) ?? []).map((s) => s.p50)),
    p99: median((run.latency.get(t.key) ?? []).map((s) => s.p99)),
    rate: Math.min(...(run.latency.get(t.key) ?? []).map((s) => s.rate)),
  }));
  return {
    claims: run.claimCount,
    seedSeconds: run.seedSeconds,
    targets: targetResults,
    writes: {
      perSecond: median(run.writes.map((w) => w.perSecond)),
      p50: median(run.writes.map((w) => w.p50)),
      p99: median(run.writes.map((w) => w.p99)),
      acknowledged: edits.acknowledgedCount,
    },
    queries: queries.map(({ name, prismaMs, rawMs }) => ({ name, prismaMs, rawMs })),
    floorQueries: floorQueries.map(({ name, prismaMs, rawMs }) => ({ name, prismaMs, rawMs })),
    js,
    mostQuotedSource: worstSource,
  };
}

/** Stops the size's servers and removes its database, whatever state it is in. */
async function closeSize(run: Pick<SizeRun, "writer" | "file"> & { servers?: SizeRun["servers"] }): Promise<void> {
  await Promise.all([run.servers?.next.stop(), run.servers?.floor.stop()]);
  run.writer.close();
  await removeDatabase(run.file);
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** The figures engine on 1 MB of generated article text, best of 5 after a warm-up. */
function figuresEngine() {
  const paragraphs = article(1_000_000, 42);
  timeOnce(article(200_000, 7));
  const runs = Array.from({ length: 5 }, () => timeOnce(paragraphs));
  return {
    bytes: paragraphs.reduce((n, [, t]) => n + Buffer.byteLength(t) + 2, 0),
    ms: Math.min(...runs.map((r) => r.ms)),
    found: runs[0]?.figures ?? 0,
  };
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 1024 ** 3)} GB, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} at the start`;
}

/** Ctrl-C or a supervisor's stop: the servers and the static copy go too. */
function cleanUpOnStop() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killAll();
      rmSync(PUBLIC_BENCH_DIR, { recursive: true, force: true });
      process.exit(130);
    });
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  cleanUpOnStop();
  const started = performance.now();
  const startMachine = machine();
  await mkdir(WORK_DIR, { recursive: true });
  const secret = newAuthSecret();
  const template = path.join(WORK_DIR, "migrated.db");
  await removeDatabase(template);
  await migrateDatabase(template);
  if (options.build) {
    log("next build");
    if (!(await buildApp({ DATABASE_URL: `file:${template}`, NEXTAUTH_SECRET: secret })))
      throw new Error("next build failed");
  }
  // From here on this process is the load generator: core 1, every thread.
  execFileSync("taskset", ["-a", "-p", "-c", LOAD_CORE, String(process.pid)], { stdio: "ignore" });

  const checks = new Checks();
  const sizes: SizeResult[] = [];
  const runs: SizeRun[] = [];
  try {
    for (const [index, size] of options.sizes.entries())
      runs.push(await prepareSize(options, size, index, template, secret));
    for (let round = 0; round < options.rounds; round++) {
      const rendered = await renderedRound(options, runs, round);
      // Every size in each round, each round starting one size further on.
      for (let i = 0; i < runs.length; i++) {
        const run = runs[(i + round) % runs.length] as SizeRun;
        checks.unpublished = new Set(run.data.claims.filter((c) => c.status !== "published").map((c) => c.id));
        await measureRound(options, run, round, checks, rendered.get(run.claimCount) ?? new Map());
      }
    }
    for (const run of runs) sizes.push(await finishSize(run, checks));
  } finally {
    for (const run of runs) await closeSize(run);
    await rm(PUBLIC_BENCH_DIR, { recursive: true, force: true });
    // public/ itself only when the bench made it (rmdir refuses a folder that holds anything).
    await rmdir(path.join(projectRoot, "public")).catch(() => undefined);
    await removeDatabase(template);
  }
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${startMachine}, ${os.loadavg()[0]?.toFixed(1)} at the end`,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    method: {
      rounds: options.rounds,
      throughputSeconds: options.throughputSeconds,
      connections: options.connections,
      latencySeconds: options.latencySeconds,
      rate: options.rate,
      writeRate: options.writeRate,
    },
    sizes,
    figures: figuresEngine(),
    checks: { answersRead: checks.answersRead, probes: checks.probed, failures: checks.failures },
  };
  const section = renderSection(results);
  console.log(`\n${section}\n`);
  if (options.docs) {
    await writeFile(DOCS, replaceSection(await readFile(DOCS, "utf8"), section));
    log("docs/benchmarks.md: bench section rewritten");
  }
  log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  if (checks.failures.length > 0) {
    console.error(
      `\n${checks.failures.length} correctness problems:\n${checks.failures.map((f) => `  - ${f}`).join("\n")}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
