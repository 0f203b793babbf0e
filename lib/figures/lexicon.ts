import type { Lang, Qualifier } from "./types";

/** What a number word does in the grammar of spelled-out numbers. */
export type NumberWordRole = "unit" | "ten" | "hundred" | "scale" | "dozen";

export interface NumberWord {
  value: number;
  role: NumberWordRole;
}

/**
 * Everything the engine knows about one language, as plain data. The scanner in
 * `find-figures.ts` is the same for every language; only these tables differ.
 */
export interface Lexicon {
  lang: Lang;
  /** A numeral written in digits, with this language's thousands and decimal marks (sticky). */
  digitNumeral: RegExp;
  /** Turns the text matched by `digitNumeral` into a decimal string JavaScript can read. */
  digitsToDecimal(raw: string): string | null;

  /** Spelled-out numbers: "twenty", "nine", "hundred", "million"... */
  numberWords: ReadonlyMap<string, NumberWord>;
  /** Word joining tens and units or hundreds and the rest: "and" (one hundred and ten), "et" (vingt et un). */
  numberJoiner: string;
  /** May `joiner` stand between these two parts? */
  joinerAllowed(before: number, after: string): boolean;
  /** Articles that make a scale word a number: "a hundred", "un million". */
  scaleArticles: readonly string[];
  /** Words that stand for 1 only in numeric company: "un", "une"; English "a" is never one alone. */
  articleOnes: readonly string[];

  /** Multipliers written after digits: "3,7 millions", "$2.5bn". `needsCurrency` for "m" and "k". */
  scales: ReadonlyMap<string, { factor: number; needsCurrency: boolean }>;

  /** "une dizaine", "a dozen": an approximate amount led by an article. */
  approxNouns: ReadonlyMap<string, number>;
  /** "dozens", "des centaines": a vague amount, with its interval. */
  vagueAmounts: ReadonlyMap<string, { low: number; high: number; needsDeterminer: boolean }>;
  /** Words that lead a vague amount and belong to its quote: "des", "plusieurs", "several". */
  vagueDeterminers: readonly string[];
  /** Vague amounts that only count when multiplied: English "tens" (of thousands). */
  multipliedOnly: readonly string[];
  /** "de milliers", "of thousands": multiplies a vague or approximate amount. */
  ofWord: string;

  /** Cues before a number, with the qualifier they give it. */
  prefixCues: ReadonlyMap<string, Qualifier>;
  /** Cues after a number: "or more", "environ", "+". */
  suffixCues: ReadonlyMap<string, Qualifier>;

  /** Range words: "between A and B", "from A to B", "A to B". */
  range: { between: string; and: string; from: string; to: string };
  /** Verbs of change before "from A to B": then A and B are two figures, not a range. */
  changeWords: readonly string[];

  percentWords: readonly string[];
  /** Currency words after a number, with ISO codes. */
  currencyAfter: ReadonlyMap<string, string>;
  measureUnits: readonly string[];

  months: readonly string[];
  /** Month names must start with a capital in English ("May" vs "may"). */
  monthsCaseSensitive: boolean;
  weekdays: readonly string[];
  /** Words after which a small spelled-out number is part of the noun phrase: "the two presidents". */
  determiners: readonly string[];
  /** Words whose number is a name: "Resolution 2254", "Boeing 737", "Article 5". */
  designationWords: readonly string[];
  /** Words before which a number is a clock time: "à 23 h", "vers 10 heures". */
  clockPrepositions: readonly string[];
  /** Words that keep "N h" a duration: "en 24 h", "pendant 48 h". */
  durationPrepositions: readonly string[];
  /** Noun phrases that follow a number but are not what is counted. */
  unitStopWords: ReadonlySet<string>;
}

export function wordTable(entries: Record<string, number>, role: NumberWordRole): [string, NumberWord][] {
  return Object.entries(entries).map(([word, value]) => [word, { value, role }]);
}

// Words written alike in English and French, shared by both lexicons.

/** Symbols of power and energy units: "40 MW", "3 TWh". */
export const ENERGY_SYMBOLS = ["mw", "gw", "kw", "kwh", "gwh", "twh"];

/** Names that make the number after them a name, not a count: stock indices ("CAC 40") and arms ("Leopard 2"). */
export const NAMES_BEFORE_A_DESIGNATION = [
  "ftse",
  "cac",
  "dax",
  "nikkei",
  "s&p",
  "stoxx",
  "leopard",
  "challenger",
  "patriot",
  "mirage",
  "leclerc",
  "merkava",
];
