// The reader tool's limit, apart from its zod schema: the form in the browser shows it, and
// importing it from read-figures-input.ts would ship zod (some 110 kB) to every home page visitor.

/** The longest text the "Read a figure" tool reads, in characters. */
export const MAX_TEXT_LENGTH = 20_000;
