import { before } from "./context";
import type { Grammar } from "./grammar";
import { readSpelledNumber } from "./number-words";
import { normalizePhrase } from "./phrase";
import type { FigureKind } from "./types";

/** A number as read, before its cues: digits or words, with its scale, currency and unit. */
export interface NumberRead {
  /** Start of the quote so far: the number, or its article ("une centaine"), determiner or currency sign. */
  start: number;
  /** First character of the number itself. */
  numberStart: number;
  /** End of the number with its scale word, before any unit. */
  numberEnd: number;
  end: number;
  value: number;
  /** The digits as written, when the number is plain digits with no scale: used to spot days and years. */
  digits: string | null;
  spelled: string[] | null;
  /** Multiplier applied by a scale word ("million"), or 1. */
  factor: number;
  /** "une dizaine", "a dozen": about N unless a cue says otherwise. */
  approximate: boolean;
  /** "des centaines": an interval with no single value. */
  vague: { low: number; high: number } | null;
  /** "un", "une": a number only after a cue ("au moins un mort"). */
  needsCue: boolean;
  currency: string | null;
  kind: FigureKind;
  unit: string | null;
}

const CURRENCY_SIGNS: Record<string, string> = {
  $: "USD",
  US$: "USD",
  C$: "CAD",
  A$: "AUD",
  HK$: "HKD",
  S$: "SGD",
  NZ$: "NZD",
  R$: "BRL",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  "₺": "TRY",
  "₽": "RUB",
  "₩": "KRW",
  "₪": "ILS",
  Rs: "INR",
  "Rs.": "INR",
  USD: "USD",
  EUR: "EUR",
  GBP: "GBP",
  CHF: "CHF",
  JPY: "JPY",
};
const CURRENCY_BEFORE =
  /(?:(?<![\p{L}])(US\$|HK\$|NZ\$|C\$|A\$|S\$|R\$|Rs\.?|USD|EUR|GBP|CHF|JPY)|([$€£¥₹₺₽₩₪]))[\s\u00A0\u202F]?$/u;

function currencyBefore(text: string, at: number, floor: number): { code: string; start: number } | null {
  const left = text.slice(Math.max(floor, at - 6), at);
  const m = CURRENCY_BEFORE.exec(left);
  if (!m) return null;
  const sign = (m[1] ?? m[2]) as string;
  return { code: CURRENCY_SIGNS[sign] ?? "USD", start: at - left.length + m.index };
}

const DEMI_SCALE = /[\s\u00A0]+demi[-‑\s](millions?|milliards?)(?![\p{L}])/iuy;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** Where a numeral written in digits ends, so a rejected one is skipped whole. */
export function digitNumeralEnd(text: string, at: number, g: Grammar): number {
  g.lex.digitNumeral.lastIndex = at;
  const m = g.lex.digitNumeral.exec(text);
  return m ? at + m[0].length : at + 1;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function withUnit(read: Omit<NumberRead, "kind" | "unit" | "end">, end: number): NumberRead {
  return { ...read, end, kind: read.currency ? "money" : "count", unit: read.currency };
}

/** Reads a number written in digits at `at`: "3,7 millions", "$2.5bn", "4.1 million". */
export function readDigits(text: string, at: number, g: Grammar, floor: number, inRange = false): NumberRead | null {
  const lex = g.lex;
  const prev = text[at - 1];
  const prev2 = text[at - 2];
  if (!inRange) {
    // F-16, COVID-19, 2019-20, 24/7: the number belongs to a name, a date or a code.
    if ((prev === "-" || prev === "‑" || prev === "/" || prev === ":") && isAlnum(prev2)) return null;
    if ((prev === "'" || prev === "’") && !isLetter(prev2)) return null;
  }
  if ((prev === "." || prev === ",") && isDigit(prev2)) return null;
  // "JN.1", "v2.0": a version or variant name.
  if (prev === "." && isLetter(prev2)) return null;

  lex.digitNumeral.lastIndex = at;
  const m = lex.digitNumeral.exec(text);
  if (!m) return null;
  let raw = m[0];
  // "including 32 737 MAX": in English a plain space groups thousands only rarely; before a
  // capitalised word the second group is more likely a name.
  if (
    lex.lang === "en" &&
    raw.includes(" ") &&
    /^[\s\u00A0]+\p{Lu}/u.test(text.slice(at + raw.length, at + raw.length + 3))
  ) {
    raw = raw.slice(0, raw.indexOf(" "));
  }
  // ... and the "737" of that name is no figure either.
  if (
    lex.lang === "en" &&
    prev === " " &&
    isDigit(prev2) &&
    /^[\s\u00A0]+\p{Lu}/u.test(text.slice(at + raw.length, at + raw.length + 3))
  )
    return null;
  // "000" is the tail of a number written with other separators, never a number of its own.
  if (/^0\d/.test(raw)) return null;
  let end = at + raw.length;
  const next = text[end];
  if ((next === ":" || next === "/" || next === "." || next === ",") && isDigit(text[end + 1])) return null;
  // "a 29-year-old", "a 500-metre bridge": a compound adjective, not a reported figure.
  if (
    (next === "-" || next === "‑") &&
    isLetter(text[end + 1]) &&
    !/^[-‑](?:plus|odd)(?![\p{L}])/iu.test(text.slice(end, end + 6))
  )
    return null;

  const decimal = lex.digitsToDecimal(raw);
  if (decimal === null) return null;
  const currency = currencyBefore(text, at, floor);

  let factor = 1;
  const scale = sticky(g.scale, text, end);
  if (scale) {
    const info = lex.scales.get((scale[2] as string).toLowerCase());
    const scaleEnd = end + scale[0].length;
    // "$5m", "2 M€": a bare m or k multiplies only when money is glued to it.
    const attached = scale[1] === "" || text[end + scale[0].length] === "€" || text[end + scale[0].length] === "$";
    const moneyAfter = sticky(g.currencyAfter, text, scaleEnd) !== null;
    if (info && (!info.needsCurrency || (attached && (currency !== null || moneyAfter)))) {
      factor = info.factor;
      end = scaleEnd;
    }
  }
  const value = factor === 1 ? Number(decimal) : Number(`${decimal}e${Math.round(Math.log10(factor))}`);
  if (!Number.isFinite(value)) return null;
  return withUnit(
    {
      start: currency?.start ?? at,
      numberStart: at,
      numberEnd: end,
      value,
      digits: factor === 1 ? raw : null,
      spelled: null,
      factor,
      approximate: false,
      vague: null,
      needsCue: false,
      currency: currency?.code ?? null,
    },
    end,
  );
}

function readMultiplier(text: string, end: number, g: Grammar): { factor: number; end: number } {
  const m = sticky(g.multiplier, text, end);
  if (!m) return { factor: 1, end };
  const word = (m[1] as string).toLowerCase();
  const factor =
    word.startsWith("thousand") || word.startsWith("millier") ? 1e3 : word.startsWith("million") ? 1e6 : 1e9;
  return { factor, end: end + m[0].length };
}

const base = (start: number, numberStart: number) => ({
  start,
  numberStart,
  digits: null,
  spelled: null,
  approximate: false,
  vague: null,
  needsCue: false,
  currency: null,
});

/** "une dizaine", "a dozen", "half a dozen", "une centaine de milliers". */
function readApproximate(
  text: string,
  at: number,
  wordEnd: number,
  articleStart: number,
  value: number,
  g: Grammar,
): NumberRead {
  const mult = readMultiplier(text, wordEnd, g);
  return withUnit(
    {
      ...base(articleStart, at),
      numberEnd: mult.end,
      value: value * mult.factor,
      factor: mult.factor,
      approximate: true,
    },
    mult.end,
  );
}

/** Reads a number written in words at `at` (the candidate word is `word`). */
export function readWords(text: string, at: number, word: string, g: Grammar, floor: number): NumberRead | null {
  const lex = g.lex;
  const lower = word.toLowerCase();
  const wordEnd = at + word.length;
  const left = before(text, at, floor);

  const vague = lex.vagueAmounts.get(lower);
  if (vague) {
    const det = vague.needsDeterminer || lex.vagueDeterminers.length ? g.vagueDeterminer.exec(left) : null;
    if (det || !vague.needsDeterminer) {
      const mult = readMultiplier(text, wordEnd, g);
      if (!lex.multipliedOnly.includes(lower) || mult.factor > 1) {
        const start = det ? at - left.length + det.index : at;
        return withUnit(
          {
            ...base(start, at),
            numberEnd: mult.end,
            value: NaN,
            factor: mult.factor,
            vague: { low: vague.low * mult.factor, high: (vague.high + 1) * mult.factor - 1 },
          },
          mult.end,
        );
      }
    }
  }

  const approx = lex.approxNouns.get(lower);
  if (approx !== undefined) {
    const article = g.scaleArticle.exec(left);
    if (!article) return null;
    const half = normalizePhrase(article[1] as string).startsWith("half") ? 0.5 : 1;
    return readApproximate(text, at, wordEnd, at - left.length + article.index, approx * half, g);
  }

  const spelled = readSpelledNumber(text, at, lex);
  if (!spelled) return null;
  // "twenty-first", "five-year plan": an ordinal or a compound adjective, not a figure.
  if ((text[spelled.end] === "-" || text[spelled.end] === "‑") && isLetter(text[spelled.end + 1])) return null;

  let start = at;
  let value = spelled.value;
  const first = spelled.words[0] as string;
  const standsAlone = lex.lang === "fr" ? first === "cent" || first === "cents" || first === "mille" : false;
  if (
    (spelled.firstRole === "scale" || spelled.firstRole === "hundred" || spelled.firstRole === "dozen") &&
    !standsAlone
  ) {
    // "a hundred", "a million", "half a million": the article is part of the number.
    const article = g.scaleArticle.exec(left);
    if (!article) return null;
    start = at - left.length + article.index;
    if (normalizePhrase(article[1] as string).startsWith("half")) value /= 2;
  }

  if (spelled.words.length === 1 && lex.articleOnes.includes(first)) {
    // "un demi-million", "un demi-milliard"
    const demi = sticky(DEMI_SCALE, text, spelled.end);
    if (demi) {
      const half = (demi[1] as string).toLowerCase().startsWith("milliard") ? 5e8 : 5e5;
      const end = spelled.end + demi[0].length;
      return withUnit({ ...base(at, at), numberEnd: end, value: half, spelled: spelled.words, factor: half * 2 }, end);
    }
    // "une dizaine", "un millier": an article before an approximate amount.
    const next = sticky(g.nextWord, text, spelled.end);
    const noun = next ? (next[1] as string).toLowerCase() : "";
    const nounValue = lex.approxNouns.get(noun);
    if (
      next &&
      nounValue !== undefined &&
      !/\s(?:de|d['’])\s*$/iu.test(next[0].slice(0, next[0].length - noun.length))
    ) {
      const nounStart = spelled.end + next[0].length - noun.length;
      return readApproximate(text, nounStart, nounStart + noun.length, at, nounValue, g);
    }
  }

  return withUnit(
    {
      ...base(start, at),
      numberEnd: spelled.end,
      value,
      spelled: spelled.words,
      // "deux milliards d'euros": the last scale word lets a currency follow with "de".
      factor:
        lex.numberWords.get(spelled.words.at(-1) as string)?.role === "scale"
          ? (lex.numberWords.get(spelled.words.at(-1) as string)?.value ?? 1)
          : 1,
      needsCue: spelled.words.length === 1 && lex.articleOnes.includes(first),
    },
    spelled.end,
  );
}
