// Example sentences with the figures a reader must find written in [brackets] where they stand:
// "Rescuers pulled [at least 14] survivors." is the sentence without the brackets, and its quote.

/** The sentence without its brackets, and the bracketed parts (the quotes) in order. */
export function unmark(marked: string): { text: string; quotes: string[] } {
  if (!/^(?:[^[\]]*\[[^[\]]+\])+[^[\]]*$/.test(marked)) {
    throw new Error(`Mark each quote with one pair of [brackets], none nested or left open: ${marked}`);
  }
  const quotes = [...marked.matchAll(/\[([^[\]]+)\]/g)].map((match) => match[1] as string);
  return { text: marked.replace(/[[\]]/g, ""), quotes };
}

/** The sentence without its brackets, and its one bracketed quote. */
export function unmarkOne(marked: string): { text: string; quote: string } {
  const { text, quotes } = unmark(marked);
  if (quotes.length !== 1) throw new Error(`Mark exactly one quote with [brackets]: ${marked}`);
  return { text, quote: quotes[0] as string };
}
