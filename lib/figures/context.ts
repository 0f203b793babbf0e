import type { Grammar } from "./grammar";

// The checks that tell a number that is not a figure: dates, years, clock times, names.
// Each looks at a few characters around the number, never at the whole text.

const LOOKBEHIND = 48;

/** The text just before `at`, never reaching back past `floor` (the end of the last figure). */
export function before(text: string, at: number, floor: number): string {
  return text.slice(Math.max(floor, at - LOOKBEHIND), at);
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Spans that are wholly dates or clock times in digits: 27/02/2020, 2020-02-27, 10:30, 23h30, 24/7. */
const DIGIT_DATES_AND_TIMES =
  /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|\d{1,2}\/\d{1,2}(?!\d)|\d{1,2}[:]\d{2}(?:[:]\d{2})?(?!\d)|\d{1,2}[.:]\d{2}[\s\u00A0]?(?:[ap]\.?m\.?)(?![\p{L}])|\d{1,2}[\s\u00A0\u202F]?h[\s\u00A0\u202F]?\d{2}(?!\d)/giu;

/** Start and end offsets of every digit date or time, in order. */
export function blockedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  DIGIT_DATES_AND_TIMES.lastIndex = 0;
  for (let m = DIGIT_DATES_AND_TIMES.exec(text); m; m = DIGIT_DATES_AND_TIMES.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A day of the month next to a month or weekday: "27 février", "February 27", "jeudi 27", "27-28 Feb". */
export function isDayOfMonth(
  text: string,
  g: Grammar,
  digits: string,
  start: number,
  end: number,
  floor: number,
): boolean {
  if (!/^\d{1,2}$/.test(digits)) return false;
  const day = Number(digits);
  if (day < 1 || day > 31) return false;
  if (stickyAt(g.monthAfter, text, end)) return true;
  const left = before(text, start, floor);
  return g.monthBefore.test(left) || g.weekdayBefore.test(left);
}

/** A bare year ("2020", "since 2011") or a decade ("les années 90"). */
export function isYear(text: string, digits: string, start: number, floor: number): boolean {
  if (/^\d{4}$/.test(digits)) {
    const year = Number(digits);
    if (year >= 1800 && year <= 2100) return true;
  }
  return /^\d{2}$/.test(digits) && /années[\s\u00A0]+$/iu.test(before(text, start, floor));
}

// "10 Downing Street", "12 rue de Rivoli": a number in an address.
const ADDRESS_AFTER =
  /[\s\u00A0]+(?:(?:\p{Lu}[\p{L}'’-]*[\s\u00A0]+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane|Square|Place|Drive)|(?:rue|avenue|boulevard|bd|place|allée|impasse|chemin|quai)[\s\u00A0]+(?:de|du|des|d['’]|la|\p{Lu}))/uy;

/** "Resolution 2254", "Boeing 737", "CAC 40", "n° 5", "#3", "10 Downing Street". */
export function isDesignation(text: string, g: Grammar, start: number, end: number, floor: number): boolean {
  if (g.designation.test(before(text, start, floor))) return true;
  return stickyAt(ADDRESS_AFTER, text, end) !== null;
}

const CLOCK_AFTER =
  /[\s\u00A0\u202F]*(?:a\.m\.|p\.m\.|am|pm|o['’]clock|gmt|utc|heure locale|heure de paris)(?![\p{L}])/iuy;
const MINUTES_AFTER = /[\s\u00A0\u202F]*\d{1,2}(?!\d)/y;

/** "11 p.m.", "9 am", "10 o'clock": a number followed by a clock word. */
export function isFollowedByClockWord(text: string, end: number): boolean {
  return stickyAt(CLOCK_AFTER, text, end) !== null;
}

/** "23 h", "à 10 heures", "18 heures 30" are clock times; "en 24 h" and "pendant six heures" are durations. */
export function isClockTime(
  text: string,
  g: Grammar,
  unit: string,
  value: number,
  start: number,
  end: number,
  floor: number,
  hasCue: boolean,
): boolean {
  if (unit !== "h" && unit !== "heure" && unit !== "heures") return false;
  // "jusqu'à 96 heures": no clock shows more than 24 hours.
  if (value > 24 || !Number.isInteger(value)) return false;
  if (stickyAt(MINUTES_AFTER, text, end)) return true;
  const left = before(text, start, floor);
  // "entre 22 heures et 6 heures", "de 20 h à 6 h": the second hour of a span of clock time.
  if (/\d[\s\u00A0]*(?:h|heures?)[\s\u00A0]+(?:et|à)[\s\u00A0]+$/iu.test(left)) return true;
  if (unit === "h") return !hasCue && !g.durationBefore.test(left);
  return g.clockBefore.test(left);
}
