// The pieces of running text the explanations are built from: a source as the subject of a
// sentence, a small count spelled out, a list joined with "and".
import type { Locale } from "@/lib/i18n/locale";
import { FIGURE_MESSAGES } from "@/lib/i18n/messages/figure";

/**
 * A source's name as the subject of a sentence. In English: "the Governor of Hatay province",
 * "the Turkish government", but "Reuters" and "Anadolu Agency": names with a lower-case word in
 * them are common nouns with a complement and take "the"; proper names do not. In French the
 * name stays as the newsroom wrote it: guessing an article means guessing its gender.
 */
export function sourceInSentence(name: string, startOfSentence = false, locale: Locale = "en"): string {
  const trimmed = name.trim();
  if (locale === "fr") return startOfSentence ? capitalized(trimmed) : trimmed;
  const needsArticle = !/^the\s/i.test(trimmed) && /\s[a-z]{2,}/.test(trimmed.replace(/\([^)]*\)/g, ""));
  const phrase = needsArticle ? `the ${trimmed}` : trimmed;
  return startOfSentence ? capitalized(phrase) : phrase;
}

/** "three", "twelve" as digits: small counts in words, as in running text. */
export function countInWords(n: number, locale: Locale = "en"): string {
  return FIGURE_MESSAGES[locale].smallNumbers[n] ?? String(n);
}

/** "A", "A and B", "A, B and C" ("A, B et C"). */
export function listInWords(items: readonly string[], locale: Locale = "en"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${FIGURE_MESSAGES[locale].and} ${items[items.length - 1]}`;
}

/** "Three" from "three". */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
