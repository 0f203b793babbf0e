// What `npm run bench` prints and writes into docs/benchmarks.md, between the markers
// `<!-- bench:start -->` and `<!-- bench:end -->`: the measurements, their ratios, how each grows
// with the database, and each goal of issue 8 met or not, with the reason when not. Pure: the
// run hands in its results, this returns Markdown.
import type { ScriptBytes } from "./client-js";
import { atLeast, atMost, bytes, fmt, ratio, slowdown, type Verdict } from "./stats";

export const START_MARKER = "<!-- bench:start -->";
export const END_MARKER = "<!-- bench:end -->";

export interface TargetResult {
  key: string;
  label: string;
  /** Median of the rounds' throughput, requests a second. */
  perSecond: number;
  /** Medians of the rounds' p50 and p99 at the fixed rate, ms. */
  p50: number;
  p99: number;
  /** The rate of the latency runs: the fixed rate, or less for a page slower than it. */
  rate: number;
}

export interface QueryResult {
  name: string;
  prismaMs: number;
  rawMs: number;
}

export interface SizeResult {
  claims: number;
  seedSeconds: number;
  targets: TargetResult[];
  writes: { perSecond: number; p50: number; p99: number; acknowledged: number };
  queries: QueryResult[];
  /** The cost of a call before any row: a constant, and an id looked up by id. */
  floorQueries: QueryResult[];
  js: { page: ScriptBytes; empty: ScriptBytes };
  /** The page of the source with most published claims, timed alone, uncached. */
  /** Its page's first visit after a decision (record computed), then with its record kept (median of 3). */
  mostQuotedSource: { claims: number; firstMs: number; ms: number; bytes: number };
}

export interface BenchResults {
  date: string;
  machine: string;
  command: string;
  method: {
    rounds: number;
    throughputSeconds: number;
    connections: number;
    latencySeconds: number;
    rate: number;
    writeRate: number;
  };
  sizes: SizeResult[];
  figures: { bytes: number; ms: number; found: number };
  checks: { answersRead: number; probes: number; failures: string[] };
}

// The pages whose cost must not grow with the database (issue 8: "flat within 20%").
const FLAT_PAGES = ["uncached", "home", "source", "search", "apiClaims"];

const target = (size: SizeResult, key: string) => size.targets.find((t) => t.key === key);
const perSecond = (size: SizeResult, key: string) => target(size, key)?.perSecond;
const claims = (n: number) => n.toLocaleString("en");

interface Goal {
  goal: string;
  value: string;
  verdict: Verdict;
  why: string;
}

function goals(results: BenchResults): Goal[] {
  const { sizes } = results;
  const first = sizes[0] as SizeResult;
  const last = sizes.at(-1) as SizeResult;
  const list: Goal[] = [];

  const cached = sizes.map((s) => ratio(perSecond(s, "cached"), perSecond(s, "static")));
  const worstCached = Math.min(...cached);
  list.push({
    goal: "cached story page ≥ 0.9 × static page throughput",
    value: cached.map((r) => fmt(r)).join(" / "),
    verdict: atLeast(worstCached, 0.9),
    why:
      worstCached >= 0.9
        ? ""
        : "the edition cache (lib/data/public-cache.ts) keeps the data, not the HTML: every request still checks the edition and renders the page with React; only a cache of the finished HTML would approach a static file",
  });

  if (sizes.length > 1) {
    for (const key of FLAT_PAGES) {
      const factor = slowdown(perSecond(first, key) ?? Number.NaN, perSecond(last, key) ?? Number.NaN);
      const slowerQuery = slowestGrowingQuery(first, last);
      list.push({
        goal: `${target(first, key)?.label ?? key}: flat from ${claims(first.claims)} to ${claims(last.claims)} claims (≤ 1.2× slower)`,
        value: factor >= 1 ? `${fmt(factor)}× slower` : `${fmt(1 / factor)}× faster`,
        verdict: atMost(factor, 1.2),
        why: factor <= 1.2 || Number.isNaN(factor) ? "" : flatReason(key, slowerQuery),
      });
    }
  }

  for (const query of last.queries) {
    const r = ratio(query.prismaMs, query.rawMs);
    list.push({
      goal: `Prisma ≤ 2 × raw better-sqlite3: ${query.name}`,
      value: `${fmt(r)}× (${fmt(query.prismaMs, 3)} vs ${fmt(query.rawMs, 3)} ms, ${claims(last.claims)} claims)`,
      verdict: atMost(r, 2),
      why:
        r <= 2
          ? ""
          : `Prisma adds about ${fmt(query.prismaMs - query.rawMs, 2)} ms a call that SQLite does not spend (the SQL itself takes ${fmt(query.rawMs, 3)} ms). ${floorReason(last)}`,
    });
  }

  const js = last.js;
  const jsRatio = Math.max(ratio(js.page.raw, js.empty.raw), ratio(js.page.gzip, js.empty.gzip));
  list.push({
    goal: "public page JavaScript ≤ 1.1 × an empty page's",
    value: `${fmt(ratio(js.page.raw, js.empty.raw))}× raw, ${fmt(ratio(js.page.gzip, js.empty.gzip))}× gzipped`,
    verdict: atMost(jsRatio, 1.1),
    why:
      jsRatio <= 1.1
        ? ""
        : `the story page's inline scripts hold its data for React (${bytes(js.page.inline)} against ${bytes(js.empty.inline)}): the page is server-rendered, yet React still sends what it rendered to the browser`,
  });
  return list;
}

/** Prisma's fixed cost per call, measured: why a point query cannot come within 2× of raw SQL. */
function floorReason(size: SizeResult): string {
  const [constant, idById] = size.floorQueries;
  if (!constant || !idById) return "";
  return (
    `Part of it is fixed: a statement reading no table costs ${fmt(constant.prismaMs, 3)} ms through Prisma against ${fmt(constant.rawMs, 3)} ms raw, and a claim's id looked up by id ${fmt(idById.prismaMs, 3)} ms against ${fmt(idById.rawMs, 3)} ms ` +
    "(the query compiler, in WebAssembly, builds the SQL on each call; the driver adapter hands the rows over asynchronously); the rest grows with the columns and rows, each value converted and the rows shaped into nested objects in JavaScript. " +
    "A read that SQLite answers in microseconds cannot come within 2× of that: only caching (lib/data/public-cache.ts) or hand-written SQL behind lib/data can"
  );
}

/** The query whose raw time grew most from the smallest database to the largest. */
function slowestGrowingQuery(first: SizeResult, last: SizeResult): { name: string; growth: number } | null {
  let worst: { name: string; growth: number } | null = null;
  for (const q of last.queries) {
    const before = first.queries.find((f) => f.name === q.name);
    const growth = ratio(q.rawMs, before?.rawMs);
    if (!worst || growth > worst.growth) worst = { name: q.name, growth };
  }
  return worst;
}

function flatReason(key: string, slowerQuery: { name: string; growth: number } | null): string {
  const reasons: Record<string, string> = {
    apiClaims:
      "the page of 50 is read newest first through the index on (status, reportedAt), which should not grow: compare the raw query's growth in the Prisma table",
    source:
      "the page lists 20 figures and reads the source's kept record, which should not grow: look for a read in lib/data/public-sources.ts that grows with the source's figures",
    search:
      "each kind is counted up to 200 matches and its page read newest first, which stop early, and the last word's prefix is read from a prefix index of its length (1 to 12 letters, docs/decisions/005-search-with-fts5.md): look for a query that reads every match, such as bm25() over a phrase as common as the kind",
    home: "the home page reads 21 stories with their published figures, which should not grow: look at what grows with the database in lib/data/public-story-list.ts",
    uncached:
      "each render reads one story, which should not grow: look for a query without an index in the story page's reads",
  };
  const base = reasons[key] ?? "it does work that grows with the database";
  return slowerQuery && slowerQuery.growth > 2 && key === "apiClaims"
    ? `${base} (the same SQL, raw, grew ${fmt(slowerQuery.growth)}×: ${slowerQuery.name})`
    : base;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const row = (cells: Array<string | number>) => `| ${cells.join(" | ")} |`;
const header = (cells: string[], align: string[]) => [row(cells), `|${align.join("|")}|`];

function table(results: BenchResults, cell: (size: SizeResult, key: string) => string): string[] {
  const sizes = results.sizes;
  const first = sizes[0] as SizeResult;
  const lines = header(
    ["target", ...sizes.map((s) => `${claims(s.claims)} claims`)],
    ["---", ...sizes.map(() => "---:")],
  );
  for (const t of first.targets) lines.push(row([t.label, ...sizes.map((s) => cell(s, t.key))]));
  return lines;
}

function ratioLines(results: BenchResults): string[] {
  const sizes = results.sizes;
  const lines = header(
    ["ratio (throughput)", ...sizes.map((s) => `${claims(s.claims)} claims`)],
    ["---", ...sizes.map(() => "---:")],
  );
  const pairs: Array<[string, string, string]> = [
    ["cached story page / static page", "cached", "static"],
    ["static page / raw Node", "static", "floor"],
    ["uncached story page / static page", "uncached", "static"],
    ["dashboard / uncached story page", "dashboard", "uncached"],
  ];
  for (const [label, a, b] of pairs)
    lines.push(row([label, ...sizes.map((s) => fmt(ratio(perSecond(s, a), perSecond(s, b))))]));
  lines.push(row(["public JS / empty page JS (raw)", ...sizes.map((s) => fmt(ratio(s.js.page.raw, s.js.empty.raw)))]));
  lines.push(
    row(["public JS / empty page JS (gzip)", ...sizes.map((s) => fmt(ratio(s.js.page.gzip, s.js.empty.gzip)))]),
  );
  return lines;
}

function growthLines(results: BenchResults): string[] {
  const first = results.sizes[0] as SizeResult;
  const last = results.sizes.at(-1) as SizeResult;
  const lines = header(
    [
      `target (${claims(first.claims)} → ${claims(last.claims)} claims)`,
      "throughput: times slower",
      "p50: times longer",
      "p99: times longer",
    ],
    ["---", "---:", "---:", "---:"],
  );
  for (const t of first.targets) {
    const l = target(last, t.key);
    lines.push(
      row([
        t.label,
        fmt(slowdown(t.perSecond, l?.perSecond ?? Number.NaN)),
        fmt(ratio(l?.p50, t.p50)),
        fmt(ratio(l?.p99, t.p99)),
      ]),
    );
  }
  lines.push(
    row([
      "write (edit a draft)",
      "–",
      fmt(ratio(last.writes.p50, first.writes.p50)),
      fmt(ratio(last.writes.p99, first.writes.p99)),
    ]),
  );
  return lines;
}

function queryLines(results: BenchResults): string[] {
  const lines = header(
    ["query", "claims", "Prisma (ms)", "raw better-sqlite3 (ms)", "Prisma / raw"],
    ["---", "---:", "---:", "---:", "---:"],
  );
  for (const size of results.sizes) {
    for (const q of size.queries)
      lines.push(
        row([q.name, claims(size.claims), fmt(q.prismaMs, 3), fmt(q.rawMs, 3), fmt(ratio(q.prismaMs, q.rawMs))]),
      );
  }
  return lines;
}

/** The Markdown of the section, without its markers. */
export function renderSection(results: BenchResults): string {
  const { method, sizes, figures, checks } = results;
  const goalList = goals(results);
  const out: string[] = [
    "## The whole app under load: `npm run bench`",
    "",
    `\`${results.command}\` on ${results.date}, ${results.machine}. Regenerated by the command: edit scripts/bench/report.ts, not this section.`,
    "The two cores are shared with whatever else runs (the load average says how much): compare numbers of one run, and re-run",
    "on a quiet machine before reading much into a single figure.",
    "",
    "How: a production build (`next start`) pinned to core 0, the load generator (autocannon) pinned to core 1, on a fresh",
    `database per size generated from a fixed seed (${sizes.map((s) => `${claims(s.claims)} claims filled in ${fmt(s.seedSeconds, 1)} s`).join(", ")}):`,
    "about 20 claims a story, a few sources per quantity revising their figures, skewed sources, 5% unpublished (drafts, in review,",
    `retracted). Every size is served at once (a server each), and the targets take turns for ${method.rounds} rounds (each table shows the median of the rounds).`,
    `Throughput: the pages that render (uncached pages and the dashboard) are asked ${method.throughputSeconds} s a size by one client, every size in turn,`,
    "request by request, so that their growth from one size to the next is not the machine's drift (a size's throughput: its answers over",
    "the time they took); with several clients, requests queued in the server would read the same newest edition when their turn came and",
    `share one render. The quick answers (the floor, the static and the cached page) are asked by ${method.connections} clients, ${method.throughputSeconds} s each in slices of 1 s`,
    `taking turns. Latency: ${method.latencySeconds} s each at ${method.rate} requests a second, corrected for coordinated omission. The static page is the cached story page's`,
    "own HTML, saved as `public/bench/story-N.html` (N the size) and served by the same server and proxy; the floor is a bare Node server",
    "answering those bytes. Uncached pages write a history entry (a new database edition) before every request, so no cached answer can",
    "serve it, and rotate through many stories, claims or slugs. The newest stories, which the home page and the latest claims show, are",
    "the same at every size. The write edits one of the editor's drafts through the app's own server",
    `action, with its version check, at ${method.writeRate} a second.`,
    "",
    "### Goals",
    "",
    ...header(["goal", "measured", "verdict", "why not"], ["---", "---", "---", "---"]),
    ...goalList.map((g) => row([g.goal, g.value, g.verdict === "met" ? "met" : `**${g.verdict}**`, g.why])),
    "",
    "### Throughput (requests a second, median of rounds)",
    "",
    ...table(results, (s, key) => fmt(perSecond(s, key), 0)),
    "",
    `### Latency at ${method.rate} requests a second: p50 / p99 (ms)`,
    "",
    "A page answering fewer than twice that many requests a second is asked at half its throughput instead (said in the cell):",
    "above its capacity the queue only grows, and the p99 would measure the length of the run.",
    "",
    ...table(results, (s, key) => {
      const t = target(s, key);
      return `${fmt(t?.p50, 1)} / ${fmt(t?.p99, 1)}${t && t.rate < method.rate ? ` (at ${t.rate}/s)` : ""}`;
    }),
    row([
      `write: edit a draft, ${method.writeRate}/s`,
      ...sizes.map((s) => `${fmt(s.writes.p50, 1)} / ${fmt(s.writes.p99, 1)}`),
    ]),
    "",
    "### Ratios",
    "",
    ...ratioLines(results),
    "",
  ];
  if (sizes.length > 1) out.push("### Growth with the database", "", ...growthLines(results), "");
  out.push(
    "### Prisma and raw better-sqlite3, the same reads in one process (median ms a call; both answers compared equal)",
    "",
    ...queryLines(results),
    "",
    ...header(
      ["what a call costs before any row", "claims", "Prisma (ms)", "raw better-sqlite3 (ms)", "Prisma / raw"],
      ["---", "---:", "---:", "---:", "---:"],
    ),
    ...sizes.flatMap((size) =>
      size.floorQueries.map((q) =>
        row([q.name, claims(size.claims), fmt(q.prismaMs, 3), fmt(q.rawMs, 3), fmt(ratio(q.prismaMs, q.rawMs))]),
      ),
    ),
    "",
    "### The most quoted source's page",
    "",
    ...header(
      ["claims", "its published claims", "first visit after a decision", "then, record kept (median of 3)", "HTML"],
      ["---:", "---:", "---:", "---:", "---:"],
    ),
    ...sizes.map((s) =>
      row([
        claims(s.claims),
        claims(s.mostQuotedSource.claims),
        `${fmt(s.mostQuotedSource.firstMs, 0)} ms`,
        `${fmt(s.mostQuotedSource.ms, 0)} ms`,
        bytes(s.mostQuotedSource.bytes),
      ]),
    ),
    "",
    "Timed alone, uncached: the page lists 20 figures, each weighed against its own quantity's claims. The source's record (how many",
    "of its figures were revised or contradicted) weighs every published claim of every quantity it gave a figure for: it is kept",
    "(lib/data/source-records.ts) and computed again only on the first visit after a decision on one of those quantities.",
    "The load runs use the median source, its record kept after their first request.",
    "",
    "### Figures engine and client JavaScript",
    "",
    `- Figures engine on ${fmt(figures.bytes / 1e6, 2)} MB of article text: ${fmt(figures.ms, 0)} ms (best of 5), ${fmt(figures.bytes / 1e6 / (figures.ms / 1000), 1)} MB/s, ${figures.found.toLocaleString("en")} figures.`,
    ...sizes
      .slice(-1)
      .map(
        (s) =>
          `- JavaScript of a story page: ${bytes(s.js.page.raw)} (${bytes(s.js.page.gzip)} gzipped; ${s.js.page.files} files, ${bytes(s.js.page.inline)} inline) against the empty page's ${bytes(s.js.empty.raw)} (${bytes(s.js.empty.gzip)} gzipped; ${s.js.empty.files} files, ${bytes(s.js.empty.inline)} inline). The empty page is the app's own not-found page: the same root layout with nothing in it.`,
      ),
    "",
    "### Correctness under load",
    "",
    `- ${checks.answersRead.toLocaleString("en")} public answers read during the latency runs and ${checks.probes} unpublished claims asked for by their own addresses: ${checks.failures.length === 0 ? "no unpublished claim shown, no error page" : `**${checks.failures.length} problems**`}.`,
    `- Writes: ${sizes.map((s) => s.writes.acknowledged).join(" + ")} edits acknowledged, every one found in the database at its version with its history entry${checks.failures.some((f) => /write/.test(f)) ? " **except those listed below**" : ""}.`,
    ...checks.failures.map((f) => `  - ${f}`),
  );
  return out.join("\n");
}

/** `doc` with its bench section replaced by `section` (or added at the end when it has none). */
export function replaceSection(doc: string, section: string): string {
  const block = `${START_MARKER}\n${section.trim()}\n${END_MARKER}`;
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, start) + block + doc.slice(end + END_MARKER.length);
}
