/** A quote with the words around it, so a reader sees what the number was counting. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

const SENTENCE_END = /[.!?…]/;
const SPACE = /\s/;

/**
 * The sentence of `text` that holds `text.slice(start, end)`, split around it.
 * A full stop ends a sentence only when a space or the end follows it, so "4.1 million"
 * stays whole. Very long sentences are clipped to `maxSide` characters on each side.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  maxSide = 140,
): QuoteInContext {
  let from = start;
  while (from > 0) {
    const previous = text.charAt(from - 1);
    if (previous === "\n") break;
    if (SENTENCE_END.test(previous) && SPACE.test(text.charAt(from))) break;
    from -= 1;
  }

  let to = end;
  while (to < text.length) {
    const next = text.charAt(to);
    if (next === "\n") break;
    to += 1;
    if (SENTENCE_END.test(next) && (to === text.length || SPACE.test(text.charAt(to)))) break;
  }

  return {
    before: clipStart(text.slice(from, start).trimStart(), maxSide),
    quote: text.slice(start, end),
    after: clipEnd(text.slice(end, to).trimEnd(), maxSide),
  };
}

// Cut at a space so no word is shown half; the ellipsis says something was left out.
function clipStart(words: string, max: number): string {
  if (words.length <= max) return words;
  const tail = words.slice(-max);
  const space = tail.indexOf(" ");
  return "…" + (space === -1 ? tail : tail.slice(space));
}

function clipEnd(words: string, max: number): string {
  if (words.length <= max) return words;
  const head = words.slice(0, max);
  const space = head.lastIndexOf(" ");
  return (space === -1 ? head : head.slice(0, space)) + "…";
}
