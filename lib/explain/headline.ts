// A quantity's headline number under its named policy: the interval the policy gives for the
// current claims, and that interval in words ("33", "at least 31", "29–33").
import type { QuantityStatus } from "@/lib/figures/compare";
import type { Interval } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { HEADLINE_MESSAGES, type HeadlinePolicy } from "@/lib/i18n/messages/headline";
import { boundsInWords, figurePhrase, numberInWords, type FigureFields } from "./figure";

export type { HeadlinePolicy };

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

/** The headline interval a policy gives for the current claims. */
export function headlineInterval(
  policy: HeadlinePolicy,
  current: readonly FigureFields[],
  consensus: Interval | null,
): Interval | null {
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

/** A headline number, short: "33", "at least 31", "29–33". */
export function headlineInWords(
  bounds: Interval,
  figure: Pick<FigureFields, "kind" | "unit"> = { kind: "count", unit: null },
  locale: Locale = "en",
): string {
  const { low, high } = bounds;
  if (low !== null && high !== null && low !== high) {
    return `${numberInWords(low, figure.kind, figure.unit, locale)}–${numberInWords(high, figure.kind, figure.unit, locale)}`;
  }
  return boundsInWords(bounds, figure, locale);
}

/**
 * The headline of a quantity whose current claims (oldest first) have this status and consensus:
 * its number under the policy, the policy's name, and when the policy gives no number, the spread.
 */
export function explainHeadline(
  policy: HeadlinePolicy,
  current: readonly FigureFields[],
  status: QuantityStatus | "none",
  consensus: Interval | null,
  locale: Locale = "en",
): Headline {
  const interval = headlineInterval(policy, current, consensus);
  const first = current[0];
  const figure = first ?? { kind: "count" as const, unit: null };
  // From the lowest to the highest current figure: what a reader sees when the sources disagree.
  const range = interval || !first ? null : headlineInterval("range", current, null);
  return {
    policy,
    policyName: HEADLINE_MESSAGES[locale][policy].name,
    policyExplained: HEADLINE_MESSAGES[locale][policy].explained,
    interval,
    // Sources that agree are quoted as they put it ("about 3.7 million"), not as the interval it allows.
    text: !interval
      ? null
      : status === "agree" && policy === "consensus" && first
        ? figurePhrase(first, locale)
        : headlineInWords(interval, figure, locale),
    spread: range ? headlineInWords(range, figure, locale) : null,
  };
}
