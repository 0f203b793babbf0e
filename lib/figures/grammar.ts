import { english } from "./lexicon-en";
import { french } from "./lexicon-fr";
import type { Lexicon } from "./lexicon";
import { alternation, normalizePhrase, WORD_END, WORD_START } from "./phrase";
import type { Lang } from "./types";

/**
 * A lexicon compiled into the regular expressions the scanner runs. Patterns ending in `$`
 * are matched against a short slice that ends where a number starts; sticky (`y`) patterns
 * are matched where a number ends.
 */
export interface Grammar {
  lex: Lexicon;
  /** Where a figure may begin: a digit or a number word. */
  candidate: RegExp;
  prefixCue: RegExp;
  suffixCue: RegExp;
  scale: RegExp;
  percent: RegExp;
  currencyAfter: RegExp;
  currencyAfterOf: RegExp;
  measure: RegExp;
  measureAfterOf: RegExp;
  /** "de milliers", "of thousands" after a vague or approximate amount. */
  multiplier: RegExp;
  vagueDeterminer: RegExp;
  scaleArticle: RegExp;
  determiner: RegExp;
  designation: RegExp;
  monthAfter: RegExp;
  monthBefore: RegExp;
  weekdayBefore: RegExp;
  clockBefore: RegExp;
  durationBefore: RegExp;
  changeWord: RegExp;
  rangeOpener: RegExp;
  rangeJoin: RegExp;
  nextWord: RegExp;
}

const SPACE = "[\\s\\u00A0\\u202F]";
/** "les 1er, 2, 3, 4, 5, 6 et 7 mars": more days than a week in one run is a list, not a date. */
const MAX_DAYS_IN_RUN = 7;

function compile(lex: Lexicon): Grammar {
  const words = [...lex.numberWords.keys(), ...lex.approxNouns.keys(), ...lex.vagueAmounts.keys()];
  const monthFlags = lex.monthsCaseSensitive ? "u" : "iu";
  const months = alternation(lex.months);
  // Days before a month, alone or in a run: "27 février", "du 27 au 29 février", "27-28 Feb".
  // The run is bounded: a month is looked for a few days ahead, never across a whole list of
  // numbers ("1, 2, 3, …"), which would make reading a text take time in its square.
  const dayJoin = `${SPACE}*(?:[-–‑,&]|et|and|au|to)${SPACE}*(?:le${SPACE}+|the${SPACE}+)?\\d{1,2}(?:er|st|nd|rd|th)?`;
  const multipliers = lex.lang === "fr" ? "milliers|millions|milliards" : "thousands|millions|billions";
  return {
    lex,
    candidate: new RegExp(`${WORD_START}(?:\\d|(?:${alternation(words)})${WORD_END})`, "giu"),
    prefixCue: new RegExp(
      `${WORD_START}(${alternation(lex.prefixCues.keys())})(?:(?<=['’])${SPACE}*|${SPACE}+)$`,
      "iu",
    ),
    suffixCue: new RegExp(
      `(?:(\\+)|[-‑](plus|odd)|${SPACE}+(${alternation([...lex.suffixCues.keys()].filter((c) => /^\p{L}/u.test(c)))}))(?![\\p{L}\\p{N}+])`,
      "iuy",
    ),
    scale: new RegExp(`(${SPACE}*)(${alternation(lex.scales.keys())})(?![\\p{L}])`, "iuy"),
    percent: new RegExp(
      `${SPACE}*(%)|${SPACE}+(${alternation(lex.percentWords.filter((w) => w !== "%"))})${WORD_END}`,
      "iuy",
    ),
    currencyAfter: new RegExp(`${SPACE}*([€$])|${SPACE}+(${alternation(lex.currencyAfter.keys())})${WORD_END}`, "iuy"),
    currencyAfterOf: new RegExp(
      `${SPACE}+(?:${lex.ofWord}${SPACE}+|d['’]${SPACE}*)(${alternation(lex.currencyAfter.keys())})${WORD_END}`,
      "iuy",
    ),
    measure: new RegExp(`(${SPACE}*)(${alternation(lex.measureUnits)})(?![\\p{L}\\p{N}])`, "iuy"),
    measureAfterOf: new RegExp(
      `${SPACE}+(?:${lex.ofWord}${SPACE}+|d['’]${SPACE}*)(${alternation(lex.measureUnits.filter((u) => u.length > 2))})${WORD_END}`,
      "iuy",
    ),
    multiplier: new RegExp(`${SPACE}+(?:${lex.ofWord}${SPACE}+|d['’]${SPACE}*)(${multipliers})${WORD_END}`, "iuy"),
    vagueDeterminer: new RegExp(`${WORD_START}(${alternation(lex.vagueDeterminers)})${SPACE}+$`, "iu"),
    scaleArticle: new RegExp(`${WORD_START}((?:half${SPACE}+)?(?:${alternation(lex.scaleArticles)}))${SPACE}+$`, "iu"),
    determiner: new RegExp(`${WORD_START}(?:${alternation(lex.determiners)})${SPACE}+$`, "iu"),
    designation: new RegExp(
      `(?:${WORD_START}(?:${alternation(lex.designationWords)})${SPACE}*|[#№]${SPACE}*|n[°º]${SPACE}*)$`,
      "iu",
    ),
    monthAfter: new RegExp(
      `(?:${dayJoin}){0,${MAX_DAYS_IN_RUN}}${SPACE}+(?:of${SPACE}+)?(?:${months})(?![\\p{L}])`,
      `y${monthFlags}`,
    ),
    monthBefore: new RegExp(
      `${WORD_START}(?:${months})${SPACE}*(?:\\d{1,2}(?:st|nd|rd|th)?${SPACE}*(?:[-–‑,&]|and|to)${SPACE}*){0,${MAX_DAYS_IN_RUN}}$`,
      monthFlags,
    ),
    weekdayBefore: lex.weekdays.length
      ? new RegExp(`${WORD_START}(?:${alternation(lex.weekdays)})${SPACE}+(?:the${SPACE}+)?$`, "iu")
      : /(?!)/,
    clockBefore: lex.clockPrepositions.length
      ? new RegExp(`${WORD_START}(?:${alternation(lex.clockPrepositions)})${SPACE}*$`, "iu")
      : /(?!)/,
    durationBefore: lex.durationPrepositions.length
      ? new RegExp(`${WORD_START}(?:${alternation(lex.durationPrepositions)})${SPACE}+$`, "iu")
      : /(?!)/,
    changeWord: new RegExp(`${WORD_START}(?:${alternation(lex.changeWords)})${WORD_END}`, "iu"),
    rangeOpener: new RegExp(`${WORD_START}(${lex.range.between}|${lex.range.from})${SPACE}+$`, "iu"),
    rangeJoin: new RegExp(`(${SPACE}*[-–‑]${SPACE}*|${SPACE}+(?:${lex.range.to}|${lex.range.and})${SPACE}+)`, "iuy"),
    nextWord: new RegExp(`${SPACE}+(?:${lex.ofWord}${SPACE}+|d['’]${SPACE}*)?(\\p{L}[\\p{L}'’-]*)`, "uy"),
  };
}

const grammars: Record<Lang, Grammar> = { en: compile(english), fr: compile(french) };

export function grammarFor(lang: Lang): Grammar {
  return grammars[lang];
}

export { normalizePhrase };
