import { intersect, isWhollyAbove, overlaps, sameInterval } from "./interval";
import type { Interval } from "./types";

/** One claim about a quantity, reduced to what the comparison needs. */
export interface ClaimToCompare extends Interval {
  id: string;
  /** Who counted. Claims by the same source supersede each other; none means independent. */
  source?: string | null;
  /** When the source reported it. Without it, the order of the list stands for time. */
  reportedAt?: Date | string | number | null;
}

export type PairRelation = "overlap" | "conflict" | "revision";
export type QuantityStatus = "agree" | "consistent" | "revised" | "conflict";

export interface Comparison {
  status: QuantityStatus;
  consensus: Interval | null;
  pairs: Array<{ a: string; b: string; relation: PairRelation }>;
  /** Ids of claims a later claim by the same source replaced, in input order. */
  superseded: string[];
}

interface Timed {
  claim: ClaimToCompare;
  index: number;
  time: number | null;
}

function timeOf(reportedAt: ClaimToCompare["reportedAt"]): number | null {
  if (reportedAt === null || reportedAt === undefined || reportedAt === "") return null;
  const t = reportedAt instanceof Date ? reportedAt.getTime() : new Date(reportedAt).getTime();
  return Number.isNaN(t) ? null : t;
}

/**
 * Is `b` later than `a`? By the time each was reported; where either has none, by list order.
 * Two claims reported at the same moment are not later than each other.
 */
function isLater(b: Timed, a: Timed): boolean {
  if (a.time !== null && b.time !== null) return b.time > a.time;
  return b.index > a.index;
}

const sourceKey = (source: ClaimToCompare["source"]) => source?.trim().replace(/\s+/g, " ").toLowerCase() || null;

/** The claims a later claim by the same source replaced. */
function supersededClaims(timed: readonly Timed[]): Set<Timed> {
  const latestBySource = new Map<string, Timed>();
  for (const t of timed) {
    const key = sourceKey(t.claim.source);
    if (key === null) continue;
    const latest = latestBySource.get(key);
    // Same moment twice: the one listed last is taken as the later word.
    if (!latest || isLater(t, latest) || (t.time !== null && t.time === latest.time)) latestBySource.set(key, t);
  }
  const superseded = new Set<Timed>();
  for (const t of timed) {
    const key = sourceKey(t.claim.source);
    if (key !== null && latestBySource.get(key) !== t) superseded.add(t);
  }
  return superseded;
}

/**
 * Compares the claims made about one quantity (spec/figures.md section 4): which are current,
 * how each pair relates, the status of the quantity and the consensus interval.
 */
export function compareClaims(claims: readonly ClaimToCompare[], options: { cumulative: boolean }): Comparison {
  const timed: Timed[] = claims.map((claim, index) => ({
    claim,
    index,
    time: timeOf(claim.reportedAt),
  }));
  const superseded = supersededClaims(timed);
  const current = timed.filter((t) => !superseded.has(t));

  const pairs: Comparison["pairs"] = [];
  const belowALaterClaim = new Set<Timed>();
  for (let i = 0; i < current.length; i++) {
    for (let j = i + 1; j < current.length; j++) {
      const a = current[i] as Timed;
      const b = current[j] as Timed;
      let relation: PairRelation = "conflict";
      if (overlaps(a.claim, b.claim)) relation = "overlap";
      else if (options.cumulative && isLater(b, a) && isWhollyAbove(b.claim, a.claim)) {
        relation = "revision";
        belowALaterClaim.add(a);
      } else if (options.cumulative && isLater(a, b) && isWhollyAbove(a.claim, b.claim)) {
        relation = "revision";
        belowALaterClaim.add(b);
      }
      pairs.push({ a: a.claim.id, b: b.claim.id, relation });
    }
  }

  const has = (relation: PairRelation) => pairs.some((p) => p.relation === relation);
  const first = current[0];
  let status: QuantityStatus;
  if (has("conflict")) status = "conflict";
  else if (has("revision")) status = "revised";
  else if (!first || current.every((t) => sameInterval(t.claim, first.claim))) status = "agree";
  else status = "consistent";

  const standing = current.filter((t) => !belowALaterClaim.has(t));
  const consensus = intersect(standing.map((t) => ({ low: t.claim.low, high: t.claim.high })));

  return {
    status,
    consensus,
    pairs,
    superseded: timed.filter((t) => superseded.has(t)).map((t) => t.claim.id),
  };
}
