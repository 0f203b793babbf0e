// A figure in words, in the reader's language: its qualifier ("at least"), its kind
// ("percentage"), what its interval allows ("29 or more"), and the figure as its source put it
// in a sentence ("at least 29", "3.7 million"). Numbers follow the reader's locale, whatever the
// language of the text: "3,700,000" for an English reader, "3 700 000" for a French one; the
// quote stays visible beside them as written.
import type { Figure, FigureKind, Interval, Qualifier } from "@/lib/figures/types";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { FIGURE_MESSAGES } from "@/lib/i18n/messages/figure";

/** The fields of a claim's figure the sentences need. */
export interface FigureFields extends Interval {
  value: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
  unit: string | null;
}

/** "at least", "more than"...: the qualifier as a reader would say it. */
export function qualifierInWords(qualifier: Qualifier, locale: Locale = "en"): string {
  return FIGURE_MESSAGES[locale].qualifiers[qualifier];
}

/** "count", "percentage"...: what sort of figure it is. */
export function kindInWords(kind: FigureKind, locale: Locale = "en"): string {
  return FIGURE_MESSAGES[locale].kinds[kind];
}

/** What the figure allows, in words: "29 or more", "between 40 and 45", "exactly 30". */
export function intervalInWords(figure: Pick<Figure, "low" | "high" | "kind" | "unit">, locale: Locale = "en"): string {
  const { low, high } = figure;
  const words = FIGURE_MESSAGES[locale].interval;
  const amount = (n: number) => amountInWords(n, figure.kind, figure.unit, locale);
  if (low === null) {
    if (high === null) return words.any;
    return `${amount(high)} ${figure.kind === "count" ? words.orFewer : words.orLess}`;
  }
  if (high === null) return `${amount(low)} ${words.orMore}`;
  if (low === high) return `${words.exactly} ${amount(low)}`;
  return `${words.between} ${amount(low)} ${words.and} ${amount(high)}`;
}

// A count's unit is the counted noun in the text's own language ("soldats"), shown elsewhere;
// other kinds read wrongly without their unit (30 is not 30%).
export function amountInWords(n: number, kind: FigureKind, unit: string | null, locale: Locale = "en"): string {
  const digits = formatNumber(n, locale);
  // French sets the sign apart with a narrow no-break space: "12 %", "25 €".
  if (kind === "percent") return locale === "fr" ? `${digits}\u202f%` : `${digits}%`;
  if (kind === "count" || unit === null) return digits;
  if (kind === "money") return moneyInWords(n, unit, locale) ?? `${digits} ${unit}`;
  return `${digits} ${unit}`;
}

function moneyInWords(n: number, unit: string, locale: Locale): string | null {
  if (/^[$€£¥]$/.test(unit))
    return locale === "fr" ? `${formatNumber(n, "fr")}\u00a0${unit}` : `${unit}${formatNumber(n, "en")}`;
  if (!/^[A-Z]{3}$/.test(unit)) return null;
  try {
    return formatNumber(n, locale, {
      style: "currency",
      currency: unit,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
  } catch {
    // An unknown code ("XYZ") is still worth showing as written.
    return null;
  }
}

// "3.7 million" / "3,7 millions" read better than "3,700,000" in a sentence; below a million
// digits are clearer.
const LARGE: Intl.NumberFormatOptions = {
  notation: "compact",
  compactDisplay: "long",
  maximumFractionDigits: 2,
};

/** A number as a reader would say it: "29", "1,250", "3.7 million" (or "1 250", "3,7 millions"). */
export function numberInWords(
  n: number,
  kind: FigureKind = "count",
  unit: string | null = null,
  locale: Locale = "en",
): string {
  if (Math.abs(n) < 1_000_000 || (kind === "money" && unit !== null && /^[A-Z]{3}$/.test(unit)))
    return amountInWords(n, kind, unit, locale);
  const digits = formatNumber(n, locale, LARGE);
  if (kind === "percent") return locale === "fr" ? `${digits}\u202f%` : `${digits}%`;
  if (kind === "count" || unit === null) return digits;
  if (kind === "money" && /^[$€£¥]$/.test(unit)) return locale === "fr" ? `${digits} de ${unit}` : `${unit}${digits}`;
  return `${digits} ${unit}`;
}

/** What the source said, in its own terms: "at least 29", "more than 30", "33", "between 40 and 45". */
export function figurePhrase(figure: FigureFields, locale: Locale = "en"): string {
  const say = (n: number) => numberInWords(n, figure.kind, figure.unit, locale);
  if (figure.qualifier === "range" || figure.qualifier === "vague" || figure.value === null)
    return boundsInWords(figure, figure, locale);
  if (figure.qualifier === "exact") return say(figure.value);
  return `${qualifierInWords(figure.qualifier, locale)} ${say(figure.value)}`;
}

/** What an interval allows, without "exactly": "33", "at least 31", "at most 9", "between 40 and 45". */
export function boundsInWords(
  bounds: Interval,
  figure: Pick<FigureFields, "kind" | "unit"> = { kind: "count", unit: null },
  locale: Locale = "en",
): string {
  const say = (n: number) => numberInWords(n, figure.kind, figure.unit, locale);
  const words = FIGURE_MESSAGES[locale].bounds;
  const { low, high } = bounds;
  if (low === null && high === null) return words.any;
  if (low === null) return `${words.atMost} ${say(high as number)}`;
  if (high === null) return `${words.atLeast} ${say(low)}`;
  if (low === high) return say(low);
  return `${words.between} ${say(low)} ${words.and} ${say(high)}`;
}
