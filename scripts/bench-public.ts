// Response times of the public pages and the open-data API on a running server, the way a
// visitor's browser asks for them. Run against a production build:
//   npm start                         (or any `next start` on a seeded database)
//   npm run bench:public -- http://127.0.0.1:3000
// Every address is asked for 200 times one after another (latency), then 400 times by 16
// clients at once (throughput). The addresses are found through the API, so they are real.

const BASE = (process.argv[2] ?? process.env.BASE_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const SEQUENTIAL = 200;
const CONCURRENT = 400;
const CLIENTS = 16;

async function getJson(path: string): Promise<{ data: unknown }> {
  const response = await fetch(BASE + path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as { data: unknown };
}

async function addresses(): Promise<Array<[string, string]>> {
  const stories = (await getJson("/api/v1/stories?limit=1")).data as Array<{ slug: string }>;
  const slug = stories[0]?.slug;
  if (!slug) throw new Error("No published story to measure: seed the demo first (npm start does).");
  const story = (await getJson(`/api/v1/stories/${slug}`)).data as {
    quantities: Array<{ id: string }>;
  };
  const quantity = story.quantities[0]?.id as string;
  const claims = (await getJson(`/api/v1/claims?quantity=${quantity}&limit=1`)).data as Array<{
    id: string;
    source: { id: string };
  }>;
  const claim = claims[0] as { id: string; source: { id: string } };
  return [
    ["home", "/"],
    ["story page", `/story/${slug}`],
    ["quantity page", `/quantity/${quantity}`],
    ["claim permalink", `/claim/${claim.id}`],
    ["source page", `/source/${claim.source.id}`],
    ["search", "/search?q=soldiers"],
    ["API: story", `/api/v1/stories/${slug}`],
    ["API: claims", "/api/v1/claims?limit=50"],
    ["Atom feed", "/feed.atom"],
    ["CSV", `/story/${slug}/claims.csv`],
  ];
}

async function timeOne(path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(BASE + path);
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;

async function measure(path: string) {
  for (let i = 0; i < 10; i++) await timeOne(path); // warm-up: the build's first render, the cache
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) times.push(await timeOne(path));
  times.sort((a, b) => a - b);

  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next++ < CONCURRENT) await timeOne(path);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    perSecond: CONCURRENT / seconds,
  };
}

async function main() {
  const rows: string[] = [];
  for (const [name, path] of await addresses()) {
    const { p50, p95, perSecond } = await measure(path);
    rows.push(
      `| ${name} | \`${path.length > 48 ? `${path.slice(0, 45)}…` : path}\` | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${Math.round(perSecond)} |`,
    );
  }
  console.log(
    `Measured against ${BASE}: ${SEQUENTIAL} requests one by one, then ${CONCURRENT} by ${CLIENTS} clients at once.\n`,
  );
  console.log("| page | address | p50 (ms) | p95 (ms) | requests/s, 16 clients |");
  console.log("|---|---|---:|---:|---:|");
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
