import "server-only";
import type { Prisma, SourceKind } from "@/lib/generated/prisma/client";
import { pageSlice, pageWindow } from "@/lib/public/pagination";
import type { FigureFate, SourceRecordCounts } from "@/lib/public/source-record";
import { PUBLISHED } from "./public-claims";
import { readPublic } from "./public-cache";
import { figureFates, sourceRecordCounts } from "./source-records";
import { db } from "./db";
import { FIGURE_FIELDS } from "./fields";

// A source's public page: who it is and the figures it gave, published ones only. A source with
// no published claim has no page at all, so neither its name nor a draft's words leak. A source
// quoted for years has thousands of figures: they are listed a page at a time, newest first; its
// record is kept (lib/data/source-records.ts) and each listed figure's fate reads only its own
// quantity's claims, so a page costs the same for a source's tenth figure and its ten-thousandth.

/** The source's figures on one page. */
export const SOURCE_CLAIMS_PER_PAGE = 20;

const SOURCE_CLAIM_FIELDS = {
  id: true,
  quote: true,
  ...FIGURE_FIELDS,
  sentence: true,
  language: true,
  reportedAt: true,
  relayedBy: { select: { id: true, name: true } },
  quantity: {
    select: {
      id: true,
      label: true,
      cumulative: true,
      story: { select: { id: true, title: true, slug: true, date: true } },
    },
  },
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
  /** The source's whole record: every published figure it gave, not only this page's. */
  record: SourceRecordCounts;
  /** What became of each figure on this page, by claim id. */
  fates: Record<string, FigureFate>;
}

/**
 * Page `page` of a source's public page, or null when there is no such source or it has no
 * published claim. A page past the last has no stories (the caller says so).
 */
export function sourcePage(id: string, page = 1): Promise<PublicSourcePage | null> {
  return readPublic(`source:${id}:${page}`, () => loadSourcePage(id, page));
}

async function loadSourcePage(id: string, page: number): Promise<PublicSourcePage | null> {
  const mine = { sourceId: id, ...PUBLISHED };
  const [source, claims] = await Promise.all([
    db.source.findUnique({
      where: { id },
      select: { id: true, name: true, kind: true, country: true, homepage: true },
    }),
    db.claim.findMany({
      where: mine,
      orderBy: [{ reportedAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, SOURCE_CLAIMS_PER_PAGE),
      select: SOURCE_CLAIM_FIELDS,
    }),
  ]);
  if (!source) return null;
  // An empty page: past the last one, or no published figure at all (then no page).
  if (claims.length === 0 && (page === 1 || !(await db.claim.findFirst({ where: mine, select: { id: true } }))))
    return null;
  const { items, ...slice } = pageSlice(claims, page, SOURCE_CLAIMS_PER_PAGE);
  const [record, fates] = await Promise.all([sourceRecordCounts(id), figureFates(id, items)]);
  return { source, stories: byStoryAndQuantity(items), ...slice, record, fates };
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
