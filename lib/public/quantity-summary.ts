// What the public page says about one quantity: its status, its headline number under the
// quantity's policy, how each claim stands on the chart, and the sentence that explains it all.
// The engine is asked once per quantity (compareQuantity); the page's words (summarizeQuantity)
// and the open data's numbers (open-data/serialize.ts) are both read from that one answer.
import { compareClaims, type Comparison, type QuantityStatus } from "@/lib/figures/compare";
import type { Interval } from "@/lib/figures/types";
import {
  explainHeadline,
  statusLabel,
  statusSentence,
  type FigureFields,
  type Headline,
  type HeadlinePolicy,
} from "@/lib/explain";
import type { Locale } from "@/lib/i18n/locale";

export type { Headline, HeadlinePolicy };
export type ChartRelation = "agrees" | "conflict" | "revised" | "superseded";

/** A published claim, reduced to what the summary needs. */
export interface SummaryClaim extends FigureFields {
  id: string;
  source: { id: string; name: string };
  reportedAt: Date;
}

export interface SummaryQuantity {
  cumulative: boolean;
  headlinePolicy: HeadlinePolicy;
}

/** What the engine needs of a claim to compare it: its interval, its source and when it was said. */
export interface ComparableClaim extends Interval {
  id: string;
  source: { id: string };
  reportedAt: Date;
}

/** A quantity's published claims and the engine's one answer about them (spec/figures.md section 4). */
export interface ComparedQuantity<C extends ComparableClaim = SummaryClaim> {
  comparison: Comparison;
  /** Every claim, oldest first; the current ones and the superseded ones, each oldest first. */
  claims: C[];
  current: C[];
  superseded: C[];
  status: QuantityStatus | "none";
  consensus: Interval | null;
}

export interface QuantitySummary {
  status: QuantityStatus | "none";
  /** "Compatible", "Conflict"...: the status as a one-word badge. */
  statusLabel: string;
  consensus: Interval | null;
  headline: Headline;
  relations: Record<string, ChartRelation>;
  /** Ids of the current claims and of the superseded ones, each oldest first. */
  currentIds: string[];
  supersededIds: string[];
  sentence: string;
}

const byTime = (a: ComparableClaim, b: ComparableClaim) => a.reportedAt.getTime() - b.reportedAt.getTime();

/** Compares a quantity's published claims, once: everything the page and the open data say follows from this. */
export function compareQuantity<C extends ComparableClaim>(
  quantity: Pick<SummaryQuantity, "cumulative">,
  published: readonly C[],
): ComparedQuantity<C> {
  const claims = [...published].sort(byTime);
  const comparison = compareClaims(
    claims.map((c) => ({
      id: c.id,
      low: c.low,
      high: c.high,
      source: c.source.id,
      reportedAt: c.reportedAt,
    })),
    { cumulative: quantity.cumulative },
  );
  const superseded = new Set(comparison.superseded);
  const current = claims.filter((c) => !superseded.has(c.id));
  return {
    comparison,
    claims,
    current,
    superseded: claims.filter((c) => superseded.has(c.id)),
    status: current.length === 0 ? "none" : comparison.status,
    consensus: current.length === 0 ? null : comparison.consensus,
  };
}

function chartRelations({ claims, comparison }: ComparedQuantity): Record<string, ChartRelation> {
  const relations: Record<string, ChartRelation> = {};
  const time = new Map(claims.map((c) => [c.id, c.reportedAt.getTime()]));
  for (const c of claims) relations[c.id] = "agrees";
  for (const id of comparison.superseded) relations[id] = "superseded";
  for (const pair of comparison.pairs) {
    if (pair.relation === "conflict") {
      relations[pair.a] = "conflict";
      relations[pair.b] = "conflict";
    } else if (pair.relation === "revision") {
      // The earlier of the two is the figure a later one revised.
      const earlier = (time.get(pair.a) ?? 0) <= (time.get(pair.b) ?? 0) ? pair.a : pair.b;
      if (relations[earlier] !== "conflict") relations[earlier] = "revised";
    }
  }
  return relations;
}

/** What a quantity's published claims add up to, in the reader's words. */
export function summarizeQuantity(
  quantity: SummaryQuantity,
  published: readonly SummaryClaim[],
  locale: Locale = "en",
): QuantitySummary {
  const compared = compareQuantity(quantity, published);
  const { current, superseded, status, consensus, comparison } = compared;
  return {
    status,
    statusLabel: statusLabel(status, current.length, locale),
    consensus,
    headline: explainHeadline(quantity.headlinePolicy, current, status, consensus, locale),
    relations: chartRelations(compared),
    currentIds: current.map((c) => c.id),
    supersededIds: superseded.map((c) => c.id),
    sentence: statusSentence(
      {
        cumulative: quantity.cumulative,
        current,
        supersededCount: superseded.length,
        comparison,
        consensus,
      },
      locale,
    ),
  };
}
