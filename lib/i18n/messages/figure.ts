// The words of a figure, in English and French: its qualifier, its kind, what its interval
// allows ("29 or more") and how a sentence bounds it ("at least 29"). lib/explain puts them
// together with the numbers, formatted for the reader's locale.
import type { FigureKind, Qualifier } from "@/lib/figures/types";
import type { Messages } from "../locale";

export interface FigureMessages {
  qualifiers: Record<Qualifier, string>;
  kinds: Record<FigureKind, string>;
  /** What an interval allows: "29 or more", "9 or fewer", "exactly 30", "between 40 and 45". */
  interval: {
    any: string;
    orFewer: string;
    orLess: string;
    orMore: string;
    exactly: string;
    between: string;
    and: string;
  };
  /** An interval in a sentence: "at least 29", "at most 9", "between 40 and 45". */
  bounds: { any: string; atMost: string; atLeast: string; between: string; and: string };
  /** Small counts are spelled out in running text. */
  smallNumbers: readonly string[];
  /** The last link of a list: "A, B and C". */
  and: string;
}

const en: FigureMessages = {
  qualifiers: {
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
  kinds: { count: "count", percent: "percentage", money: "money", measure: "measure" },
  interval: {
    any: "any amount",
    orFewer: "or fewer",
    orLess: "or less",
    orMore: "or more",
    exactly: "exactly",
    between: "between",
    and: "and",
  },
  bounds: {
    any: "any amount",
    atMost: "at most",
    atLeast: "at least",
    between: "between",
    and: "and",
  },
  smallNumbers: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  and: "and",
};

const fr: FigureMessages = {
  qualifiers: {
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
  kinds: { count: "nombre", percent: "pourcentage", money: "somme d'argent", measure: "mesure" },
  interval: {
    any: "n'importe quelle quantité",
    orFewer: "ou moins",
    orLess: "ou moins",
    orMore: "ou plus",
    exactly: "exactement",
    between: "entre",
    and: "et",
  },
  bounds: {
    any: "n'importe quelle quantité",
    atMost: "au plus",
    atLeast: "au moins",
    between: "entre",
    and: "et",
  },
  smallNumbers: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
  and: "et",
};

export const FIGURE_MESSAGES = { en, fr } satisfies Messages<FigureMessages>;
