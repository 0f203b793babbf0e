// The Hatay governor's figure of 27 February 2020, "at least 29" soldiers, as a claim stores it:
// the example most tests read, written once.
export const AT_LEAST_29 = {
  value: 29,
  low: 29,
  high: null,
  qualifier: "at_least",
  kind: "count",
  unit: null,
} as const;

/** The same figure as the claim form sends it: every field a string, an unbounded side empty. */
export const AT_LEAST_29_FORM = {
  quote: "At least 29",
  value: "29",
  qualifier: "at_least",
  low: "29",
  high: "",
  kind: "count",
} as const;

/** The claim form's fields about where a figure was published, all left empty. */
export const NO_PUBLICATION_FORM = {
  relayedById: "",
  articleUrl: "",
  archiveUrl: "",
  publisher: "",
  headline: "",
  publishedAt: "",
} as const;

/** "at least N" as a claim stores it, for tests that need several such figures. */
export const atLeast = (n: number) => ({ ...AT_LEAST_29, quote: `at least ${n}`, value: n, low: n });
