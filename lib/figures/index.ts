// The figures engine: pure TypeScript, no I/O. Reads reported numbers in English and French
// (spec/figures.md) and compares the claims made about one quantity.
export type { Figure, FigureKind, Interval, Lang, Qualifier } from "./types";
export { findFigures } from "./find-figures";
export { intervalFor, intersect, overlaps } from "./interval";
export { compareClaims } from "./compare";
export type { ClaimToCompare, Comparison, PairRelation, QuantityStatus } from "./compare";
