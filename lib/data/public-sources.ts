import "server-only";
import type { Prisma, SourceKind } from "@/lib/generated/prisma/client";
import type { RecordQuantity } from "@/lib/public/source-record";
import { PUBLISHED } from "./public-claims";
import { readPublic } from "./public-cache";
import { db } from "./db";

// A source's public page: who it is and the figures it gave, published ones only. A source with
// no published claim has no page at all, so neither its name nor a draft's words leak.

const SOURCE_CLAIM_FIELDS = {
  id: true,
  quote: true,
  value: true,
  low: true,
  high: true,
  qualifier: true,
  kind: true,
  unit: true,
  sentence: true,
  language: true,
  reportedAt: true,
  relayedBy: { select: { id: true, name: true } },
  quantity: { select: { id: true, label: true, cumulative: true, story: { select: { id: true, title: true, slug: true, date: true } } } },
} satisfies Prisma.ClaimSelect;

export type SourceClaim = Prisma.ClaimGetPayload<{ select: typeof SOURCE_CLAIM_FIELDS }>;
type StoryRef = SourceClaim["quantity"]["story"];
type QuantityRef = Omit<SourceClaim["quantity"], "story">;

export interface SourceStory {
  story: StoryRef;
  quantities: Array<{ quantity: QuantityRef; claims: SourceClaim[] }>;
}

export interface PublicSourcePage {
  source: { id: string; name: string; kind: SourceKind; country: string; homepage: string | null };
  /** The source's claims by story, then by quantity, newest first at every level. */
  stories: SourceStory[];
  /** Every quantity the source gave a figure for, with all its published claims, for its record. */
  comparisons: RecordQuantity[];
}

/** A source's public page, or null when there is no such source or it has no published claim. */
export function sourcePage(id: string): Promise<PublicSourcePage | null> {
  return readPublic(`source:${id}`, () => loadSourcePage(id));
}

async function loadSourcePage(id: string): Promise<PublicSourcePage | null> {
  const found = await db.source.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      country: true,
      homepage: true,
      claims: { where: PUBLISHED, orderBy: [{ reportedAt: "desc" }, { id: "desc" }], select: SOURCE_CLAIM_FIELDS },
    },
  });
  if (!found || found.claims.length === 0) return null;
  const { claims, ...source } = found;

  const quantityIds = [...new Set(claims.map((c) => c.quantity.id))];
  const everyClaim = await db.claim.findMany({
    where: { quantityId: { in: quantityIds }, ...PUBLISHED },
    select: { id: true, low: true, high: true, reportedAt: true, quantityId: true, source: { select: { id: true, name: true } } },
  });
  const comparisons = quantityIds.map((quantityId) => ({
    cumulative: claims.find((c) => c.quantity.id === quantityId)?.quantity.cumulative ?? false,
    claims: everyClaim.filter((c) => c.quantityId === quantityId),
  }));

  return { source, stories: byStoryAndQuantity(claims), comparisons };
}

/** Groups claims given newest first; a story (and a quantity) comes where its newest claim does. */
function byStoryAndQuantity(claims: readonly SourceClaim[]): SourceStory[] {
  const stories = new Map<string, SourceStory>();
  for (const claim of claims) {
    const { story, ...quantity } = claim.quantity;
    let group = stories.get(story.id);
    if (!group) stories.set(story.id, (group = { story, quantities: [] }));
    let quantityGroup = group.quantities.find((q) => q.quantity.id === quantity.id);
    if (!quantityGroup) group.quantities.push((quantityGroup = { quantity, claims: [] }));
    quantityGroup.claims.push(claim);
  }
  return [...stories.values()];
}
