/** The languages the figures engine reads. */
export type Lang = "en" | "fr";

/** How a source qualified its number (spec/figures.md section 1). */
export const QUALIFIERS = [
  "exact",
  "at_least",
  "more_than",
  "at_most",
  "less_than",
  "about",
  "nearly",
  "range",
  "vague",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type FigureKind = "count" | "percent" | "money" | "measure";

/** One number a source stated, turned into an interval. `null` bounds are unbounded. */
export interface Figure {
  quote: string;
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
  unit: string | null;
}

/** A figure as it is stored with its claim: without its place in the text it was read from. */
export type StoredFigure = Omit<Figure, "start" | "end">;

/** Inclusive interval; `null` means unbounded on that side. */
export interface Interval {
  low: number | null;
  high: number | null;
}
