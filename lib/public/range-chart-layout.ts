// The geometry of the range chart: one number line shared by every claim, pure so a unit test
// can check the scale, the ticks and where each bar lands without rendering anything.
import type { Locale } from "@/lib/i18n/locale";
import { CHART_MESSAGES } from "@/lib/i18n/messages/chart";

// A retracted figure stays on the chart, drawn hollow and named as such, beside the figures that
// count: it is never in the consensus.
export type RangeRelation = "agrees" | "conflict" | "revised" | "superseded" | "retracted";

export interface RangeRow {
  id: string;
  label: string;
  low: number | null;
  high: number | null;
  relation: RangeRelation;
}

export interface RangeBounds {
  low: number | null;
  high: number | null;
}

export interface RangeDomain {
  min: number;
  max: number;
  step: number;
  ticks: number[];
  /** False when no claim gives a finite bound: the axis then has no scale worth printing. */
  hasScale: boolean;
}

/** The width of the axis in tick steps is kept between these, so it reads at a glance. */
const MIN_TICKS = 4;
const MAX_TICKS = 6;

function finiteValues(rows: readonly RangeBounds[]): number[] {
  const values: number[] = [];
  for (const r of rows) {
    if (r.low !== null && Number.isFinite(r.low)) values.push(r.low);
    if (r.high !== null && Number.isFinite(r.high)) values.push(r.high);
  }
  return values;
}

// Steps of 1, 2, 2.5 and 5 times a power of ten: the ones a reader counts in without effort.
function candidateSteps(span: number): number[] {
  const power = Math.floor(Math.log10(span / MAX_TICKS));
  const steps: number[] = [];
  for (let p = power - 1; p <= power + 1; p++) {
    for (const m of [1, 2, 2.5, 5]) steps.push(m * 10 ** p);
  }
  return steps;
}

// Floating-point dust (0.30000000000000004) would leak into tick labels; round to the step.
function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(decimals, 12)));
}

/**
 * The axis range and its ticks, from the finite bounds of the claims and the consensus. An
 * open bound needs room to run to the edge of the axis, so the side it points to gets more
 * padding. Counts never go below zero on the axis.
 */
export function rangeDomain(rows: readonly RangeBounds[], consensus: RangeBounds | null = null): RangeDomain {
  const all = consensus ? [...rows, consensus] : [...rows];
  const values = finiteValues(all);
  if (values.length === 0) return { min: 0, max: 1, step: 1, ticks: [], hasScale: false };

  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const openLow = rows.some((r) => r.low === null);
  const openHigh = rows.some((r) => r.high === null);

  let span = hi - lo;
  let min: number;
  let max: number;
  if (span === 0) {
    // One value: show a window around it, a tenth of the value either side (at least 1).
    span = Math.max(Math.abs(lo) * 0.1, 1);
    min = lo - span * (openLow ? 1.6 : 1);
    max = hi + span * (openHigh ? 1.6 : 1);
  } else {
    min = lo - span * (openLow ? 0.35 : 0.1);
    max = hi + span * (openHigh ? 0.35 : 0.1);
  }
  if (lo >= 0 && min < 0) min = 0;

  let chosen = { min, max, step: 1, count: 0, score: Infinity };
  for (const step of candidateSteps(max - min)) {
    const niceMin = Math.floor(min / step + 1e-9) * step;
    const niceMax = Math.ceil(max / step - 1e-9) * step;
    const count = Math.round((niceMax - niceMin) / step) + 1;
    const fits = count >= MIN_TICKS && count <= MAX_TICKS;
    // Prefer a count that fits, then five ticks, then the least wasted axis.
    const score = (fits ? 0 : 100) + Math.abs(count - 5) + (niceMax - niceMin) / (max - min);
    if (score < chosen.score) chosen = { min: niceMin, max: niceMax, step, count, score };
  }
  const ticks: number[] = [];
  for (let i = 0; i < chosen.count; i++) ticks.push(roundToStep(chosen.min + i * chosen.step, chosen.step));
  return {
    min: roundToStep(chosen.min, chosen.step),
    max: roundToStep(chosen.max, chosen.step),
    step: chosen.step,
    ticks,
    hasScale: true,
  };
}

// Number formats, one set per language. Code rather than words (Intl knows how each language
// writes 3.7M), so they stay beside the chart they serve; the chart's words are in
// lib/i18n/messages/chart.ts.
const formats = (locale: Locale) => ({
  plain: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
  compact: new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 2 }),
  compactLong: new Intl.NumberFormat(locale, {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 2,
  }),
});
const FORMATS: Record<Locale, ReturnType<typeof formats>> = {
  en: formats("en"),
  fr: formats("fr"),
};

/** A tick label: "29", "1,000", "25K", "3.7M" ("1 000", "25 k", "3,7 M"). Digits stay exact below ten thousand. */
export function formatTick(n: number, locale: Locale = "en"): string {
  return Math.abs(n) >= 10_000 ? FORMATS[locale].compact.format(n) : FORMATS[locale].plain.format(n);
}

/** A number in a sentence: "1,250", "3.7 million". */
export function formatNumber(n: number, locale: Locale = "en"): string {
  return Math.abs(n) >= 1_000_000 ? FORMATS[locale].compactLong.format(n) : FORMATS[locale].plain.format(n);
}

/** A range as a screen reader and the band label say it: "31 or more", "29 to 33", "33". */
export function rangeInWords({ low, high }: RangeBounds, locale: Locale = "en"): string {
  const words = CHART_MESSAGES[locale];
  const say = (n: number) => formatNumber(n, locale);
  if (low === null && high === null) return words.any;
  if (low === null) return `${say(high as number)} ${words.orFewer}`;
  if (high === null) return `${say(low)} ${words.orMore}`;
  if (low === high) return say(low);
  return `${say(low)} ${words.to} ${say(high)}`;
}

/** Every row in words, then the consensus: the chart's text alternative. */
export function chartDescription(
  rows: readonly RangeRow[],
  consensus: RangeBounds | null,
  unit: string | null,
  locale: Locale = "en",
): string {
  const words = CHART_MESSAGES[locale];
  const parts: string[] = [];
  if (unit) parts.push(words.unit(unit));
  for (const r of rows) parts.push(`${r.label}: ${rangeInWords(r, locale)}${words.relations[r.relation]}.`);
  parts.push(consensus ? words.consensus(rangeInWords(consensus, locale)) : words.noConsensus);
  return parts.join(" ");
}

// ---- Geometry ---------------------------------------------------------------------------
//
// Positions are percentages of the plot's width, so one chart serves every width: CSS lays the
// rows out, with labels beside the bars on a wide screen and above them on a phone, and the
// browser wraps a long source name. (Drawn as an SVG, the chart needed a picture per width.)

export interface RowGeometry extends RangeRow {
  /** Where the bar starts and ends, in percent of the plot; an open bound runs to the edge. */
  from: number;
  to: number;
  openLow: boolean;
  openHigh: boolean;
  exact: boolean;
  /** The word that tells the relation without colour ("conflicts"), or null when it agrees. */
  tag: string | null;
}

export interface RangeChartLayout {
  domain: RangeDomain;
  /** Each tick where it stands, in percent of the plot: evenly spaced, the first at 0 and the last at 100. */
  ticks: Array<{ value: number; at: number; label: string }>;
  band: { from: number; to: number; label: string; anchor: "start" | "middle" | "end" } | null;
  rows: RowGeometry[];
}

/** A band never narrower than this, in percent of the plot, so an exact consensus still shows. */
const BAND_MIN_WIDTH = 1.2;

/** To a hundredth of a percent: finer than a screen shows, and no 12.639999999999999 in the page. */
const hundredths = (n: number) => Math.round(n * 100) / 100;

/** Where every claim, tick and the consensus stand on the chart's one number line. */
export function layoutRangeChart(
  rows: readonly RangeRow[],
  consensus: RangeBounds | null,
  locale: Locale = "en",
): RangeChartLayout {
  const domain = rangeDomain(rows, consensus);
  const at = (v: number) => hundredths(((v - domain.min) / (domain.max - domain.min)) * 100);

  const laidOut: RowGeometry[] = rows.map((row) => ({
    ...row,
    from: row.low === null ? 0 : at(row.low),
    to: row.high === null ? 100 : at(row.high),
    openLow: row.low === null,
    openHigh: row.high === null,
    exact: row.low !== null && row.low === row.high,
    tag: CHART_MESSAGES[locale].tags[row.relation],
  }));

  let band: RangeChartLayout["band"] = null;
  if (consensus && (consensus.low !== null || consensus.high !== null)) {
    let from = consensus.low === null ? 0 : at(consensus.low);
    let to = consensus.high === null ? 100 : at(consensus.high);
    if (to - from < BAND_MIN_WIDTH) {
      // Widened about its middle, and moved inward when that would cross an edge of the plot.
      from = hundredths(Math.min(Math.max(0, (from + to - BAND_MIN_WIDTH) / 2), 100 - BAND_MIN_WIDTH));
      to = hundredths(from + BAND_MIN_WIDTH);
    }
    // Centred over the band when the band's middle leaves it room on both sides (at least 70%
    // of the plot); near an edge it starts where the band starts, or ends where it ends.
    const mid = (from + to) / 2;
    const anchor = mid < 35 ? "start" : mid > 65 ? "end" : "middle";
    band = { from, to, label: CHART_MESSAGES[locale].band(rangeInWords(consensus, locale)), anchor };
  }

  return {
    domain,
    ticks: domain.ticks.map((value) => ({
      value,
      at: at(value),
      label: formatTick(value, locale),
    })),
    band,
    rows: laidOut,
  };
}
