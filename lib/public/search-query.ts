// Turns what a visitor typed into an SQLite FTS5 query that cannot fail. FTS5 has a syntax of its
// own (AND, OR, NOT, NEAR(...), "phrases", prefix*, column: filters, ^): passed through as typed,
// a stray quote or a `source:` raises a syntax error, and an `OR` changes the meaning. So the
// visitor's text is never passed through: only its words are kept, each one quoted, and the FTS5
// syntax around them is ours.

/** What search finds, in the order the results page lists them. */
export const SEARCH_KINDS = ["story", "quantity", "source", "claim"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Longer input is cut: nobody types a 1,000-character search, and a long query is slow. */
export const MAX_QUERY_LENGTH = 200;
/** Words beyond these are ignored: each one is a term every result must match. */
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

export interface SearchQuery {
  /** The words searched for, as typed (accents kept), for the page to repeat. */
  terms: string[];
  /** The FTS5 query over the searched columns, or null when there is no word to search for. */
  match: string | null;
}

// A word starts with a letter or a digit and may carry accents written as combining marks.
// Everything else (punctuation, quotes, operators, emoji, spaces) separates words, as
// FTS5's unicode61 tokenizer separates them in the indexed text.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The columns visitors search (prisma/migrations/20261124160000_public_search): never `ref`. */
const SEARCHED_COLUMNS = "{title body}";

/**
 * Every word must appear (FTS5's implicit AND), in any order; the last one may be the start of
 * a word, because people search as they type ("soldi" finds "soldiers").
 */
export function buildSearchQuery(input: string): SearchQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH).normalize("NFC");
  const terms = (text.match(WORD) ?? []).slice(0, MAX_TERMS).map((term) => term.slice(0, MAX_TERM_LENGTH));
  if (terms.length === 0) return { terms, match: null };
  // Quoting makes each word a string for FTS5, never an operator: "AND", "NEAR" and "source" are
  // words here. The words hold no quote character, so nothing inside needs escaping.
  const quoted = terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`));
  return { terms, match: `${SEARCHED_COLUMNS} : (${quoted.join(" ")})` };
}

/** The marks FTS5's highlight() and snippet() put around a matched word, split on by the page. */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface HighlightPart {
  text: string;
  matched: boolean;
}

/**
 * Splits a highlighted text into plain and matched parts, for the page to wrap the matched ones
 * in <mark> as React elements, never as HTML. A stray or unpaired mark is dropped.
 */
export function highlightParts(highlighted: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let matched = false;
  let text = "";
  const flush = () => {
    if (text) parts.push({ text, matched });
    text = "";
  };
  for (const char of highlighted) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      matched = char === MATCH_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
