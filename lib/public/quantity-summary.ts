// What the public page says about one quantity: its status, its headline number under the
// quantity's policy, how each claim stands on the chart, and the sentence that explains it all.
import { compareClaims, type Comparison, type QuantityStatus } from "@/lib/figures/compare";
import type { Interval } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { figurePhrase, headlineInWords, type FigureFields } from "./figure-words";
import { statusSentence } from "./status-sentence";

export type HeadlinePolicy = "consensus" | "range" | "conservative";
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

export interface Headline {
  policy: HeadlinePolicy;
  /** "Consensus", "Range", "Conservative". */
  policyName: string;
  /** What the policy means, for the line beside the number. */
  policyExplained: string;
  interval: Interval | null;
  /** "33", "at least 31", "29–33"; null when the policy gives no number (a conflict under consensus). */
  text: string | null;
  /** When the policy gives no number: how far apart the current figures are ("29–35"). */
  spread: string | null;
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

export const POLICY_NAMES: Record<Locale, Record<HeadlinePolicy, { name: string; explained: string }>> = {
  en: {
    consensus: { name: "Consensus", explained: "the value every current figure allows" },
    range: { name: "Range", explained: "from the lowest to the highest current figure" },
    conservative: { name: "Conservative", explained: "the lowest current figure" },
  },
  fr: {
    consensus: { name: "Consensus", explained: "la valeur que tous les chiffres actuels admettent" },
    range: { name: "Fourchette", explained: "du plus bas au plus haut des chiffres actuels" },
    conservative: { name: "Prudent", explained: "le plus bas des chiffres actuels" },
  },
};

export const STATUS_LABELS: Record<Locale, Record<QuantitySummary["status"] | "one_source", string>> = {
  en: { agree: "Figures agree", consistent: "Compatible", revised: "Revised upward", conflict: "Conflict", none: "No figure yet", one_source: "One source" },
  fr: { agree: "Concordants", consistent: "Compatibles", revised: "Revu à la hausse", conflict: "Contradiction", none: "Aucun chiffre", one_source: "Une seule source" },
};

const byTime = (a: SummaryClaim, b: SummaryClaim) => a.reportedAt.getTime() - b.reportedAt.getTime();

/** The headline interval a policy gives for the current claims. */
export function headlineInterval(policy: HeadlinePolicy, current: readonly SummaryClaim[], consensus: Interval | null): Interval | null {
  if (current.length === 0) return null;
  if (policy === "consensus") return consensus;
  if (policy === "range") {
    const lows = current.map((c) => c.low);
    const highs = current.map((c) => c.high);
    const low = lows.includes(null) ? null : Math.min(...(lows as number[]));
    const high = highs.includes(null) ? null : Math.max(...(highs as number[]));
    return { low, high };
  }
  // Conservative: the lowest figure a source gave, as a single number ("at least 29" gives 29).
  const figures = current.map((c) => c.value ?? c.low ?? c.high).filter((n): n is number => n !== null);
  if (figures.length === 0) return null;
  const lowest = Math.min(...figures);
  return { low: lowest, high: lowest };
}

function chartRelations(claims: readonly SummaryClaim[], comparison: Comparison): Record<string, ChartRelation> {
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

/** From the lowest to the highest current figure, in words: what a reader sees when the sources disagree. */
function spreadOf(current: readonly SummaryClaim[], figure: Pick<SummaryClaim, "kind" | "unit">, locale: Locale): string | null {
  const range = headlineInterval("range", current, null);
  return range ? headlineInWords(range, figure, locale) : null;
}

/** Compares a quantity's published claims (spec/figures.md section 4) and says what they add up to. */
export function summarizeQuantity(quantity: SummaryQuantity, published: readonly SummaryClaim[], locale: Locale = "en"): QuantitySummary {
  const claims = [...published].sort(byTime);
  const comparison = compareClaims(
    claims.map((c) => ({ id: c.id, low: c.low, high: c.high, source: c.source.id, reportedAt: c.reportedAt })),
    { cumulative: quantity.cumulative },
  );
  const superseded = new Set(comparison.superseded);
  const current = claims.filter((c) => !superseded.has(c.id));
  const status = current.length === 0 ? "none" : comparison.status;
  const consensus = current.length === 0 ? null : comparison.consensus;
  const interval = headlineInterval(quantity.headlinePolicy, current, consensus);
  const figure = current[0] ?? { kind: "count" as const, unit: null };

  return {
    status,
    statusLabel: STATUS_LABELS[locale][current.length === 1 ? "one_source" : status],
    consensus,
    headline: {
      policy: quantity.headlinePolicy,
      policyName: POLICY_NAMES[locale][quantity.headlinePolicy].name,
      policyExplained: POLICY_NAMES[locale][quantity.headlinePolicy].explained,
      interval,
      // Sources that agree are quoted as they put it ("about 3.7 million"), not as the interval it allows.
      text: !interval ? null : status === "agree" && quantity.headlinePolicy === "consensus" ? figurePhrase(figure as SummaryClaim, locale) : headlineInWords(interval, figure, locale),
      spread: interval || current.length === 0 ? null : spreadOf(current, figure, locale),
    },
    relations: chartRelations(claims, comparison),
    currentIds: current.map((c) => c.id),
    supersededIds: claims.filter((c) => superseded.has(c.id)).map((c) => c.id),
    sentence: statusSentence({ cumulative: quantity.cumulative, current, supersededCount: superseded.size, comparison, consensus }, locale),
  };
}
