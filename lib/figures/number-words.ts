import type { Lexicon, NumberWordRole } from "./lexicon";

export interface SpelledNumber {
  value: number;
  end: number;
  /** The words read, lower-cased, in order ("quatre-vingt" counts as one). */
  words: string[];
  firstRole: NumberWordRole;
}

const WORD = /\p{L}+/uy;
// Between two number words: spaces, or one hyphen ("twenty-nine", "quatre-vingt-dix-sept").
const HALF = /[\s\u00A0\u202F]+(?:et[\s\u00A0\u202F]+demie?|and[\s\u00A0\u202F]+a[\s\u00A0\u202F]+half)(?![\p{L}])/iuy;
const SEPARATOR = /[\s\u00A0\u202F]+|[-‑]/y;

function wordAt(text: string, at: number): string | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? m[0] : null;
}

function separatorAt(text: string, at: number): number {
  SEPARATOR.lastIndex = at;
  const m = SEPARATOR.exec(text);
  return m ? m[0].length : 0;
}

/**
 * Reads a number spelled out in words from `at`: "twenty-nine", "one hundred and ten",
 * "quatre-vingt-dix-sept", "soixante et onze", "deux cent mille", "trois millions".
 * Stops at the first word that cannot continue the number. Returns null if none was read.
 */
export function readSpelledNumber(text: string, at: number, lex: Lexicon): SpelledNumber | null {
  let total = 0;
  let current = 0;
  let last: NumberWordRole | null = null;
  let lastScale = Infinity;
  let lastValue = -1;
  let pos = at;
  let end = at;
  const words: string[] = [];
  let firstRole: NumberWordRole | null = null;

  for (;;) {
    const raw = wordAt(text, pos);
    if (!raw) break;
    let word = raw.toLowerCase();
    let wordEnd = pos + raw.length;
    let joined = false;

    if (word === lex.numberJoiner && words.length > 0) {
      const gap = separatorAt(text, wordEnd);
      const next = gap ? wordAt(text, wordEnd + gap) : null;
      if (!next || !lex.joinerAllowed(total + current, next.toLowerCase())) break;
      word = next.toLowerCase();
      wordEnd = wordEnd + gap + next.length;
      joined = true;
    }
    // French eighty is "four twenties": read "quatre-vingt(s)" as one word.
    if (word === "quatre" && lex.numberWords.has("quatre-vingt")) {
      const gap = separatorAt(text, wordEnd);
      const next = gap ? wordAt(text, wordEnd + gap)?.toLowerCase() : undefined;
      if (next === "vingt" || next === "vingts") {
        word = `quatre-${next}`;
        wordEnd += gap + next.length;
      }
    }

    const entry = lex.numberWords.get(word);
    if (!entry) break;
    const { value, role } = entry;
    const tail = current % 100;
    let ok: boolean;
    switch (role) {
      case "unit":
        ok =
          joined ||
          last === null ||
          last === "hundred" ||
          last === "scale" ||
          (last === "ten" && tail % 10 === 0 && (value < 10 || ((tail === 60 || tail === 80) && value < 20))) ||
          // "dix-sept", "soixante-dix-huit", "quatre-vingt-dix-neuf"
          (lex.lang === "fr" && lastValue === 10 && value > 0 && value < 10);
        if (ok && last === "ten" && value === 0) ok = false;
        if (ok) current += value;
        break;
      case "ten":
        ok = last === null || last === "hundred" || last === "scale";
        if (ok) current += value;
        break;
      case "hundred":
        ok = last === null || (last === "unit" && current > 0 && current < 10);
        if (ok) current = (current || 1) * 100;
        break;
      case "scale":
        ok = value < lastScale && (last !== null || words.length === 0);
        if (ok) {
          total += (current || 1) * value;
          current = 0;
          lastScale = value;
        }
        break;
      case "dozen":
        ok = last === "unit" || last === "ten";
        if (ok) current *= 12;
        break;
    }
    if (!ok) break;

    words.push(word);
    firstRole ??= role;
    lastValue = value;
    last = role;
    end = wordEnd;
    const gap = separatorAt(text, end);
    if (!gap) break;
    pos = end + gap;
  }

  if (words.length === 0 || firstRole === null) return null;
  // "deux millions et demi", "a million and a half": half of the last scale more.
  if (last === "scale") {
    HALF.lastIndex = end;
    const half = HALF.exec(text);
    if (half) {
      total += lastScale / 2;
      end += half[0].length;
    }
  }
  return { value: total + current, end, words, firstRole };
}
