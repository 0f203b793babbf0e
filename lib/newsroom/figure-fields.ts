// The claim form's figure fields, worked out from what the engine found or from what the editor
// typed. Pure: no React, so the claim form and the paste page share it.
import { intervalFor } from "@/lib/figures";
import type { Figure, FigureKind, Qualifier } from "@/lib/figures/types";

export interface FigureFieldValues {
  quote: string;
  value: string;
  qualifier: string;
  low: string;
  high: string;
  kind: string;
  unit: string;
}

const numberText = (n: number | null) => (n === null ? "" : String(n));

/** The form's fields for a figure the engine found. */
export function figureFieldValues(figure: Figure): FigureFieldValues {
  return {
    quote: figure.quote,
    value: numberText(figure.value),
    qualifier: figure.qualifier,
    low: numberText(figure.low),
    high: numberText(figure.high),
    kind: figure.kind,
    unit: figure.unit ?? "",
  };
}

const QUALIFIERS_WITH_BOUNDS = new Set(["exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly"]);
const KINDS = new Set(["count", "percent", "money", "measure"]);

/**
 * The bounds a value and a qualifier imply ("more than 30" soldiers: 31 or more), or null when
 * they imply none (a range, a vague amount, a value that is not a number): the editor's own
 * bounds then stand.
 */
export function boundsFor(value: string, qualifier: string, kind: string): { low: string; high: string } | null {
  const n = Number(value.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
  if (value.trim() === "" || !Number.isFinite(n) || !QUALIFIERS_WITH_BOUNDS.has(qualifier) || !KINDS.has(kind))
    return null;
  const interval = intervalFor(qualifier as Exclude<Qualifier, "range" | "vague">, n, kind as FigureKind);
  return { low: numberText(interval.low), high: numberText(interval.high) };
}
