import type { FigureKind, Interval, Qualifier } from "./types";

// Half away from zero on exact tenths: 0.9 × 25 is 22.5 and rounds to 23, whatever the
// binary floating point makes of 0.9.
function roundTenths(n: number, tenths: number): number {
  return Math.round((n * tenths) / 10);
}

/**
 * The interval a qualified number allows (spec/figures.md section 1). Counts are whole:
 * "more than 30" is 31 or more. Percentages, money and measures are not, so "more than 30%"
 * keeps 30 as its bound.
 */
export function intervalFor(qualifier: Exclude<Qualifier, "range" | "vague">, n: number, kind: FigureKind): Interval {
  const whole = kind === "count";
  switch (qualifier) {
    case "exact":
      return { low: n, high: n };
    case "at_least":
      return { low: n, high: null };
    case "more_than":
      return { low: whole ? n + 1 : n, high: null };
    case "at_most":
      return { low: null, high: n };
    case "less_than":
      return { low: null, high: whole ? n - 1 : n };
    case "about":
      return { low: roundTenths(n, 9), high: roundTenths(n, 11) };
    case "nearly":
      // "nearly 5" is 4, "nearly 1" is 0: never a low above the high (spec v2).
      return { low: Math.min(roundTenths(n, 9), n - 1), high: n - 1 };
  }
}

/** Do two intervals share at least one value? */
export function overlaps(a: Interval, b: Interval): boolean {
  return (
    (a.high === null || b.low === null || b.low <= a.high) && (b.high === null || a.low === null || a.low <= b.high)
  );
}

/** Is every value of `upper` above every value of `lower`? */
export function isWhollyAbove(upper: Interval, lower: Interval): boolean {
  return upper.low !== null && lower.high !== null && upper.low > lower.high;
}

/** The values all intervals allow, or null when they share none. */
export function intersect(intervals: readonly Interval[]): Interval | null {
  if (intervals.length === 0) return null;
  let low: number | null = null;
  let high: number | null = null;
  for (const i of intervals) {
    if (i.low !== null) low = low === null ? i.low : Math.max(low, i.low);
    if (i.high !== null) high = high === null ? i.high : Math.min(high, i.high);
  }
  return low !== null && high !== null && low > high ? null : { low, high };
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return a.low === b.low && a.high === b.high;
}
