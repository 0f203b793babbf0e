// How the public pages say a figure, a source and a headline number in a sentence, in the
// reader's language. Numbers follow the reader's locale; sources keep the names they were given.
import type { FigureKind, Interval, Qualifier } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { amountInWords, qualifierInWords } from "@/lib/reading/figure-in-words";

/** The fields of a claim's figure the public sentences need. */
export interface FigureFields extends Interval {
  value: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
  unit: string | null;
}

// "3.7 million" / "3,7 millions" read better than "3,700,000" in a sentence; below a million
// digits are clearer.
const LARGE: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }),
  fr: new Intl.NumberFormat("fr", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }),
};

/** A number as a reader would say it: "29", "1,250", "3.7 million" (or "1 250", "3,7 millions"). */
export function numberInWords(n: number, kind: FigureKind = "count", unit: string | null = null, locale: Locale = "en"): string {
  if (Math.abs(n) < 1_000_000 || (kind === "money" && unit !== null && /^[A-Z]{3}$/.test(unit))) return amountInWords(n, kind, unit, locale);
  const digits = LARGE[locale].format(n);
  if (kind === "percent") return locale === "fr" ? `${digits}\u202f%` : `${digits}%`;
  if (kind === "count" || unit === null) return digits;
  if (kind === "money" && /^[$€£¥]$/.test(unit)) return locale === "fr" ? `${digits} de ${unit}` : `${unit}${digits}`;
  return `${digits} ${unit}`;
}

const BOUND_WORDS: Record<Locale, { any: string; atMost: string; atLeast: string; between: string; and: string }> = {
  en: { any: "any amount", atMost: "at most", atLeast: "at least", between: "between", and: "and" },
  fr: { any: "n'importe quelle quantité", atMost: "au plus", atLeast: "au moins", between: "entre", and: "et" },
};

/** What the source said, in its own terms: "at least 29", "more than 30", "33", "between 40 and 45". */
export function figurePhrase(figure: FigureFields, locale: Locale = "en"): string {
  const say = (n: number) => numberInWords(n, figure.kind, figure.unit, locale);
  if (figure.qualifier === "range" || figure.qualifier === "vague" || figure.value === null) return boundsInWords(figure, figure, locale);
  if (figure.qualifier === "exact") return say(figure.value);
  return `${qualifierInWords(figure.qualifier, locale)} ${say(figure.value)}`;
}

/** What an interval allows, without "exactly": "33", "at least 31", "at most 9", "between 40 and 45". */
export function boundsInWords(bounds: Interval, figure: Pick<FigureFields, "kind" | "unit"> = { kind: "count", unit: null }, locale: Locale = "en"): string {
  const say = (n: number) => numberInWords(n, figure.kind, figure.unit, locale);
  const words = BOUND_WORDS[locale];
  const { low, high } = bounds;
  if (low === null && high === null) return words.any;
  if (low === null) return `${words.atMost} ${say(high as number)}`;
  if (high === null) return `${words.atLeast} ${say(low)}`;
  if (low === high) return say(low);
  return `${words.between} ${say(low)} ${words.and} ${say(high)}`;
}

/** A headline number, short: "33", "at least 31", "29–33". */
export function headlineInWords(bounds: Interval, figure: Pick<FigureFields, "kind" | "unit"> = { kind: "count", unit: null }, locale: Locale = "en"): string {
  const { low, high } = bounds;
  if (low !== null && high !== null && low !== high) {
    return `${numberInWords(low, figure.kind, figure.unit, locale)}–${numberInWords(high, figure.kind, figure.unit, locale)}`;
  }
  return boundsInWords(bounds, figure, locale);
}

/**
 * A source's name as the subject of a sentence. In English: "the Governor of Hatay province",
 * "the Turkish government", but "Reuters" and "Anadolu Agency": names with a lower-case word in
 * them are common nouns with a complement and take "the"; proper names do not. In French the
 * name stays as the newsroom wrote it: guessing an article means guessing its gender.
 */
export function sourceInSentence(name: string, startOfSentence = false, locale: Locale = "en"): string {
  const trimmed = name.trim();
  if (locale === "fr") return startOfSentence ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
  const needsArticle = !/^the\s/i.test(trimmed) && /\s[a-z]{2,}/.test(trimmed.replace(/\([^)]*\)/g, ""));
  const phrase = needsArticle ? `the ${trimmed}` : trimmed;
  return startOfSentence ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

const SMALL_NUMBERS: Record<Locale, readonly string[]> = {
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
};

/** "three", "twelve" as digits: small counts in words, as in running text. */
export function countInWords(n: number, locale: Locale = "en"): string {
  return SMALL_NUMBERS[locale][n] ?? String(n);
}

/** "A", "A and B", "A, B and C" ("A, B et C"). */
export function listInWords(items: readonly string[], locale: Locale = "en"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${locale === "fr" ? "et" : "and"} ${items[items.length - 1]}`;
}

/** "Three" from "three". */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
