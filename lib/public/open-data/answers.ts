import "server-only";
import {
  latestPublishedClaims,
  publicClaim,
  publicClaims,
  publicSource,
  publicSources,
  publicStories,
  type PublicClaimRow,
} from "@/lib/data/public-api";
import { claimForPermalink, quantitiesByIds, quantityById, storyBySlug } from "@/lib/data/public-claims";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { claimsFeed } from "./atom";
import { storyClaimsCsv, storyCsvFilename } from "./csv";
import { notFound, OpenDataError } from "./open-data-error";
import { openApiDocument } from "./openapi";
import {
  decodeCursor,
  encodeCursor,
  parseId,
  parseIdFilter,
  parseLimit,
  parseSlug,
  parseSlugFilter,
  readParameters,
  withoutTrackingParameters,
} from "./query";
import {
  listPage,
  serializeClaim,
  serializeQuantityDetail,
  serializeSource,
  serializeStory,
  serializeStoryListItem,
  standingsOf,
  type Standing,
} from "./serialize";
import type { OpenDataUrls } from "./urls";

// What each endpoint of /api/v1 answers: its parameters read (a 400 for a mistake), the data
// read through lib/data (only published claims), and the JSON made by ./serialize. The route
// files call one of these and nothing else.

const LIST_PARAMETERS = ["limit", "cursor"] as const;

/** GET /api/v1/stories */
export async function storiesAnswer(params: URLSearchParams, urls: OpenDataUrls) {
  const query = readParameters(params, LIST_PARAMETERS);
  const limit = parseLimit(query.limit);
  const page = await publicStories({ limit, after: decodeCursor("stories", query.cursor) });
  const last = page.rows.at(-1);
  const next =
    page.hasMore && last
      ? urls.api("stories", {
          limit: String(limit),
          cursor: encodeCursor("stories", { date: last.date, id: last.id }),
        })
      : null;
  return listPage(
    page.rows.map((s) => serializeStoryListItem(s, urls)),
    next,
  );
}

/** GET /api/v1/stories/{slug} */
export async function storyAnswer(slug: string, params: URLSearchParams, urls: OpenDataUrls) {
  readParameters(params, []);
  const story = await storyBySlug(parseSlug(slug));
  if (!story) throw notFound("No story has this slug.");
  return { data: serializeStory(story, urls) };
}

/** GET /api/v1/quantities/{id} */
export async function quantityAnswer(id: string, params: URLSearchParams, urls: OpenDataUrls) {
  readParameters(params, []);
  const quantity = await quantityById(parseId(id, "quantity"));
  if (!quantity) throw notFound("No quantity has this id.");
  return { data: serializeQuantityDetail(quantity, urls) };
}

/** Whether each claim is current or superseded, each quantity compared once. */
async function standingsFor(claims: readonly PublicClaimRow[]): Promise<Map<string, Standing>> {
  const quantities = await quantitiesByIds(claims.map((c) => c.quantity.id));
  const standings = new Map<string, Standing>();
  for (const quantity of quantities) for (const [id, standing] of standingsOf(quantity)) standings.set(id, standing);
  return standings;
}

/** GET /api/v1/claims */
export async function claimsAnswer(params: URLSearchParams, urls: OpenDataUrls) {
  const query = readParameters(params, [...LIST_PARAMETERS, "story", "quantity", "source"]);
  const limit = parseLimit(query.limit);
  const filters = {
    story: parseSlugFilter(query.story, "story"),
    quantity: parseIdFilter(query.quantity, "quantity"),
    source: parseIdFilter(query.source, "source"),
  };
  const after = decodeCursor("claims", query.cursor);
  const page = await publicClaims({
    limit,
    after: after && { reportedAt: new Date(after.reportedAt), id: after.id },
    filters,
  });
  const standings = await standingsFor(page.rows);
  const last = page.rows.at(-1);
  const next =
    page.hasMore && last
      ? urls.api("claims", {
          ...filters,
          limit: String(limit),
          cursor: encodeCursor("claims", {
            reportedAt: last.reportedAt.toISOString(),
            id: last.id,
          }),
        })
      : null;
  return listPage(
    page.rows.map((c) => serializeClaim(c, standings.get(c.id) ?? "current", urls)),
    next,
  );
}

/** GET /api/v1/claims/{id}: a retracted claim says so (410) with its reason, never its figure. */
export async function claimAnswer(id: string, params: URLSearchParams, urls: OpenDataUrls) {
  readParameters(params, []);
  const claim = await publicClaim(parseId(id, "claim"));
  if (!claim) {
    const permalink = await claimForPermalink(id);
    if (permalink?.kind === "retracted") {
      const { retractedAt, reason } = permalink.claim;
      throw new OpenDataError("retracted", `This claim was retracted on ${formatUtcTime(retractedAt)}: ${reason}`);
    }
    throw notFound("No published claim has this id.");
  }
  const standings = await standingsFor([claim]);
  return { data: serializeClaim(claim, standings.get(claim.id) ?? "current", urls) };
}

/** GET /api/v1/sources */
export async function sourcesAnswer(params: URLSearchParams, urls: OpenDataUrls) {
  const query = readParameters(params, LIST_PARAMETERS);
  const limit = parseLimit(query.limit);
  const page = await publicSources({ limit, after: decodeCursor("sources", query.cursor) });
  const last = page.rows.at(-1);
  const next =
    page.hasMore && last
      ? urls.api("sources", {
          limit: String(limit),
          cursor: encodeCursor("sources", { name: last.name, id: last.id }),
        })
      : null;
  return listPage(
    page.rows.map((s) => serializeSource(s, urls)),
    next,
  );
}

/** GET /api/v1/sources/{id} */
export async function sourceAnswer(id: string, params: URLSearchParams, urls: OpenDataUrls) {
  readParameters(params, []);
  const source = await publicSource(parseId(id, "source"));
  if (!source) throw notFound("No source has this id.");
  return { data: serializeSource(source, urls) };
}

// ---------------------------------------------------------------------------------------------
// The story's spreadsheet and the feed. Neither takes a parameter, but newsletters, feed
// readers and social sites add their tracking ones (utm_source, fbclid): those are ignored,
// any other is refused as in the JSON API.

/** GET /story/{slug}/claims.csv */
export async function storyCsvAnswer(slug: string, params: URLSearchParams, urls: OpenDataUrls) {
  readParameters(withoutTrackingParameters(params), []);
  const story = await storyBySlug(parseSlug(slug));
  if (!story) throw notFound("No story has this slug.");
  return {
    text: storyClaimsCsv(story, urls),
    contentType: "text/csv; charset=utf-8; header=present",
    filename: storyCsvFilename(story.slug),
  };
}

export const FEED_SIZE = 50;

/** GET /feed.atom: the last 50 claims published. */
export async function feedAnswer(params: URLSearchParams, urls: OpenDataUrls) {
  readParameters(withoutTrackingParameters(params), []);
  const claims = await latestPublishedClaims(FEED_SIZE);
  const entries = claims.map((c) => ({ ...c, publishedAt: c.reviewedAt ?? c.createdAt }));
  return { text: claimsFeed(entries, urls), contentType: "application/atom+xml; charset=utf-8" };
}

/** GET /api/v1/openapi.json */
export function openApiAnswer(params: URLSearchParams, urls: OpenDataUrls) {
  readParameters(params, []);
  return openApiDocument(urls.origin);
}
