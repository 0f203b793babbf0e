import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { FIGURE_FIELDS, PUBLICATION_FIELDS, QUANTITY_DEFINITION_FIELDS, STORY_TEXT_FIELDS } from "./fields";
import { readPublic } from "./public-cache";

// What visitors may read. Only published claims are public, ever: every query here selects
// claims through PUBLISHED, so a draft, a claim in review or a retracted claim never reaches a
// public page. The exceptions are named: a retracted claim's permalink loads its retraction
// notice, never its figure, and its quantity's page lists it as retracted (./public-notices.ts).
export const PUBLISHED = { status: "published" } as const satisfies Prisma.ClaimWhereInput;

// Nothing unreviewed is public: a quantity becomes public with its first published claim, a
// story with its first public quantity, a source with its first published claim as the source
// that counted (an outlet that only relayed is named on the claim, and has no page of its own).
// Until then it is in no page, list, API answer, feed, search or sitemap, and its addresses
// answer 404, though its title may already be written (an embargoed investigation). Every
// public read of them goes through these.
export const PUBLIC_QUANTITY = {
  claims: { some: PUBLISHED },
} as const satisfies Prisma.QuantityWhereInput;
export const PUBLIC_STORY = {
  quantities: { some: PUBLIC_QUANTITY },
} as const satisfies Prisma.StoryWhereInput;
export const PUBLIC_SOURCE = {
  claims: { some: PUBLISHED },
} as const satisfies Prisma.SourceWhereInput;

export const PUBLIC_CLAIM_FIELDS = {
  id: true,
  quote: true,
  ...FIGURE_FIELDS,
  sentence: true,
  language: true,
  ...PUBLICATION_FIELDS,
  rating: true,
  ratingExplanation: true,
  source: { select: { id: true, name: true, kind: true, country: true } },
  relayedBy: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

export const PUBLIC_QUANTITY_FIELDS = {
  ...QUANTITY_DEFINITION_FIELDS,
  claims: {
    where: PUBLISHED,
    orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
    select: PUBLIC_CLAIM_FIELDS,
  },
} satisfies Prisma.QuantitySelect;

export const PUBLIC_STORY_FIELDS = STORY_TEXT_FIELDS;

export type PublicClaim = Prisma.ClaimGetPayload<{ select: typeof PUBLIC_CLAIM_FIELDS }>;
export type PublicQuantity = Prisma.QuantityGetPayload<{ select: typeof PUBLIC_QUANTITY_FIELDS }>;
export type PublicStory = Prisma.StoryGetPayload<{ select: typeof PUBLIC_STORY_FIELDS }> & {
  quantities: PublicQuantity[];
};

/** A story by its slug, with its quantities and each one's published claims, oldest first. */
export function storyBySlug(slug: string): Promise<PublicStory | null> {
  return readPublic(`story:${slug}`, () =>
    db.story.findFirst({
      where: { slug, ...PUBLIC_STORY },
      select: {
        ...PUBLIC_STORY_FIELDS,
        quantities: {
          where: PUBLIC_QUANTITY,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: PUBLIC_QUANTITY_FIELDS,
        },
      },
    }),
  );
}

export type PublicQuantityPage = PublicQuantity & {
  story: Prisma.StoryGetPayload<{ select: typeof PUBLIC_STORY_FIELDS }>;
};

/** One quantity with its story and its published claims, oldest first. */
export function quantityById(id: string): Promise<PublicQuantityPage | null> {
  return readPublic(`quantity:${id}`, () =>
    db.quantity.findFirst({
      where: { id, ...PUBLIC_QUANTITY },
      select: { ...PUBLIC_QUANTITY_FIELDS, story: { select: PUBLIC_STORY_FIELDS } },
    }),
  );
}

/**
 * Several quantities with their published claims, oldest first, in one query: what an API page of
 * claims needs to say which of its claims are current (one query per quantity grew with the page).
 * Unknown ids are left out; the order is the ids' order.
 */
export function quantitiesByIds(ids: readonly string[]): Promise<PublicQuantity[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve([]);
  // Keyed by the ids in their order, as the answer is.
  return readPublic(`quantities:${unique.join(",")}`, async () => {
    const rows = await db.quantity.findMany({
      where: { id: { in: unique }, ...PUBLIC_QUANTITY },
      select: PUBLIC_QUANTITY_FIELDS,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  });
}

const PERMALINK_CONTEXT = {
  quantity: { select: { id: true, label: true, story: { select: { title: true, slug: true } } } },
} satisfies Prisma.ClaimSelect;

export type PermalinkClaim = Prisma.ClaimGetPayload<{
  select: typeof PUBLIC_CLAIM_FIELDS & typeof PERMALINK_CONTEXT;
}>;

export type ClaimPermalink =
  | { kind: "published"; claim: PermalinkClaim }
  // No figure, no quote, no source: only that it was retracted, when and why.
  | {
      kind: "retracted";
      claim: { id: string; retractedAt: Date; reason: string | null } & Prisma.ClaimGetPayload<{
        select: typeof PERMALINK_CONTEXT;
      }>;
    };

/** A claim's permalink: the full claim when published, a retraction notice when retracted, else null (404). */
export function claimForPermalink(id: string): Promise<ClaimPermalink | null> {
  return readPublic(`claim:${id}`, () => loadPermalink(id));
}

async function loadPermalink(id: string): Promise<ClaimPermalink | null> {
  const published = await db.claim.findFirst({
    where: { id, ...PUBLISHED },
    select: { ...PUBLIC_CLAIM_FIELDS, ...PERMALINK_CONTEXT },
  });
  if (published) return { kind: "published", claim: published };

  const retracted = await db.claim.findFirst({
    where: { id, status: "retracted" },
    select: { id: true, retractionReason: true, updatedAt: true, ...PERMALINK_CONTEXT },
  });
  if (!retracted) return null;
  const entry = await db.historyEntry.findFirst({
    where: { entityType: "claim", entityId: id, action: "retract" },
    orderBy: { id: "desc" },
    select: { at: true },
  });
  return {
    kind: "retracted",
    claim: {
      id: retracted.id,
      quantity: retracted.quantity,
      retractedAt: entry?.at ?? retracted.updatedAt,
      reason: retracted.retractionReason,
    },
  };
}

export type OverviewStory = Prisma.StoryGetPayload<{ select: typeof PUBLIC_STORY_FIELDS }> & {
  quantities: PublicQuantity[];
};
