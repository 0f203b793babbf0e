import { describe, expect, it } from "vitest";
import { scriptsOf } from "./client-js";
import { parseOptions } from "./options";
import { END_MARKER, renderSection, replaceSection, START_MARKER, type BenchResults, type SizeResult } from "./report";

function size(claims: number, perSecond: Record<string, number>, prismaMs = 1): SizeResult {
  return {
    claims,
    seedSeconds: 1,
    targets: Object.entries(perSecond).map(([key, value]) => ({
      key,
      label: key,
      perSecond: value,
      p50: 1000 / value,
      p99: 3000 / value,
      rate: 20,
    })),
    writes: { perSecond: 5, p50: 20, p99: 60, acknowledged: 15 },
    queries: [{ name: "claim by id", prismaMs, rawMs: 1 }],
    floorQueries: [
      { name: "a constant", prismaMs: 0.2, rawMs: 0.01 },
      { name: "claim id by id", prismaMs: 0.5, rawMs: 0.02 },
    ],
    js: {
      page: { files: 3, raw: 1050, gzip: 300, inline: 50 },
      empty: { files: 3, raw: 1000, gzip: 290, inline: 10 },
    },
    mostQuotedSource: { claims: claims / 20, firstMs: claims / 100, ms: 20, bytes: claims * 50 },
  };
}

function results(sizes: SizeResult[]): BenchResults {
  return {
    date: "2026-11-24",
    machine: "2 cores",
    command: "npm run bench",
    method: {
      rounds: 3,
      throughputSeconds: 2,
      connections: 10,
      latencySeconds: 3,
      rate: 20,
      writeRate: 5,
    },
    sizes,
    figures: { bytes: 1_000_000, ms: 120, found: 18_000 },
    checks: { answersRead: 100, probes: 15, failures: [] },
  };
}

const PAGES = {
  floor: 1000,
  static: 500,
  uncached: 100,
  home: 100,
  source: 100,
  search: 100,
  apiClaims: 100,
  dashboard: 50,
};
const verdictOf = (section: string, goal: string) =>
  section
    .split("\n")
    .find((line) => line.includes(goal))
    ?.split(" | ")[2];

describe("the bench's docs section", () => {
  it("replaces only what lies between its markers", () => {
    const doc = `# Benchmarks\n\nbefore\n\n${START_MARKER}\nold numbers\n${END_MARKER}\n\nafter\n`;
    const next = replaceSection(doc, "new numbers");
    expect(next).toBe(`# Benchmarks\n\nbefore\n\n${START_MARKER}\nnew numbers\n${END_MARKER}\n\nafter\n`);
    expect(replaceSection(next, "new numbers")).toBe(next);
  });

  it("adds the section at the end of a document that has none", () => {
    expect(replaceSection("# Benchmarks\n", "numbers")).toBe(
      `# Benchmarks\n\n${START_MARKER}\nnumbers\n${END_MARKER}\n`,
    );
  });

  it("meets the cached-page goal at 0.9 of the static page's throughput, and not below", () => {
    const met = renderSection(results([size(1_000, { ...PAGES, cached: 450 })]));
    expect(verdictOf(met, "cached story page ≥ 0.9")).toBe("met");
    const missed = renderSection(results([size(1_000, { ...PAGES, cached: 100 })]));
    expect(verdictOf(missed, "cached story page ≥ 0.9")).toBe("**not met**");
    expect(missed).toContain("keeps the data, not the HTML");
  });

  it("judges flatness from the smallest database to the largest, and Prisma against raw SQL", () => {
    const section = renderSection(
      results([
        size(1_000, { ...PAGES, cached: 450 }),
        size(100_000, { ...PAGES, cached: 450, apiClaims: 20, home: 90 }, 5),
      ]),
    );
    expect(verdictOf(section, "home: flat")).toBe("met");
    expect(verdictOf(section, "apiClaims: flat")).toBe("**not met**");
    expect(section).toContain("5.00× slower");
    expect(verdictOf(section, "Prisma ≤ 2 × raw better-sqlite3: claim by id")).toBe("**not met**");
    expect(section).toContain("a statement reading no table costs 0.200 ms through Prisma against 0.010 ms raw");
    expect(verdictOf(section, "public page JavaScript")).toBe("met");
    expect(section).toContain("| 1,000 claims | 100,000 claims |");
  });
});

describe("the JavaScript of a page", () => {
  it("counts script files once and inline scripts, not JSON-LD", () => {
    const html = `<script src="/a.js" async></script><script src="/a.js"></script><script>self.x=1</script>
      <script type="application/ld+json">{"@type":"ClaimReview"}</script><script src="/b.js?x=1&amp;y=2"></script>`;
    expect(scriptsOf(html)).toEqual({ sources: ["/a.js", "/b.js?x=1&y=2"], inline: ["self.x=1"] });
  });
});

describe("the bench's command line", () => {
  it("reads sizes and numbers, and refuses what it does not know", () => {
    expect(parseOptions(["--sizes=1000,10000", "--rounds=1", "--write-rate=2", "--no-build"])).toMatchObject({
      sizes: [1_000, 10_000],
      rounds: 1,
      writeRate: 2,
      build: false,
      docs: true,
    });
    expect(() => parseOptions(["--sizes=10"])).toThrow(/at least 1000/);
    expect(() => parseOptions(["--fast"])).toThrow(/Unknown option/);
    expect(() => parseOptions(["--rounds=-1"])).toThrow(/Unknown option/);
  });
});
