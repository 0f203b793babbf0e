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
