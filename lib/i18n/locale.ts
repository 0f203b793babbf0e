// The two languages of the interface. Quotes keep the language they were said in; everything
// around them (labels, sentences, numbers, dates) follows the reader's choice.

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the language switch sets; it wins over the browser's Accept-Language. */
export const LOCALE_COOKIE = "ct-lang";

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/**
 * The reader's language from an Accept-Language header: the supported language with the highest
 * weight ("fr-CA,fr;q=0.9,en;q=0.8" is French), English when none is supported or the header is
 * missing or malformed.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; weight: number } | null = null;
  for (const part of header.slice(0, 1_000).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const language = tag.trim().toLowerCase().split("-")[0];
    if (!isLocale(language)) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(weight) || weight <= 0 || weight > 1) continue;
    if (!best || weight > best.weight) best = { locale: language, weight };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

/** Messages in both languages: one object per feature, the French one checked against the English keys. */
export type Messages<T> = { en: T; fr: T };

/**
 * Words not translated yet (the staff pages): English only for now. French goes beside it, key
 * for key, and the catalogue becomes a `Messages<T>`; until then a French reader reads English.
 */
export type EnglishMessages<T> = { en: T; fr?: T };
export const englishOnly = <T>(en: T): EnglishMessages<T> => ({ en });

/** Any catalogue of words, whole or English only. */
export type Catalogue<T> = Messages<T> | EnglishMessages<T>;

/** A catalogue's words in a language, English where it has none in that language yet. */
export function messagesIn<T>(catalogue: Catalogue<T>, locale: Locale): T {
  return catalogue[locale] ?? catalogue.en;
}
