// How the public pages say a figure, a source and a headline number in an English sentence.
import type { FigureKind, Interval, Qualifier } from "@/lib/figures/types";
import { qualifierInWords } from "@/lib/reading/figure-in-words";

/** The fields of a claim's figure the public sentences need. */
export interface FigureFields extends Interval {
  value: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
  unit: string | null;
}

const DIGITS = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });
// "3.7 million" reads better than "3,700,000" in a sentence; below a million digits are clearer.
const LARGE = new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 });

/** A number as a reader would say it: "29", "1,250", "3.7 million". */
export function numberInWords(n: number, kind: FigureKind = "count", unit: string | null = null): string {
  const digits = Math.abs(n) >= 1_000_000 ? LARGE.format(n) : DIGITS.format(n);
  if (kind === "percent") return `${digits}%`;
  if (kind === "count" || unit === null) return digits;
  if (kind === "money" && /^[$€£¥]$/.test(unit)) return `${unit}${digits}`;
  return `${digits} ${unit}`;
}

/** What the source said, in its own terms: "at least 29", "more than 30", "33", "between 40 and 45". */
export function figurePhrase(figure: FigureFields): string {
  const say = (n: number) => numberInWords(n, figure.kind, figure.unit);
  if (figure.qualifier === "range" || figure.qualifier === "vague" || figure.value === null) return boundsInWords(figure, figure);
  if (figure.qualifier === "exact") return say(figure.value);
  return `${qualifierInWords(figure.qualifier)} ${say(figure.value)}`;
}

/** What an interval allows, without "exactly": "33", "at least 31", "at most 9", "between 40 and 45". */
export function boundsInWords(bounds: Interval, figure: Pick<FigureFields, "kind" | "unit"> = { kind: "count", unit: null }): string {
  const say = (n: number) => numberInWords(n, figure.kind, figure.unit);
  const { low, high } = bounds;
  if (low === null && high === null) return "any amount";
  if (low === null) return `at most ${say(high as number)}`;
  if (high === null) return `at least ${say(low)}`;
  if (low === high) return say(low);
  return `between ${say(low)} and ${say(high)}`;
}

/** A headline number, short: "33", "at least 31", "29–33". */
export function headlineInWords(bounds: Interval, figure: Pick<FigureFields, "kind" | "unit"> = { kind: "count", unit: null }): string {
  const { low, high } = bounds;
  if (low !== null && high !== null && low !== high) {
    return `${numberInWords(low, figure.kind, figure.unit)}–${numberInWords(high, figure.kind, figure.unit)}`;
  }
  return boundsInWords(bounds, figure);
}

/**
 * A source's name as the subject of a sentence: "the Governor of Hatay province", "the Turkish
 * government", but "Reuters" and "Anadolu Agency". Names with a lower-case word in them are
 * common nouns with a complement and take "the"; proper names do not.
 */
export function sourceInSentence(name: string, startOfSentence = false): string {
  const trimmed = name.trim();
  const needsArticle = !/^the\s/i.test(trimmed) && /\s[a-z]{2,}/.test(trimmed.replace(/\([^)]*\)/g, ""));
  const phrase = needsArticle ? `the ${trimmed}` : trimmed;
  return startOfSentence ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

const SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "three", "twelve" as digits: small counts in words, as in running text. */
export function countInWords(n: number): string {
  return SMALL_NUMBERS[n] ?? String(n);
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
