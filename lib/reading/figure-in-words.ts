import type { Figure, FigureKind, Qualifier } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";

// Numbers follow the reader's language, whatever the language of the text: "3,700,000" for an
// English reader, "3 700 000" for a French one; the quote stays visible beside them as written.
const NUMBER: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en", { maximumFractionDigits: 2 }),
  fr: new Intl.NumberFormat("fr", { maximumFractionDigits: 2 }),
};

const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
  en: {
    exact: "exactly",
    at_least: "at least",
    more_than: "more than",
    at_most: "at most",
    less_than: "less than",
    about: "about",
    nearly: "nearly",
    range: "a range",
    vague: "a vague amount",
  },
  fr: {
    exact: "exactement",
    at_least: "au moins",
    more_than: "plus de",
    at_most: "au plus",
    less_than: "moins de",
    about: "environ",
    nearly: "près de",
    range: "une fourchette",
    vague: "une quantité vague",
  },
};

const INTERVAL_WORDS: Record<Locale, { any: string; orFewer: string; orLess: string; orMore: string; exactly: string; between: string; and: string }> = {
  en: { any: "any amount", orFewer: "or fewer", orLess: "or less", orMore: "or more", exactly: "exactly", between: "between", and: "and" },
  fr: { any: "n'importe quelle quantité", orFewer: "ou moins", orLess: "ou moins", orMore: "ou plus", exactly: "exactement", between: "entre", and: "et" },
};

const KIND_WORDS: Record<Locale, Record<FigureKind, string>> = {
  en: { count: "count", percent: "percentage", money: "money", measure: "measure" },
  fr: { count: "nombre", percent: "pourcentage", money: "somme d'argent", measure: "mesure" },
};

/** "at least", "more than"...: the qualifier as a reader would say it. */
export function qualifierInWords(qualifier: Qualifier, locale: Locale = "en"): string {
  return QUALIFIER_WORDS[locale][qualifier];
}

/** "count", "percentage"...: what sort of figure it is. */
export function kindInWords(kind: FigureKind, locale: Locale = "en"): string {
  return KIND_WORDS[locale][kind];
}

/** What the figure allows, in words: "29 or more", "between 40 and 45", "exactly 30". */
export function intervalInWords(figure: Pick<Figure, "low" | "high" | "kind" | "unit">, locale: Locale = "en"): string {
  const { low, high } = figure;
  const words = INTERVAL_WORDS[locale];
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
  const digits = NUMBER[locale].format(n);
  // French sets the sign apart with a narrow no-break space: "12 %", "25 €".
  if (kind === "percent") return locale === "fr" ? `${digits}\u202f%` : `${digits}%`;
  if (kind === "count" || unit === null) return digits;
  if (kind === "money") return moneyInWords(n, unit, locale) ?? `${digits} ${unit}`;
  return `${digits} ${unit}`;
}

function moneyInWords(n: number, unit: string, locale: Locale): string | null {
  if (/^[$€£¥]$/.test(unit)) return locale === "fr" ? `${NUMBER.fr.format(n)}\u00a0${unit}` : `${unit}${NUMBER.en.format(n)}`;
  if (!/^[A-Z]{3}$/.test(unit)) return null;
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: unit,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(n);
  } catch {
    // An unknown code ("XYZ") is still worth showing as written.
    return null;
  }
}
