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
 * stays whole. Very long sentences are clipped to `maxSide` characters on each side, and the
 * search for the sentence's ends never looks further than that: a text of one endless sentence
 * full of figures is still read in time proportional to its length.
 */
export function sentenceAround(text: string, start: number, end: number, maxSide = 140): QuoteInContext {
  const reach = 2 * maxSide;
  const floor = Math.max(0, start - reach);
  let from = start;
  while (from > floor) {
    const previous = text.charAt(from - 1);
    if (previous === "\n") break;
    if (SENTENCE_END.test(previous) && SPACE.test(text.charAt(from))) break;
    from -= 1;
  }
  const cutBefore = from === floor && floor > 0 && !isSentenceStart(text, floor);

  const ceiling = Math.min(text.length, end + reach);
  let to = end;
  let ended = to === text.length;
  while (to < ceiling) {
    const next = text.charAt(to);
    if (next === "\n") {
      ended = true;
      break;
    }
    to += 1;
    if (SENTENCE_END.test(next) && (to === text.length || SPACE.test(text.charAt(to)))) {
      ended = true;
      break;
    }
  }
  if (to === text.length) ended = true;

  return {
    before: clipStart(text.slice(from, start).trimStart(), maxSide, cutBefore),
    quote: text.slice(start, end),
    after: clipEnd(text.slice(end, to).trimEnd(), maxSide, !ended),
  };
}

/** Does a sentence begin at `at` (after a line break, or a full stop and a space)? */
function isSentenceStart(text: string, at: number): boolean {
  const previous = text.charAt(at - 1);
  return previous === "\n" || (SENTENCE_END.test(previous) && SPACE.test(text.charAt(at)));
}

// Cut at a space so no word is shown half; the ellipsis says something was left out.
function clipStart(words: string, max: number, cut = false): string {
  if (words.length <= max && !cut) return words;
  const tail = words.slice(-max);
  const space = tail.indexOf(" ");
  return "…" + (space === -1 ? tail : tail.slice(space));
}

function clipEnd(words: string, max: number, cut = false): string {
  if (words.length <= max && !cut) return words;
  const head = words.slice(0, max);
  const space = head.lastIndexOf(" ");
  return (space === -1 ? head : head.slice(0, space)) + "…";
}
