// The geometry of the range chart: one number line shared by every claim, pure so a unit test
// can check the scale, the ticks and where each bar lands without rendering anything.
import type { Locale } from "@/lib/i18n/locale";

export type RangeRelation = "agrees" | "conflict" | "revised" | "superseded";

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

const formats = (locale: Locale) => ({
  plain: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
  compact: new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 2 }),
  compactLong: new Intl.NumberFormat(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }),
});
const FORMATS: Record<Locale, ReturnType<typeof formats>> = { en: formats("en"), fr: formats("fr") };

/** A tick label: "29", "1,000", "25K", "3.7M" ("1 000", "25 k", "3,7 M"). Digits stay exact below ten thousand. */
export function formatTick(n: number, locale: Locale = "en"): string {
  return Math.abs(n) >= 10_000 ? FORMATS[locale].compact.format(n) : FORMATS[locale].plain.format(n);
}

/** A number in a sentence: "1,250", "3.7 million". */
export function formatNumber(n: number, locale: Locale = "en"): string {
  return Math.abs(n) >= 1_000_000 ? FORMATS[locale].compactLong.format(n) : FORMATS[locale].plain.format(n);
}

/** The chart's words in one language. */
const CHART_WORDS: Record<Locale, {
  any: string;
  orFewer: string;
  orMore: string;
  to: string;
  tags: Record<RangeRelation, string | null>;
  relations: Record<RangeRelation, string>;
  unit: (unit: string) => string;
  consensus: (range: string) => string;
  noConsensus: string;
  band: (range: string) => string;
}> = {
  en: {
    any: "any amount",
    orFewer: "or fewer",
    orMore: "or more",
    to: "to",
    tags: { agrees: null, conflict: "conflicts", revised: "revised", superseded: "superseded" },
    relations: {
      agrees: "",
      conflict: ", in conflict with another source",
      revised: ", later revised upwards",
      superseded: ", superseded by the same source's later figure",
    },
    unit: (unit) => `Figures in ${unit}.`,
    consensus: (range) => `Consensus: ${range}.`,
    noConsensus: "No figure is shared by every source.",
    band: (range) => `all agree: ${range}`,
  },
  fr: {
    any: "n'importe quelle quantité",
    orFewer: "ou moins",
    orMore: "ou plus",
    to: "à",
    tags: { agrees: null, conflict: "contradiction", revised: "révisé", superseded: "remplacé" },
    relations: {
      agrees: "",
      conflict: ", en contradiction avec une autre source",
      revised: ", révisé à la hausse ensuite",
      superseded: ", remplacé par un chiffre plus récent de la même source",
    },
    unit: (unit) => `Chiffres en ${unit}.`,
    consensus: (range) => `Consensus : ${range}.`,
    noConsensus: "Aucun chiffre n'est admis par toutes les sources.",
    band: (range) => `tous d'accord : ${range}`,
  },
};

/** A range as a screen reader and the band label say it: "31 or more", "29 to 33", "33". */
export function rangeInWords({ low, high }: RangeBounds, locale: Locale = "en"): string {
  const words = CHART_WORDS[locale];
  const say = (n: number) => formatNumber(n, locale);
  if (low === null && high === null) return words.any;
  if (low === null) return `${say(high as number)} ${words.orFewer}`;
  if (high === null) return `${say(low)} ${words.orMore}`;
  if (low === high) return say(low);
  return `${say(low)} ${words.to} ${say(high)}`;
}

/** Every row in words, then the consensus: the chart's text alternative. */
export function chartDescription(rows: readonly RangeRow[], consensus: RangeBounds | null, unit: string | null, locale: Locale = "en"): string {
  const words = CHART_WORDS[locale];
  const parts: string[] = [];
  if (unit) parts.push(words.unit(unit));
  for (const r of rows) parts.push(`${r.label}: ${rangeInWords(r, locale)}${words.relations[r.relation]}.`);
  parts.push(consensus ? words.consensus(rangeInWords(consensus, locale)) : words.noConsensus);
  return parts.join(" ");
}

// ---- Geometry ---------------------------------------------------------------------------

export type RangeVariant = "wide" | "narrow";

interface VariantMetrics {
  width: number;
  /** Where the plot starts and ends, in viewBox units. */
  plotLeft: number;
  plotRight: number;
  labelWidth: number;
  fontSize: number;
  lineHeight: number;
  /** Labels sit in a column at the left (wide) or on their own line above the bar (narrow). */
  labelsAbove: boolean;
}

const METRICS: Record<RangeVariant, VariantMetrics> = {
  wide: { width: 720, plotLeft: 224, plotRight: 700, labelWidth: 200, fontSize: 14, lineHeight: 18, labelsAbove: false },
  narrow: { width: 340, plotLeft: 14, plotRight: 326, labelWidth: 312, fontSize: 13, lineHeight: 17, labelsAbove: true },
};

// System sans-serif averages a little over half an em per character; a safe guess for wrapping.
// Labels are bold, so a little wider than that.
const CHAR_WIDTH_EM = 0.6;

/** A label broken into lines that fit `maxWidth`, at most `maxLines`, the last one shortened with "…". */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const perLine = Math.max(4, Math.floor(maxWidth / (fontSize * CHAR_WIDTH_EM)));
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= perLine || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] as string;
  kept[maxLines - 1] = `${last.slice(0, perLine - 1).trimEnd()}…`;
  return kept;
}

export interface RowGeometry extends RangeRow {
  /** Label lines and their baselines; the tag ("conflicts") follows the last line or sits below it. */
  lines: Array<{ text: string; y: number }>;
  labelX: number;
  tag: { text: string; inline: boolean; x: number; y: number } | null;
  barY: number;
  x1: number;
  x2: number;
  arrowLeft: boolean;
  arrowRight: boolean;
  exact: boolean;
}

export interface RangeChartLayout {
  variant: RangeVariant;
  width: number;
  height: number;
  fontSize: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  axisY: number;
  domain: RangeDomain;
  ticks: Array<{ value: number; x: number; label: string }>;
  band: { x1: number; x2: number; label: string; labelX: number; labelY: number; anchor: "start" | "middle" | "end" } | null;
  rows: RowGeometry[];
  unitLabel: { text: string; x: number; y: number } | null;
}

const BAND_MIN_WIDTH = 6;

/** Where everything goes in one variant of the chart, in viewBox units. */
export function layoutRangeChart(
  rows: readonly RangeRow[],
  consensus: RangeBounds | null,
  unit: string | null,
  variant: RangeVariant,
  locale: Locale = "en",
): RangeChartLayout {
  const m = METRICS[variant];
  const domain = rangeDomain(rows, consensus);
  // To a hundredth of a unit: finer than a screen shows, and no 121.63999999999999 in the page.
  const scale = (v: number) => Math.round((m.plotLeft + ((v - domain.min) / (domain.max - domain.min)) * (m.plotRight - m.plotLeft)) * 100) / 100;
  const textWidth = (s: string, size = m.fontSize) => s.length * size * CHAR_WIDTH_EM;
  const tagSize = m.fontSize - 1;

  const hasBand = consensus !== null && (consensus.low !== null || consensus.high !== null);
  const plotTop = hasBand ? m.lineHeight + 10 : 6;
  let y = plotTop + 8;

  const laidOut: RowGeometry[] = rows.map((row) => {
    const tagText = CHART_WORDS[locale].tags[row.relation];
    const wrapped = wrapLabel(row.label, m.labelWidth, m.fontSize);
    const lastLine = wrapped[wrapped.length - 1] ?? "";
    const tagInline = tagText !== null && textWidth(`${lastLine}  `) + textWidth(tagText, tagSize) + 12 <= m.labelWidth;
    const lineCount = wrapped.length + (tagText !== null && !tagInline ? 1 : 0);
    const labelHeight = lineCount * m.lineHeight;

    let lineTop: number;
    let barY: number;
    let rowHeight: number;
    if (m.labelsAbove) {
      lineTop = y;
      barY = y + labelHeight + 8;
      rowHeight = labelHeight + 8 + 16;
    } else {
      rowHeight = Math.max(labelHeight, m.lineHeight) + 18;
      barY = y + rowHeight / 2;
      lineTop = barY - labelHeight / 2;
    }
    const labelX = m.labelsAbove ? m.plotLeft : m.plotLeft - m.labelWidth - 14;
    // A baseline sits about a quarter of the line height above the line's bottom.
    const lines = wrapped.map((text, i) => ({ text, y: lineTop + (i + 1) * m.lineHeight - m.lineHeight * 0.27 }));
    let tag: RowGeometry["tag"] = null;
    if (tagText !== null) {
      const last = lines[lines.length - 1];
      tag = tagInline && last
        ? { text: tagText, inline: true, x: labelX + textWidth(`${last.text}  `), y: last.y }
        : { text: tagText, inline: false, x: labelX, y: lineTop + lineCount * m.lineHeight - m.lineHeight * 0.27 };
    }
    y += rowHeight;

    const x1 = row.low === null ? m.plotLeft : scale(row.low);
    const x2 = row.high === null ? m.plotRight : scale(row.high);
    return {
      ...row,
      lines,
      labelX,
      tag,
      barY,
      x1,
      x2,
      arrowLeft: row.low === null,
      arrowRight: row.high === null,
      exact: row.low !== null && row.low === row.high,
    };
  });

  const axisY = y + 4;
  const ticks = domain.ticks.map((value) => ({ value, x: scale(value), label: formatTick(value, locale) }));

  let band: RangeChartLayout["band"] = null;
  if (hasBand && consensus) {
    let x1 = consensus.low === null ? m.plotLeft : scale(consensus.low);
    let x2 = consensus.high === null ? m.plotRight : scale(consensus.high);
    if (x2 - x1 < BAND_MIN_WIDTH) {
      const mid = (x1 + x2) / 2;
      x1 = mid - BAND_MIN_WIDTH / 2;
      x2 = mid + BAND_MIN_WIDTH / 2;
    }
    const label = CHART_WORDS[locale].band(rangeInWords(consensus, locale));
    const half = textWidth(label) / 2;
    const mid = (x1 + x2) / 2;
    // Centre the label over the band, but keep it inside the plot.
    let anchor: "start" | "middle" | "end" = "middle";
    let labelX = mid;
    if (mid - half < m.plotLeft) {
      anchor = "start";
      labelX = Math.max(x1, m.plotLeft);
    } else if (mid + half > m.plotRight) {
      anchor = "end";
      labelX = Math.min(x2, m.plotRight);
    }
    band = { x1, x2, label, labelX, labelY: plotTop - 8, anchor };
  }

  const tickLabelY = axisY + m.fontSize + 8;
  const unitLabel = unit ? { text: unit, x: m.plotRight, y: tickLabelY + m.lineHeight + 2 } : null;
  const height = (unitLabel ? unitLabel.y : tickLabelY) + 8;

  return {
    variant,
    width: m.width,
    height: Math.round(height),
    fontSize: m.fontSize,
    plotLeft: m.plotLeft,
    plotRight: m.plotRight,
    plotTop,
    axisY,
    domain,
    ticks,
    band,
    rows: laidOut,
    unitLabel,
  };
}
