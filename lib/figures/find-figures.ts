import {
  before,
  blockedSpans,
  isClockTime,
  isDayOfMonth,
  isDesignation,
  isFollowedByClockWord,
  isYear,
} from "./context";
import { grammarFor, type Grammar } from "./grammar";
import { intervalFor } from "./interval";
import { normalizePhrase } from "./phrase";
import { digitNumeralEnd, readDigits, readWords, type NumberRead } from "./read-number";
import type { Figure, Lang, Qualifier } from "./types";

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const startsWithDigit = (text: string, at: number) => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
const LETTER = /\p{L}/u;
const CURRENCY_SIGN = /(?:US\$|C\$|A\$|[$€£¥])[\s\u00A0\u202F]?/y;
const NUMBER_WORD_START = /\p{L}+/uy;

function readNumber(text: string, at: number, g: Grammar, floor: number, inRange = false): NumberRead | null {
  if (startsWithDigit(text, at)) return readDigits(text, at, g, floor, inRange);
  const word = sticky(NUMBER_WORD_START, text, at);
  return word ? readWords(text, at, word[0], g, floor) : null;
}

/** The cue before a number ("au moins", "more than"), if any, and where it starts. */
function prefixCue(
  text: string,
  start: number,
  floor: number,
  g: Grammar,
): { qualifier: Qualifier; start: number } | null {
  const left = before(text, start, floor);
  const m = g.prefixCue.exec(left);
  if (!m) return null;
  const qualifier = g.lex.prefixCues.get(normalizePhrase(m[1] as string));
  return qualifier ? { qualifier, start: start - left.length + m.index } : null;
}

/**
 * Reads what follows a number: a percent sign, a currency or a unit of measure.
 * Returns false when the number turns out to be a clock time or a code ("11pm", "27th").
 */
function readUnit(text: string, n: NumberRead, g: Grammar, floor: number): boolean {
  const lex = g.lex;
  const grouped = n.factor > 1 || n.vague !== null || n.approximate;
  const percent = sticky(g.percent, text, n.end);
  if (percent && !n.currency) {
    n.kind = "percent";
    n.unit = "%";
    n.end += percent[0].length;
    return true;
  }
  const money = sticky(g.currencyAfter, text, n.end) ?? (grouped ? sticky(g.currencyAfterOf, text, n.end) : null);
  if (money && !n.currency) {
    const word = normalizePhrase((money[1] ?? money[2] ?? money[3]) as string);
    n.kind = "money";
    n.unit = lex.currencyAfter.get(word) ?? (word === "$" ? "USD" : word === "€" ? "EUR" : word.toUpperCase());
    n.end += money[0].length;
    return true;
  }
  const measure = sticky(g.measure, text, n.end) ?? (grouped ? sticky(g.measureAfterOf, text, n.end) : null);
  if (measure && !n.currency) {
    const written = (measure[2] ?? measure[1]) as string;
    // "les 24 Heures du Mans": a unit in Title Case is part of a name.
    if (/^\p{Lu}\p{Ll}{2,}/u.test(written)) return false;
    const unit = normalizePhrase(written);
    const hasCue = prefixCue(text, n.start, floor, g) !== null;
    if (isClockTime(text, g, unit, n.value, n.start, n.end + measure[0].length, floor, hasCue)) return false;
    n.kind = "measure";
    n.unit = unit;
    n.end += measure[0].length;
    return true;
  }
  if (isFollowedByClockWord(text, n.end)) return false;
  // A number glued to letters that are no unit is an ordinal or a code: 27th, 1er, 1990s, 4x4.
  return !LETTER.test(text[n.end] ?? "");
}

/** Is this read number in fact a date, a year or part of a name? */
function isNotAFigure(text: string, n: NumberRead, g: Grammar, floor: number, hasCue: boolean): boolean {
  if (hasCue || n.currency || n.kind === "percent" || n.kind === "money") return false;
  if (n.digits !== null) {
    if (isDayOfMonth(text, g, n.digits, n.numberStart, n.numberEnd, floor)) return true;
    if (n.kind === "count" && isYear(text, n.digits, n.numberStart, floor)) return true;
  }
  if (n.kind === "count" && isDesignation(text, g, n.start, n.end, floor)) return true;
  if (n.kind === "count" && n.digits !== null && isProperName(text, n)) return true;
  if (n.needsCue) return true;
  if (n.spelled) return isQuietWord(text, n, g, floor);
  return false;
}

const ONE_AFTER =
  /[\s\u00A0]+(?:of|another|by|or|day|days|time|way|side|hand|point|thing|such|who|which|that|is|was|has|had|will|would|could|can|at|in|on|to|and)(?![\p{L}])|[\s\u00A0]*(?:[.,;:!?)]|$)/iuy;
const ONE_BEFORE = /(?<![\p{L}])(?:no|any|every|each|which|this|that|one|some|someone|anyone|only)[\s\u00A0]+$/iu;
// "the victim's three children"
const POSSESSIVE = /\p{L}['’]s?[\s\u00A0]+$/u;
const PLURAL_NEXT = /[\s\u00A0]+\p{L}*[sx](?![\p{L}])/uy;

/**
 * Small numbers in words that belong to the noun phrase rather than report a figure:
 * "the two presidents", "les deux pays", "no one", "un bâtiment neuf".
 */
function isQuietWord(text: string, n: NumberRead, g: Grammar, floor: number): boolean {
  const words = n.spelled ?? [];
  const left = before(text, n.start, floor);
  if (n.value <= 10 && (g.determiner.test(left) || POSSESSIVE.test(left))) return true;
  if (words.length === 1 && words[0] === "one") {
    return ONE_BEFORE.test(left) || sticky(ONE_AFTER, text, n.end) !== null;
  }
  // "27 sept. 2019": after a day, "sept" is September.
  if (words[0] === "sept" && /\d[\s\u00A0]+$/u.test(left)) return true;
  // "neuf" is also "new": a number only before a plural noun ("neuf soldats").
  if (words.length === 1 && words[0] === "neuf" && n.kind === "count") {
    return sticky(PLURAL_NEXT, text, n.end) === null;
  }
  return false;
}

// "ballooned from", "a explosé de": a participle just before "from"/"de" tells a change too,
// except the few that introduce a span ("ranged from", "âgés de").
const PARTICIPLE_BEFORE =
  /(?<![\p{L}])(?!(?:ranged|varied|aged|âgée?s?|estimated)[\s\u00A0]+$)\p{L}+(?:ed|ée?s?)[\s\u00A0]+$/iu;

// A capitalised word that is not the first of its sentence, then a small plain number, then
// anything but another capitalised word: "Falcon 9 rocket", "Ligue 1", "France 2 et Europe 1".
// (In a Title Case headline, "Says 33 Soldiers", the next word is capitalised too.)
const NAME_BEFORE = /(?<=[\p{Ll}\p{N},;:)»”'’][\s\u00A0]+|[\p{L}][\s\u00A0]+)(\p{Lu}[\p{L}\p{N}&.-]*)[\s\u00A0]+$/u;
const CAPITALISED_NEXT = /[\s\u00A0]+\p{Lu}/uy;
// Month and day names are dates, not names ("March 12").
const MONTH_NAMES = "January February March April May June July August September October November December";
const DAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";
const NOT_NAMES = new Set(`${MONTH_NAMES} ${DAY_NAMES}`.split(" "));

function isProperName(text: string, n: NumberRead): boolean {
  if (!/^\d{1,4}$/.test(n.digits ?? "")) return false;
  // The word before the name matters, even when it closed the previous figure.
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, n.start - 48), n.start));
  if (!name || NOT_NAMES.has(name[1] as string)) return false;
  return sticky(CAPITALISED_NEXT, text, n.end) === null;
}

interface RangeRead {
  start: number;
  end: number;
  low: number;
  high: number;
  kind: NumberRead["kind"];
  unit: string | null;
}

/** "between 40 and 45", "de 40 à 45", "2 to 3 million", "10-15%". */
function readRange(text: string, a: NumberRead, g: Grammar, floor: number): RangeRead | "not-a-figure" | null {
  if (a.vague || a.approximate || a.needsCue) return null;
  if (a.digits !== null && isYear(text, a.digits, a.numberStart, floor)) return null;
  const join = sticky(g.rangeJoin, text, a.end);
  if (!join) return null;
  const joiner = normalizePhrase(join[1] as string);
  const left = before(text, a.start, floor);
  const opener = g.rangeOpener.exec(left);
  const openerWord = opener ? normalizePhrase(opener[1] as string) : null;
  const isDash = /^[-–‑]$/.test(joiner);
  if (joiner === g.lex.range.and && openerWord !== g.lex.range.between) return null;
  if (isDash && (a.spelled || (joiner === "-" && join[0].length > 1))) return null;

  // "rose from 29 to 35", "est passé de 29 à 35": a change between two figures, not a range.
  const openAt = opener ? a.start - left.length + opener.index : a.start;
  const clause =
    before(text, openAt, floor)
      .split(/[.;:!?]/)
      .pop() ?? "";
  if (joiner === g.lex.range.to && (g.changeWord.test(clause) || (opener && PARTICIPLE_BEFORE.test(clause))))
    return null;

  let bAt = a.end + join[0].length;
  const sign = sticky(CURRENCY_SIGN, text, bAt);
  if (sign && !a.currency) return null;
  if (sign) bAt += sign[0].length;
  const b = readNumber(text, bAt, g, a.end + join[0].length, true);
  if (!b || b.vague || b.approximate || b.needsCue) return null;
  // "between 6 and 8 a.m.": when the end of a span is a clock time, so is its start.
  if (!readUnit(text, b, g, floor)) return a.kind === "count" ? "not-a-figure" : null;
  if (b.digits !== null && isDayOfMonth(text, g, b.digits, b.numberStart, b.numberEnd, floor)) return null;

  // "de 5 % à 10 ans": two figures of different kinds, not one span.
  if (a.kind !== "count" && b.kind !== "count" && (a.kind !== b.kind || a.unit !== b.unit)) return null;
  let low = a.value;
  // "2 to 3 million": the scale of the second number applies to the first.
  if (a.factor === 1 && b.factor > 1 && a.value <= b.value / b.factor) low = a.value * b.factor;
  if (!(b.value > low)) return null;
  const unitFrom = b.kind !== "count" ? b : a;
  return {
    start: opener ? openAt : a.start,
    end: b.end,
    low,
    high: b.value,
    kind: unitFrom.kind,
    unit: unitFrom.kind === "count" ? null : unitFrom.unit,
  };
}

/** What is counted: "soldats" in "au moins 29 soldats". Informational only. */
function countedNoun(text: string, end: number, g: Grammar): string | null {
  const m = sticky(g.nextWord, text, end);
  if (!m) return null;
  const word = m[1] as string;
  return g.lex.unitStopWords.has(word.toLowerCase()) || g.lex.numberWords.has(word.toLowerCase()) ? null : word;
}

function figureFrom(text: string, start: number, end: number, fields: Omit<Figure, "quote" | "start" | "end">): Figure {
  return { quote: text.slice(start, end), start, end, ...fields };
}

/** Reads one figure whose number starts at `at`, or returns null if there is none. */
function readFigure(text: string, at: number, g: Grammar, floor: number): Figure | null {
  const n = readNumber(text, at, g, floor);
  if (!n) return null;
  if (!readUnit(text, n, g, floor)) return null;
  const cue = n.vague ? null : prefixCue(text, n.start, floor, g);
  if (isNotAFigure(text, n, g, floor, cue !== null)) return null;

  if (n.vague) {
    return figureFrom(text, n.start, n.end, {
      value: null,
      low: n.vague.low,
      high: n.vague.high,
      qualifier: "vague",
      kind: n.kind,
      unit: n.kind === "count" ? countedNoun(text, n.end, g) : n.unit,
    });
  }

  if (!cue) {
    const range = readRange(text, n, g, floor);
    if (range === "not-a-figure") return null;
    if (range) {
      return figureFrom(text, range.start, range.end, {
        value: null,
        low: range.low,
        high: range.high,
        qualifier: "range",
        kind: range.kind,
        unit: range.kind === "count" ? countedNoun(text, range.end, g) : range.unit,
      });
    }
  }

  let qualifier: Qualifier = cue?.qualifier ?? (n.approximate ? "about" : "exact");
  let end = n.end;
  if (!cue && !n.approximate) {
    const suffix = sticky(g.suffixCue, text, end);
    if (suffix) {
      const word = normalizePhrase((suffix[1] ?? suffix[2] ?? suffix[3]) as string);
      const q = g.lex.suffixCues.get(word);
      if (q) {
        qualifier = q;
        end += suffix[0].length;
      }
    }
  }
  const interval = intervalFor(qualifier as Exclude<Qualifier, "range" | "vague">, n.value, n.kind);
  return figureFrom(text, cue?.start ?? n.start, end, {
    value: n.value,
    ...interval,
    qualifier,
    kind: n.kind,
    unit: n.kind === "count" ? countedNoun(text, end, g) : n.unit,
  });
}

/**
 * Every figure in `text`, in order of position (spec/figures.md section 1). Dates, years,
 * clock times, ordinals and numbers inside names are left out.
 */
export function findFigures(text: string, lang: Lang): Figure[] {
  const g = grammarFor(lang);
  const figures: Figure[] = [];
  const blocked = blockedSpans(text);
  let nextBlocked = 0;
  let floor = 0;
  const candidate = g.candidate;
  candidate.lastIndex = 0;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const at = m.index;
    while (nextBlocked < blocked.length && (blocked[nextBlocked] as [number, number])[1] <= at) nextBlocked++;
    const span = blocked[nextBlocked];
    if (span && span[0] <= at) {
      candidate.lastIndex = span[1];
      continue;
    }
    const figure = readFigure(text, at, g, floor);
    if (figure) {
      figures.push(figure);
      floor = figure.end;
      candidate.lastIndex = Math.max(figure.end, at + 1);
    } else if (startsWithDigit(text, at)) {
      candidate.lastIndex = digitNumeralEnd(text, at, g);
    }
  }
  return figures;
}
