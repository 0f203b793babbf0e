import { pairInWords, statusDetail, statusLabel } from "@/lib/explain";
import { compareClaims, type Comparison, type FigureKind, type Interval, type PairRelation } from "@/lib/figures";
import { withColon } from "@/lib/i18n/format";

// What a reviewer's decision would do to a quantity: the comparison of its published claims
// without the claim under review and with it (spec/figures.md section 4), said in plain words.
// Pure: the page hands in the claims, nothing here reads a database.

/** A claim about the quantity, as the comparison and the sentences need it. */
export interface ClaimOnQuantity extends Interval {
  id: string;
  /** The source that counted: claims of one source supersede each other. */
  sourceId: string;
  sourceName: string;
  quote: string;
  reportedAt: Date | string;
}

export interface QuantityForPreview {
  cumulative: boolean;
  kind: FigureKind;
  unit: string | null;
}

export interface PairInWords {
  a: ClaimOnQuantity;
  b: ClaimOnQuantity;
  relation: PairRelation;
  /** True when one side of the pair is the claim under review. */
  involvesClaim: boolean;
  sentence: string;
}

export interface ComparisonInWords {
  comparison: Comparison;
  /** How many claims are compared (superseded ones left out). */
  currentCount: number;
  /** "Compatible", "Conflict", "One source"...: the public badge's words; null when no claim is left to compare. */
  label: string | null;
  /** What the label means here: "the figures differ, yet together they say 31 or more." */
  detail: string;
  /** Both in one: "Compatible: the figures differ, yet together they say 31 or more." */
  sentence: string;
  pairs: PairInWords[];
}

export interface ReviewPreview {
  /** The published claims alone, without the claim under review. */
  without: ComparisonInWords;
  /** The published claims with the claim under review among them. */
  with: ComparisonInWords;
  /** Does the claim change the status or the consensus? */
  changesOutcome: boolean;
  /** Earlier claims of the same source that this claim replaces. */
  replaces: ClaimOnQuantity[];
  /** A later claim of the same source that already replaces this one, if any. */
  replacedBy: ClaimOnQuantity | null;
}

/**
 * The comparison the quantity would show if `claim` were published alongside `published`
 * (its other published claims), and the one it shows without it.
 */
export function previewReview(
  quantity: QuantityForPreview,
  published: readonly ClaimOnQuantity[],
  claim: ClaimOnQuantity,
): ReviewPreview {
  const others = published.filter((c) => c.id !== claim.id);
  const without = describeComparison(quantity, others, claim.id);
  const withClaim = describeComparison(quantity, [...others, claim], claim.id);

  const supersededWith = new Set(withClaim.comparison.superseded);
  const sameSource = others.filter((c) => c.sourceId === claim.sourceId);
  const replaces = supersededWith.has(claim.id) ? [] : sameSource.filter((c) => supersededWith.has(c.id));
  const replacedBy = supersededWith.has(claim.id) ? (sameSource.find((c) => !supersededWith.has(c.id)) ?? null) : null;

  return {
    without,
    with: withClaim,
    changesOutcome:
      without.comparison.status !== withClaim.comparison.status ||
      !sameConsensus(without.comparison.consensus, withClaim.comparison.consensus),
    replaces,
    replacedBy,
  };
}

function sameConsensus(a: Interval | null, b: Interval | null): boolean {
  if (a === null || b === null) return a === b;
  return a.low === b.low && a.high === b.high;
}

// Claims reported in time order, so "the later claim" in a sentence reads true.
function byReportedAt(claims: readonly ClaimOnQuantity[]): ClaimOnQuantity[] {
  return claims
    .map((claim, index) => ({ claim, index, time: new Date(claim.reportedAt).getTime() }))
    .sort((x, y) => x.time - y.time || x.index - y.index)
    .map((x) => x.claim);
}

/** The comparison of `claims` with its status, consensus and each pair in plain words. */
export function describeComparison(
  quantity: QuantityForPreview,
  claims: readonly ClaimOnQuantity[],
  underReviewId: string | null = null,
): ComparisonInWords {
  const ordered = byReportedAt(claims);
  const comparison = compareClaims(
    ordered.map((c) => ({
      id: c.id,
      low: c.low,
      high: c.high,
      source: c.sourceId,
      reportedAt: c.reportedAt,
    })),
    { cumulative: quantity.cumulative },
  );
  const byId = new Map(ordered.map((c) => [c.id, c]));
  const current = ordered.filter((c) => !comparison.superseded.includes(c.id));
  const pairs: PairInWords[] = [];
  for (const pair of comparison.pairs) {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    if (!a || !b) continue;
    pairs.push({
      a,
      b,
      relation: pair.relation,
      involvesClaim: underReviewId !== null && (a.id === underReviewId || b.id === underReviewId),
      sentence: pairInWords(quantity, a, b, pair.relation),
    });
  }
  // The reviewer reads the badge the public will see, then the detail behind it.
  const label = current.length === 0 ? null : statusLabel(comparison.status, current.length);
  const detail = statusDetail(quantity, comparison, current);
  return {
    comparison,
    currentCount: current.length,
    label,
    detail,
    sentence: label ? withColon(label, detail, "en") : detail,
    pairs,
  };
}
