// The arithmetic of `npm run bench`, kept pure so a unit test can check it: medians of rounds,
// percentiles of samples, ratios and growth, and whether each goal of issue 8 is met.

/** The p-th percentile (0-100) of `values`, nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid)
    ? ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
    : (sorted[Math.floor(mid)] as number);
}

/** a / b, or NaN when either is missing or b is zero. */
export function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return Number.NaN;
  return a / b;
}

/**
 * How much worse a page got from the smallest database to the largest, as a factor >= 1 meaning
 * "this many times slower": throughput that falls from 500 to 400 req/s is 1.25.
 */
export function slowdown(throughputSmall: number, throughputLarge: number): number {
  // Nothing answered at all on the large database: infinitely slower, not "not measured".
  if (throughputLarge === 0 && throughputSmall > 0) return Number.POSITIVE_INFINITY;
  return ratio(throughputSmall, throughputLarge);
}

export type Verdict = "met" | "not met" | "not measured";

/** At least `floor` (a ratio where higher is better). */
export const atLeast = (value: number, floor: number): Verdict =>
  Number.isNaN(value) ? "not measured" : value >= floor ? "met" : "not met";

/** At most `ceiling` (a ratio where lower is better). */
export const atMost = (value: number, ceiling: number): Verdict =>
  Number.isNaN(value) ? "not measured" : value <= ceiling ? "met" : "not met";

/** A number for a table: "1.23", "1,234", "–" for none. */
export function fmt(value: number | undefined, digits = 2): string {
  if (value === undefined || Number.isNaN(value)) return "–";
  if (value === Number.POSITIVE_INFINITY) return "∞";
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en");
  return value.toFixed(digits);
}

/** Bytes for people: "512 B", "12.3 KB", "1.2 MB". */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
