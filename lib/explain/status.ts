// A quantity's status in words: one label for readers and reviewers alike ("Compatible",
// "One source"), and for the reviewer the detail behind it, each pair of claims included.
// The public sentence under a headline number is ./status-sentence.ts.
import { intersect } from "@/lib/figures/interval";
import type { Comparison, PairRelation, QuantityStatus } from "@/lib/figures/compare";
import type { FigureKind, Interval } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_MESSAGES } from "@/lib/i18n/messages/status";
import { intervalInWords } from "./figure";

/**
 * The badge of a quantity's status: "Compatible" for `consistent`, "One source" while a single
 * current claim has nothing to be compared with, "No figure yet" with none.
 */
export function statusLabel(status: QuantityStatus | "none", currentCount: number, locale: Locale = "en"): string {
  const labels = STATUS_MESSAGES[locale].labels;
  if (status === "none" || currentCount === 0) return labels.none;
  return currentCount === 1 ? labels.oneSource : labels[status];
}

/** What the figures of a quantity are: the kind and unit its intervals are said in. */
export interface FigureShape {
  kind: FigureKind;
  unit: string | null;
}

/** A claim as the reviewer's sentences name it: its source, its quote and its interval. */
export interface NamedClaim extends Interval {
  sourceName: string;
  quote: string;
}

const allows = (figure: FigureShape, interval: Interval, locale: Locale) =>
  intervalInWords({ low: interval.low, high: interval.high, kind: figure.kind, unit: figure.unit }, locale);

/** What the status means for these current claims, as a reviewer should take it (without its label). */
export function statusDetail(
  figure: FigureShape,
  comparison: Comparison,
  current: readonly Interval[],
  locale: Locale = "en",
): string {
  const words = STATUS_MESSAGES[locale].detail;
  const only = current[0];
  if (!only) return words.nothingToCompare;
  if (current.length === 1) return words.oneSays(allows(figure, only, locale));
  const consensus = comparison.consensus && allows(figure, comparison.consensus, locale);
  switch (comparison.status) {
    case "agree":
      return words.agree(allows(figure, only, locale));
    case "consistent":
      return words.consistent(consensus);
    case "revised":
      return words.revised(consensus);
    case "conflict":
      return words.conflict(comparison.pairs.filter((p) => p.relation === "conflict").length);
  }
}

/** One pair of claims and how they stand: both true, a conflict, or a later count revising an earlier one. */
export function pairInWords(
  figure: FigureShape,
  a: NamedClaim,
  b: NamedClaim,
  relation: PairRelation,
  locale: Locale = "en",
): string {
  const words = STATUS_MESSAGES[locale].detail;
  const named = (c: NamedClaim) => words.named(c.sourceName, c.quote);
  if (relation === "overlap") {
    const shared = intersect([a, b]);
    return words.overlap(named(a), named(b), shared && allows(figure, shared, locale));
  }
  if (relation === "conflict") return words.pairConflict(named(a), named(b));
  const [earlier, later] = (a.low ?? -Infinity) > (b.high ?? Infinity) ? [b, a] : [a, b];
  return words.revision(named(later), named(earlier));
}
