// `npm run lighthouse -- http://127.0.0.1:PORT`: Lighthouse (performance, accessibility, best
// practices, SEO) on the home page, the demo story and one of its claims, on a phone and on a
// desktop, against a running production server. Prints the scores and writes them to
// docs/lighthouse.md. Runs offline with the system's Chromium (CHROME_PATH, else /usr/bin/chromium).
// Exits 1 when a page scores under 95 for performance or under 100 for accessibility.
import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { projectRoot } from "./run-command.mjs";

const DEMO_STORY = "/story/idlib-strikes-on-turkish-troops-2020-02-27";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 95, accessibility: 100 };
// Lighthouse's own advice: scores move from run to run (most of all on a shared machine), so
// each page is measured a few times and the median run kept.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const base = (process.argv[2] ?? "").replace(/\/$/, "");
if (!/^https?:\/\/[^/]+$/.test(base)) {
  console.error("Usage: npm run lighthouse -- http://127.0.0.1:PORT (a running `next start`)");
  process.exit(2);
}

/** The first claim permalink on the demo story: the claim page to measure. */
async function claimPath() {
  const html = await (await fetch(base + DEMO_STORY)).text();
  const found = /href="(\/claim\/[^"]+)"/.exec(html)?.[1];
  if (!found) throw new Error(`No claim link on ${DEMO_STORY}: is the demo story seeded?`);
  return found;
}

async function audit(chrome, url, formFactor) {
  const flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
  };
  const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
  if (result?.lhr.runtimeError)
    throw new Error(
      `Lighthouse could not measure ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
    );
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)]),
  );
  const consoleErrors = result?.lhr.audits["errors-in-console"]?.details?.items ?? [];
  for (const item of consoleErrors)
    console.log(`  console error on ${url}: ${item.description ?? JSON.stringify(item)}`);
  // What cost points, for the person who has to fix it.
  const failing = Object.values(result?.lhr.audits ?? {})
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 0.9 &&
        a.scoreDisplayMode !== "informative" &&
        a.scoreDisplayMode !== "notApplicable",
    )
    .map((a) => a.id);
  return { scores, failing };
}

const pages = [
  ["Home", "/"],
  ["Story (demo)", DEMO_STORY],
  ["Claim", await claimPath()],
];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const rows = [];
try {
  for (const [name, pagePath] of pages) {
    for (const formFactor of ["mobile", "desktop"]) {
      // Once to fill the page cache, then the measured run: a visitor's usual visit.
      await fetch(base + pagePath);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(chrome, base + pagePath, formFactor));
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      const { scores, failing } = runs[Math.floor(runs.length / 2)];
      rows.push({ name, pagePath, formFactor, scores, failing });
      console.log(
        `${name.padEnd(14)} ${formFactor.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join("  ")}${failing.length ? `  (below 90: ${failing.join(", ")})` : ""}`,
      );
    }
  }
} finally {
  await chrome.kill();
}

const misses = rows.filter(
  (r) => r.scores.performance < TARGETS.performance || r.scores.accessibility < TARGETS.accessibility,
);
const table = [
  "| Page | Device | Performance | Accessibility | Best practices | SEO |",
  "| --- | --- | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.name} (\`${r.pagePath.replace(/^\/claim\/.*/, "/claim/…")}\`) | ${r.formFactor} | ${CATEGORIES.map((c) => r.scores[c]).join(" | ")} |`,
  ),
];
const notes = rows.filter((r) => r.failing.length).map((r) => `- ${r.name}, ${r.formFactor}: ${r.failing.join(", ")}`);
const doc = `# Lighthouse scores of the public pages

Written by \`npm run lighthouse -- ${base}\` (scripts/lighthouse.mjs) on ${new Date().toISOString().slice(0, 10)}:
Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, Debian Chromium headless,
against \`next start\` with the demo database, each page visited once before (the page cache's usual state).
Mobile is Lighthouse's default (a mid-range phone, slow 4G, 4x CPU slowdown); desktop its desktop preset.
Each row is the median of ${RUNS} runs (by performance). Load average of the machine at the end: ${loadavg()
  .map((l) => l.toFixed(1))
  .join(", ")} on ${cpus().length} cores; the mobile performance score, computed from the main thread's
measured work slowed 4x, drops when other processes compete for the cores.
Targets: performance at least ${TARGETS.performance}, accessibility ${TARGETS.accessibility}.

${table.join("\n")}

${notes.length ? `Audits under 90:\n\n${notes.join("\n")}\n` : "No audit under 90.\n"}`;
await writeFile(path.join(projectRoot, "docs", "lighthouse.md"), doc);
console.log(
  `\nWritten to docs/lighthouse.md${misses.length ? `; under target: ${misses.map((m) => `${m.name} ${m.formFactor}`).join(", ")}` : "; every page on target"}.`,
);
process.exit(misses.length ? 1 : 0);
