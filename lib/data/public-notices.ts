import "server-only";
import type { FigureFields } from "@/lib/explain";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { FIGURE_FIELDS } from "./fields";
import { readPublic } from "./public-cache";

// What a quantity's page says the newsroom took back: its retractions, each with its date and
// reason, in the open. A retracted claim is never compared with the others, never counted in the
// headline, never in a feed, download or API answer: this read is the one place its figure
// reaches a public page again, marked as retracted, beside the figures that still count. Only a
// published claim can be retracted (lib/data/review.ts), so every retracted claim was public.
// Corrections join this list as another kind of notice.

const RETRACTED_CLAIM_FIELDS = {
  id: true,
  quote: true,
  ...FIGURE_FIELDS,
  language: true,
  reportedAt: true,
  retractionReason: true,
  updatedAt: true,
  source: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

type RetractedClaim = Prisma.ClaimGetPayload<{ select: typeof RETRACTED_CLAIM_FIELDS }>;

/** A figure the newsroom published, then retracted: what it said, and when and why it was withdrawn. */
export interface PublicRetraction {
  kind: "retraction";
  claimId: string;
  source: { id: string; name: string };
  /** The figure as its source gave it: its words, in their language, and the interval they allow. */
  quote: string;
  language: string;
  figure: FigureFields;
  reportedAt: Date;
  /** When a reviewer retracted it (the history's "retract" entry). */
  at: Date;
  reason: string | null;
}

/** A dated note on a quantity's page. Corrections will join as `{ kind: "correction", ... }`. */
export type QuantityNotice = PublicRetraction;

/**
 * The notices of one quantity, oldest first by the date of the notice: its retracted claims, each
 * with the time it was retracted (the history's "retract" entry: `reviewedAt` stays the time it
 * was approved) and its reason.
 */
export function quantityNotices(quantityId: string): Promise<QuantityNotice[]> {
  return readPublic(`quantity-notices:${quantityId}`, () => loadNotices(quantityId));
}

async function loadNotices(quantityId: string): Promise<QuantityNotice[]> {
  const retracted = await db.claim.findMany({
    where: { quantityId, status: "retracted" },
    orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
    select: RETRACTED_CLAIM_FIELDS,
  });
  if (retracted.length === 0) return [];
  const entries = await db.historyEntry.findMany({
    where: { entityType: "claim", entityId: { in: retracted.map((c) => c.id) }, action: "retract" },
    orderBy: { id: "asc" },
    select: { id: true, entityId: true, at: true },
  });
  // A claim is retracted once; were there two entries, the latest would win. The entry's id
  // orders retractions made in the same millisecond.
  const entryOf = new Map(entries.map((e) => [e.entityId, e]));
  const order = (claimId: string) => entryOf.get(claimId)?.id ?? 0;
  return retracted
    .map((c) => retraction(c, entryOf.get(c.id)?.at ?? c.updatedAt))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || order(a.claimId) - order(b.claimId));
}

function retraction(claim: RetractedClaim, at: Date): PublicRetraction {
  const { id, source, quote, language, reportedAt, value, qualifier, low, high, kind, unit } = claim;
  return {
    kind: "retraction",
    claimId: id,
    source,
    quote,
    language,
    figure: { value, qualifier, low, high, kind, unit },
    reportedAt,
    at,
    reason: claim.retractionReason,
  };
}
