// The open data's JSON: what the database holds, turned into stable field names a program can
// rely on. Times are ISO 8601 in UTC, open bounds are null, statuses are codes ("consistent"),
// never sentences. Each function returns the type of its schema in ./schemas.ts, from which the
// OpenAPI document is generated: a field added here and not there does not compile, and the
// contract tests check the answers themselves against the document.
import { headlineInterval } from "@/lib/explain";
import type { Interval } from "@/lib/figures/types";
import type { PublicSourceRow, PublicStoryRow } from "@/lib/data/public-api";
import type { PublicClaim, PublicQuantity, PublicStory } from "@/lib/data/public-claims";
import { compareQuantity, type ComparedQuantity } from "@/lib/public/quantity-summary";
import type * as Api from "./schemas";
import type { Standing } from "./schemas";
import type { OpenDataUrls } from "./urls";

export type { Standing } from "./schemas";

const interval = (bounds: Interval | null): Api.Interval | null =>
  bounds ? { low: bounds.low, high: bounds.high } : null;

/** A quantity's comparison (spec/figures.md section 4), read from the engine's one answer: the same the public page shows. */
export function comparisonOf(
  quantity: Pick<PublicQuantity, "headlinePolicy">,
  compared: ComparedQuantity,
): Api.Comparison {
  const {
    comparison: { pairs },
    current,
    superseded,
    claims,
    consensus,
  } = compared;
  const time = new Map(claims.map((c) => [c.id, c.reportedAt.getTime()]));
  return {
    status: compared.status,
    consensus: interval(consensus),
    headline: {
      policy: quantity.headlinePolicy,
      interval: interval(headlineInterval(quantity.headlinePolicy, current, consensus)),
    },
    currentClaimIds: current.map((c) => c.id),
    supersededClaimIds: superseded.map((c) => c.id),
    conflicts: pairs.filter((p) => p.relation === "conflict").map((p) => ({ a: p.a, b: p.b })),
    revisions: pairs
      .filter((p) => p.relation === "revision")
      .map((p) =>
        (time.get(p.a) ?? 0) <= (time.get(p.b) ?? 0) ? { earlier: p.a, later: p.b } : { earlier: p.b, later: p.a },
      ),
  };
}

/** Each compared claim: current, or superseded by its source's later figure. */
export function standingsFrom(compared: ComparedQuantity): Map<string, Standing> {
  const superseded = new Set(compared.superseded.map((c) => c.id));
  return new Map(compared.claims.map((c) => [c.id, superseded.has(c.id) ? "superseded" : "current"]));
}

/** Each published claim of a quantity: current, or superseded by its source's later figure. */
export function standingsOf(quantity: Pick<PublicQuantity, "cumulative" | "claims">): Map<string, Standing> {
  return standingsFrom(compareQuantity(quantity, quantity.claims));
}

type ClaimContext = {
  quantity: { id: string; label: string; story: { slug: string; title: string } };
};

export function serializeClaim(claim: PublicClaim & ClaimContext, standing: Standing, urls: OpenDataUrls): Api.Claim {
  return {
    id: claim.id,
    url: urls.claim(claim.id),
    permalink: urls.claimPage(claim.id),
    story: {
      slug: claim.quantity.story.slug,
      title: claim.quantity.story.title,
      url: urls.story(claim.quantity.story.slug),
    },
    quantity: {
      id: claim.quantity.id,
      label: claim.quantity.label,
      url: urls.quantity(claim.quantity.id),
    },
    source: {
      id: claim.source.id,
      name: claim.source.name,
      kind: claim.source.kind,
      country: claim.source.country,
      url: urls.source(claim.source.id),
    },
    relayedBy: claim.relayedBy
      ? { id: claim.relayedBy.id, name: claim.relayedBy.name, url: urls.source(claim.relayedBy.id) }
      : null,
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
    ratingExplanation: claim.ratingExplanation,
    standing,
  };
}

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

export function serializeStoryListItem(story: PublicStoryRow, urls: OpenDataUrls): Api.StoryListItem {
  return {
    ...storyFields(story, urls),
    quantityCount: story.quantities.length,
    publishedClaimCount: story.quantities.reduce((sum, q) => sum + q._count.claims, 0),
  };
}

/** A quantity and its comparison; `compared` when the caller already asked the engine (one comparison per quantity per request). */
export function serializeQuantity(
  quantity: PublicQuantity,
  urls: OpenDataUrls,
  compared: ComparedQuantity = compareQuantity(quantity, quantity.claims),
): Api.Quantity {
  return {
    id: quantity.id,
    url: urls.quantity(quantity.id),
    page: urls.quantityPage(quantity.id),
    label: quantity.label,
    unit: quantity.unit,
    cumulative: quantity.cumulative,
    scope: {
      who: quantity.scopeWho,
      place: quantity.scopePlace,
      from: quantity.scopeFrom,
      to: quantity.scopeTo,
      measure: quantity.measure,
    },
    publishedClaimCount: quantity.claims.length,
    comparison: comparisonOf(quantity, compared),
  };
}

export function serializeStory(story: PublicStory, urls: OpenDataUrls): Api.Story {
  return {
    ...storyFields(story, urls),
    claims: urls.api("claims", { story: story.slug }),
    csv: urls.storyCsv(story.slug),
    quantities: story.quantities.map((q) => serializeQuantity(q, urls)),
  };
}

/** A quantity with its story and every published claim, oldest first. */
export function serializeQuantityDetail(
  quantity: PublicQuantity & { story: StoryFields },
  urls: OpenDataUrls,
): Api.QuantityDetail {
  const compared = compareQuantity(quantity, quantity.claims);
  const standings = standingsFrom(compared);
  const context = {
    id: quantity.id,
    label: quantity.label,
    story: { slug: quantity.story.slug, title: quantity.story.title },
  };
  return {
    ...serializeQuantity(quantity, urls, compared),
    story: {
      slug: quantity.story.slug,
      title: quantity.story.title,
      url: urls.story(quantity.story.slug),
    },
    claims: quantity.claims.map((c) =>
      serializeClaim({ ...c, quantity: context }, standings.get(c.id) ?? "current", urls),
    ),
  };
}

export function serializeSource(source: PublicSourceRow, urls: OpenDataUrls): Api.Source {
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
