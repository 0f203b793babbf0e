// The reader tool's limit, apart from its zod schema: the form in the browser shows it, and
// importing it from read-figures-input.ts would ship zod (some 110 kB) to every home page visitor.

/** The longest text the "Read a figure" tool reads, in characters. */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * The most figures one reading shows: a text of nothing but numbers holds thousands, and the
 * answer stays a few tens of kilobytes. The reader is told how many there were in all.
 */
export const MAX_FIGURES_SHOWN = 200;

/** Readings one client may ask for at once, and how fast it earns another (one every 3 s). */
export const READER_BURST = 20;
export const READER_REFILL_MS = 3_000;
