// Throughput of the figures engine on mixed English and French article text, and how its
// time grows from 10 KB to 2 MB. Run: npm run bench:figures
// The text is generated from news-style paragraphs with a fixed seed, so runs compare. Then the
// adversarial texts (lib/figures/testing/adversarial.ts), each at 20 KB and 200 KB.
import { findFigures } from "../lib/figures";
import { ADVERSARIAL_TEXTS } from "../tests/figures/adversarial";
import { article, timeOnce } from "./bench/article-text";

const SIZES = [10_000, 100_000, 1_000_000, 2_000_000];
const RUNS = 5;

console.log(`figures engine benchmark, node ${process.version}, best of ${RUNS} runs\n`);
console.log("| text | figures found | time (ms) | throughput (MB/s) | µs per KB |");
console.log("|---:|---:|---:|---:|---:|");
timeOnce(article(200_000, 7)); // warm up the JIT before measuring
const perKb: number[] = [];
for (const size of SIZES) {
  const paragraphs = article(size, 42);
  const bytes = paragraphs.reduce((n, [, t]) => n + Buffer.byteLength(t) + 2, 0);
  let best = Infinity;
  let figures = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = timeOnce(paragraphs);
    best = Math.min(best, run.ms);
    figures = run.figures;
  }
  const mbps = bytes / 1e6 / (best / 1000);
  perKb.push((best * 1000) / (bytes / 1000));
  console.log(
    `| ${(bytes / 1000).toFixed(0)} KB | ${figures} | ${best.toFixed(1)} | ${mbps.toFixed(1)} | ${(perKb.at(-1) as number).toFixed(1)} |`,
  );
}
const spread = Math.max(...perKb) / Math.min(...perKb);
console.log(`\nTime per KB varies by a factor of ${spread.toFixed(2)} from 10 KB to 2 MB (1.00 is perfectly linear).`);

console.log("\nAdversarial texts, best of 3 runs (linear time: the 200 KB text takes about 10 times the 20 KB one)\n");
console.log("| text | lang | 20 KB (ms) | 200 KB (ms) | growth | throughput at 200 KB (MB/s) |");
console.log("|---|---|---:|---:|---:|---:|");
let worstGrowth = 0;
for (const adversary of ADVERSARIAL_TEXTS) {
  const times = [20_000, 200_000].map((size) => {
    const text = adversary.at(size);
    findFigures(text, adversary.lang);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      findFigures(text, adversary.lang);
      best = Math.min(best, performance.now() - started);
    }
    return { best, bytes: Buffer.byteLength(text) };
  });
  const [small, large] = times as [{ best: number; bytes: number }, { best: number; bytes: number }];
  const growth = large.best / Math.max(small.best, 0.5);
  worstGrowth = Math.max(worstGrowth, growth);
  console.log(
    `| ${adversary.name} | ${adversary.lang} | ${small.best.toFixed(1)} | ${large.best.toFixed(1)} | ${growth.toFixed(1)}× | ${(large.bytes / 1e6 / (large.best / 1000)).toFixed(1)} |`,
  );
}
console.log(
  `\nWorst growth from 20 KB to 200 KB: ${worstGrowth.toFixed(1)}× (10× is linear, 100× would be quadratic).`,
);
