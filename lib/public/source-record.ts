// A source's record on its public page: of the figures it gave, how many were later revised and
// how many other sources contradicted. Each quantity is compared as its own page compares it
// (compareQuantity, spec/figures.md section 4); this only reads the source's part of the answer.
import type { Interval } from "@/lib/figures/types";
import { compareQuantity } from "./quantity-summary";

/** A published claim, reduced to what the comparison needs. */
export interface RecordClaim extends Interval {
  id: string;
  source: { id: string; name: string };
  reportedAt: Date;
}

/** A quantity the source gave a figure for, with every published claim about it, from anyone. */
export interface RecordQuantity {
  cumulative: boolean;
  claims: readonly RecordClaim[];
}

/** What became of one of the source's figures. */
export interface FigureFate {
  /**
   * "own": the source later gave another figure for the same quantity; "others": a toll that
   * only grows, and another source later gave a figure wholly above it; null: still standing.
   */
  revised: "own" | "others" | null;
  /** Who later gave the higher toll, when `revised` is "others". */
  revisedBy: string[];
  /** The other sources whose current figure cannot be true at the same time as this one. */
  contradictedBy: string[];
}

/** The record in three numbers, as the source's page states it. */
export interface SourceRecordCounts {
  /** The source's published figures. */
  figures: number;
  /** How many of them were later revised, by the source itself or by a higher toll. */
  revised: number;
  /** How many of them another source's current figure contradicts. */
  contradicted: number;
}

export interface SourceRecord extends SourceRecordCounts {
  /** Each of the source's figures, by claim id. */
  fates: Record<string, FigureFate>;
}

/** The fates of `sourceId`'s figures about one quantity. */
function fatesIn(sourceId: string, quantity: RecordQuantity): Record<string, FigureFate> {
  const { claims, comparison } = compareQuantity(quantity, quantity.claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const superseded = new Set(comparison.superseded);
  const fates: Record<string, FigureFate> = {};
  for (const claim of claims) {
    if (claim.source.id !== sourceId) continue;
    fates[claim.id] = {
      revised: superseded.has(claim.id) ? "own" : null,
      revisedBy: [],
      contradictedBy: [],
    };
  }
  for (const pair of comparison.pairs) {
    const [a, b] = [byId.get(pair.a), byId.get(pair.b)] as [RecordClaim, RecordClaim];
    for (const [mine, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const fate = fates[mine.id];
      if (!fate) continue;
      if (pair.relation === "conflict") fate.contradictedBy.push(other.source.name);
      // In a revision, the earlier figure is the one revised (a toll only grows).
      if (pair.relation === "revision" && mine.reportedAt < other.reportedAt) {
        fate.revised ??= "others";
        fate.revisedBy.push(other.source.name);
      }
    }
  }
  return fates;
}

/** The record of the source `sourceId` over the quantities it gave figures for. */
export function sourceRecord(sourceId: string, quantities: readonly RecordQuantity[]): SourceRecord {
  const fates: Record<string, FigureFate> = {};
  for (const quantity of quantities) Object.assign(fates, fatesIn(sourceId, quantity));
  const all = Object.values(fates);
  return {
    figures: all.length,
    revised: all.filter((f) => f.revised !== null).length,
    contradicted: all.filter((f) => f.contradictedBy.length > 0).length,
    fates,
  };
}
