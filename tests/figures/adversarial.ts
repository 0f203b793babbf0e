import type { Lang } from "@/lib/figures/types";

// Texts built to make a reader of figures slow: each is one short unit repeated to any length.
// The units are the shapes that broke readers before: long runs of digits and of separators,
// lists of numbers with no full stop (a day-of-month rule once looked across the whole list for
// a month, and reading "1, 2, 3, …" took time in the square of its length), cues repeated
// without a number, ranges chained into ranges, nested brackets, number words run together.

export interface AdversarialText {
  name: string;
  lang: Lang;
  /** The text at (about) `length` characters. */
  at(length: number): string;
}

function repeated(name: string, lang: Lang, unit: string, tail = ""): AdversarialText {
  return {
    name,
    lang,
    at: (length) => unit.repeat(Math.max(1, Math.ceil(length / unit.length))) + tail,
  };
}

export const ADVERSARIAL_TEXTS: readonly AdversarialText[] = [
  repeated("list of small numbers", "en", "1, 2, "),
  repeated("liste de petits nombres", "fr", "1, 2, "),
  repeated("days with no month", "en", "27-28 and "),
  repeated("jours sans mois", "fr", "du 27 au 28 et "),
  repeated("one long digit run", "en", "9"),
  repeated("digit groups", "fr", "3 700 "),
  repeated("thousands separators", "en", "1,000,"),
  repeated("decimal points", "en", "1."),
  repeated("cues with no number", "en", "at least more than ", "5"),
  repeated("indices sans nombre", "fr", "au moins plus de ", "5"),
  repeated("chained ranges", "en", "between 1 and 2 and "),
  repeated("intervalles enchaînés", "fr", "de 1 à 2 à "),
  repeated("nested brackets", "en", "(", "5 million"),
  repeated("spaces before a scale", "en", " ", "million"),
  repeated("number words", "en", "twenty-one thousand "),
  repeated("nombres en lettres", "fr", "vingt et un mille "),
  repeated("articles", "fr", "un "),
  repeated("percentages", "fr", "5 %, "),
  repeated("money", "en", "$5 million, "),
];

/** Pieces of news copy in both languages, for texts no one wrote. */
export const NEWS_PIECES = [
  "au moins",
  "plus de",
  "more than",
  "at least",
  "between",
  "and",
  "entre",
  "et",
  "to",
  "à",
  "de",
  "du",
  "au",
  "the",
  "of",
  "29",
  "3,7",
  "3.7",
  "3 700",
  "3\u00a0700",
  "1,000",
  "1",
  "millions",
  "million",
  "milliards d'euros",
  "%",
  "per cent",
  "$",
  "€",
  "km",
  "heures",
  "h",
  "février",
  "February",
  "27",
  "2020",
  "F-16",
  "-",
  "–",
  "une dizaine",
  "a dozen",
  "des centaines",
  "hundreds",
  "of thousands",
  "vingt-neuf",
  "twenty-nine",
  "un",
  "one",
  "les",
  "or more",
  "+",
  "environ",
  ".",
  ",",
  "'",
  "’",
  "(",
  "nearly",
  "up to",
  "jusqu'à",
  "from",
  "rose",
  "10:30",
  "23h",
  "p.m.",
  "Street",
  "rue",
  "#",
  "n°",
  "années",
] as const;
