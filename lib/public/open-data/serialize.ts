// The open data's JSON: what the database holds, turned into stable field names a program can
// rely on. Times are ISO 8601 in UTC, open bounds are null, statuses are codes ("consistent"),
// never sentences. lib/public/open-data/openapi.ts describes every field here; a field added
// here and not there fails the contract test.
import { compareClaims } from "@/lib/figures/compare";
import type { Interval } from "@/lib/figures/types";
import type { PublicSourceRow, PublicStoryRow } from "@/lib/data/public-api";
import type { PublicClaim, PublicQuantity, PublicStory } from "@/lib/data/public-claims";
import { summarizeQuantity, type QuantitySummary } from "@/lib/public/quantity-summary";
import type { OpenDataUrls } from "./urls";

export type Standing = "current" | "superseded";

export interface ApiInterval {
  low: number | null;
  high: number | null;
}

export interface ApiComparison {
  status: QuantitySummary["status"];
  consensus: ApiInterval | null;
  headline: { policy: QuantitySummary["headline"]["policy"]; interval: ApiInterval | null };
  currentClaimIds: string[];
  supersededClaimIds: string[];
  conflicts: { a: string; b: string }[];
  revisions: { earlier: string; later: string }[];
}

const interval = (bounds: Interval | null): ApiInterval | null => (bounds ? { low: bounds.low, high: bounds.high } : null);

/** A quantity's comparison (spec/figures.md section 4), from the summary the public page shows. */
export function comparisonOf(quantity: PublicQuantity): ApiComparison {
  const summary = summarizeQuantity(quantity, quantity.claims);
  // The pairs are the engine's own; the summary keeps only each claim's relation, so the engine
  // is asked again with the same claims in the same (time) order.
  const byTime = [...quantity.claims].sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
  const time = new Map(byTime.map((c) => [c.id, c.reportedAt.getTime()]));
  const { pairs } = compareClaims(
    byTime.map((c) => ({ id: c.id, low: c.low, high: c.high, source: c.source.id, reportedAt: c.reportedAt })),
    { cumulative: quantity.cumulative },
  );
  return {
    status: summary.status,
    consensus: interval(summary.consensus),
    headline: { policy: summary.headline.policy, interval: interval(summary.headline.interval) },
    currentClaimIds: summary.currentIds,
    supersededClaimIds: summary.supersededIds,
    conflicts: pairs.filter((p) => p.relation === "conflict").map((p) => ({ a: p.a, b: p.b })),
    revisions: pairs
      .filter((p) => p.relation === "revision")
      .map((p) => ((time.get(p.a) ?? 0) <= (time.get(p.b) ?? 0) ? { earlier: p.a, later: p.b } : { earlier: p.b, later: p.a })),
  };
}

/** Each published claim of a quantity: current, or superseded by its source's later figure. */
export function standingsOf(quantity: PublicQuantity): Map<string, Standing> {
  const superseded = new Set(summarizeQuantity(quantity, quantity.claims).supersededIds);
  return new Map(quantity.claims.map((c) => [c.id, superseded.has(c.id) ? "superseded" : "current"]));
}

type ClaimContext = { quantity: { id: string; label: string; story: { slug: string; title: string } } };

export function serializeClaim(claim: PublicClaim & ClaimContext, standing: Standing, urls: OpenDataUrls) {
  return {
    id: claim.id,
    url: urls.claim(claim.id),
    permalink: urls.claimPage(claim.id),
    story: { slug: claim.quantity.story.slug, title: claim.quantity.story.title, url: urls.story(claim.quantity.story.slug) },
    quantity: { id: claim.quantity.id, label: claim.quantity.label, url: urls.quantity(claim.quantity.id) },
    source: { id: claim.source.id, name: claim.source.name, kind: claim.source.kind, country: claim.source.country, url: urls.source(claim.source.id) },
    relayedBy: claim.relayedBy ? { id: claim.relayedBy.id, name: claim.relayedBy.name, url: urls.source(claim.relayedBy.id) } : null,
    quote: claim.quote,
    sentence: claim.sentence,
    language: claim.language,
    qualifier: claim.qualifier,
    kind: claim.kind,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    unit: claim.unit,
    reportedAt: claim.reportedAt.toISOString(),
    article: {
      url: claim.articleUrl,
      archiveUrl: claim.archiveUrl,
      publisher: claim.publisher,
      headline: claim.headline,
      publishedAt: claim.publishedAt?.toISOString() ?? null,
    },
    rating: claim.rating,
    standing,
  };
}

export type ApiClaim = ReturnType<typeof serializeClaim>;

type StoryFields = Pick<PublicStory, "id" | "slug" | "title" | "summary" | "date" | "place">;

function storyFields(story: StoryFields, urls: OpenDataUrls) {
  return {
    id: story.id,
    slug: story.slug,
    title: story.title,
    summary: story.summary,
    date: story.date,
    place: story.place,
    url: urls.story(story.slug),
    page: urls.storyPage(story.slug),
  };
}

export function serializeStoryListItem(story: PublicStoryRow, urls: OpenDataUrls) {
  return {
    ...storyFields(story, urls),
    quantityCount: story.quantities.length,
    publishedClaimCount: story.quantities.reduce((sum, q) => sum + q._count.claims, 0),
  };
}

export function serializeQuantity(quantity: PublicQuantity, urls: OpenDataUrls) {
  return {
    id: quantity.id,
    url: urls.quantity(quantity.id),
    page: urls.quantityPage(quantity.id),
    label: quantity.label,
    unit: quantity.unit,
    cumulative: quantity.cumulative,
    scope: { who: quantity.scopeWho, place: quantity.scopePlace, from: quantity.scopeFrom, to: quantity.scopeTo, measure: quantity.measure },
    publishedClaimCount: quantity.claims.length,
    comparison: comparisonOf(quantity),
  };
}

export function serializeStory(story: PublicStory, urls: OpenDataUrls) {
  return {
    ...storyFields(story, urls),
    claims: urls.api("claims", { story: story.slug }),
    csv: urls.storyCsv(story.slug),
    quantities: story.quantities.map((q) => serializeQuantity(q, urls)),
  };
}

/** A quantity with its story and every published claim, oldest first. */
export function serializeQuantityDetail(quantity: PublicQuantity & { story: StoryFields }, urls: OpenDataUrls) {
  const standings = standingsOf(quantity);
  const context = { id: quantity.id, label: quantity.label, story: { slug: quantity.story.slug, title: quantity.story.title } };
  return {
    ...serializeQuantity(quantity, urls),
    story: { slug: quantity.story.slug, title: quantity.story.title, url: urls.story(quantity.story.slug) },
    claims: quantity.claims.map((c) => serializeClaim({ ...c, quantity: context }, standings.get(c.id) ?? "current", urls)),
  };
}

export function serializeSource(source: PublicSourceRow, urls: OpenDataUrls) {
  return {
    id: source.id,
    url: urls.source(source.id),
    name: source.name,
    kind: source.kind,
    country: source.country,
    homepage: source.homepage,
    publishedClaimCount: source._count.claims,
    claims: urls.api("claims", { source: source.id }),
  };
}

/** A list page: its rows and the address of the next page, null on the last. */
export function listPage<T>(data: T[], next: string | null) {
  return { data, next };
}
