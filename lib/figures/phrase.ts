// Building blocks for the lexicons: word lists turned into anchored regular expressions.
// Every pattern is matched against short slices around a number, so the engine stays
// linear in the length of the text.

const APOSTROPHE = "['’]";

/** Escape a literal phrase for a RegExp, tolerating any run of spaces and either apostrophe. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split("")
    .map((ch) => {
      if (ch === "'" || ch === "’") return APOSTROPHE;
      if (ch === " ") return "\\s+";
      if (ch === "-") return "[-‑\\s]";
      return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    })
    .join("")
    .replace(/(\\s\+)+/g, "\\s+");
}

/** One alternation of phrases, longest first so the regex prefers the fullest cue. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join("|");
}

/** Lower-case a matched phrase and fold spaces and apostrophes, to look it up in a table. */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/[‑]/g, "-").replace(/\s+/g, " ").trim();
}

/** Letters of any script: "été" is one word, so is "Août". */
export const LETTER = "\\p{L}";
/** Not preceded by a letter or digit: a word starts here. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
/** Not followed by a letter or digit: a word ends here. */
export const WORD_END = "(?![\\p{L}\\p{N}])";
