import "server-only";
import type { Prisma, SourceKind } from "@/lib/generated/prisma/client";
import { pageSlice, pageWindow } from "@/lib/public/pagination";
import type { RecordQuantity } from "@/lib/public/source-record";
import { PUBLISHED } from "./public-claims";
import { readPublic } from "./public-cache";
import { db } from "./db";

// A source's public page: who it is and the figures it gave, published ones only. A source with
// no published claim has no page at all, so neither its name nor a draft's words leak. A source
// quoted for years has thousands of figures: they are listed a page at a time, newest first, and
// only the record (how many were revised or contradicted) reads them all, lean.

/** The source's figures on one page. */
export const SOURCE_CLAIMS_PER_PAGE = 20;

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
  /** This page's claims by story, then by quantity, newest first at every level. */
  stories: SourceStory[];
  page: number;
  hasNewer: boolean;
  hasOlder: boolean;
  /** Every quantity the source gave a figure for, with all its published claims, for its record. */
  comparisons: RecordQuantity[];
}

/**
 * Page `page` of a source's public page, or null when there is no such source or it has no
 * published claim. A page past the last has no stories (the caller says so).
 */
export function sourcePage(id: string, page = 1): Promise<PublicSourcePage | null> {
  return readPublic(`source:${id}:${page}`, () => loadSourcePage(id, page));
}

async function loadSourcePage(id: string, page: number): Promise<PublicSourcePage | null> {
  const source = await db.source.findUnique({ where: { id }, select: { id: true, name: true, kind: true, country: true, homepage: true } });
  if (!source) return null;
  const mine = { sourceId: id, ...PUBLISHED };
  // The record's side: every quantity the source spoke of, then every published claim about them.
  const spokenOf = await db.claim.findMany({ where: mine, distinct: ["quantityId"], select: { quantity: { select: { id: true, cumulative: true } } } });
  if (spokenOf.length === 0) return null;
  const [claims, everyClaim] = await Promise.all([
    db.claim.findMany({
      where: mine,
      orderBy: [{ reportedAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, SOURCE_CLAIMS_PER_PAGE),
      select: SOURCE_CLAIM_FIELDS,
    }),
    db.claim.findMany({
      where: { quantityId: { in: spokenOf.map((c) => c.quantity.id) }, ...PUBLISHED },
      select: { id: true, low: true, high: true, reportedAt: true, quantityId: true, source: { select: { id: true, name: true } } },
    }),
  ]);
  const byQuantity = new Map<string, typeof everyClaim>();
  for (const claim of everyClaim) {
    const list = byQuantity.get(claim.quantityId);
    if (list) list.push(claim);
    else byQuantity.set(claim.quantityId, [claim]);
  }
  const comparisons = spokenOf.map(({ quantity }) => ({ cumulative: quantity.cumulative, claims: byQuantity.get(quantity.id) ?? [] }));
  const { items, ...slice } = pageSlice(claims, page, SOURCE_CLAIMS_PER_PAGE);
  return { source, stories: byStoryAndQuantity(items), ...slice, comparisons };
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
