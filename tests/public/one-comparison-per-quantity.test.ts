// Each quantity is compared once per request: the engine's answer (compareQuantity) is computed
// once and everything on the way reads it, the page's words as well as the open data's numbers.
// Counted on the engine's own export, so a second caller anywhere on the path shows up here.
import { IDLIB_STORY } from "@/tests/public/soldiers-killed";
import type { ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { PublicClaim, PublicQuantity, PublicQuantityPage, PublicStory } from "@/lib/data/public-claims";
import * as engine from "@/lib/figures/compare";
import { homeOverview } from "@/lib/public/home-overview";
import { serializeQuantityDetail, serializeStory } from "@/lib/public/open-data/serialize";
import { openDataUrls } from "@/lib/public/open-data/urls";

const claim = (id: string, source: string, low: number, high: number | null, reportedAt: string): PublicClaim => ({
  id,
  quote: high === null ? `at least ${low}` : String(low),
  value: low,
  low,
  high,
  qualifier: high === null ? "at_least" : "exact",
  kind: "count",
  unit: null,
  sentence: `${low} soldiers were killed.`,
  language: "en",
  articleUrl: null,
  archiveUrl: null,
  publisher: null,
  headline: null,
  publishedAt: null,
  reportedAt: new Date(reportedAt),
  rating: "unverified",
  ratingExplanation: null,
  source: { id: source, name: source, kind: "government", country: "" },
  relayedBy: null,
});

const quantity = (id: string, claims: PublicClaim[]): PublicQuantity => ({
  id,
  label: `Quantity ${id}`,
  unit: null,
  cumulative: true,
  scopeWho: "",
  scopePlace: "",
  scopeFrom: null,
  scopeTo: null,
  measure: "killed",
  headlinePolicy: "consensus",
  claims,
});

const storyFields = IDLIB_STORY;
// A toll with a superseded figure (the governor's later word replaces his first) and a pair, and
// a quantity with a single source.
const toll = quantity("toll", [
  claim("hatay", "Governor of Hatay", 29, null, "2020-02-27T22:00:00Z"),
  claim("osdh", "Syrian Observatory", 31, null, "2020-02-27T23:30:00Z"),
  claim("hatay-2", "Governor of Hatay", 33, 33, "2020-02-28T08:00:00Z"),
]);
const refugees = quantity("refugees", [
  claim("turkey", "Turkish government", 3_700_000, 3_700_000, "2020-02-28T10:00:00Z"),
]);
const story: PublicStory = { ...storyFields, quantities: [toll, refugees] };
const quantityPage: PublicQuantityPage = { ...toll, story: storyFields };

vi.mock("@/lib/data/public-claims", () => ({
  storyBySlug: async () => story,
  quantityById: async () => quantityPage,
}));
// The reader's language as the request cache gives it: one promise, the same for every reader.
const english = Promise.resolve("en" as const);
vi.mock("@/lib/i18n/server", () => ({
  requestLocale: () => english,
  messagesFor: async <T>(catalogue: { en: T }) => catalogue.en,
}));

/** The page's HTML once every component has rendered, server components that wait included. */
async function renderPage(page: ReactNode): Promise<string> {
  const stream = await renderToReadableStream(page);
  await stream.allReady;
  return new Response(stream).text();
}

let compareClaims: MockInstance<typeof engine.compareClaims>;
beforeEach(() => {
  compareClaims = vi.spyOn(engine, "compareClaims");
});
afterEach(() => {
  compareClaims.mockRestore();
});

describe("one comparison per quantity per request", () => {
  it("a story page asks the engine once for each of its quantities", async () => {
    const { default: PublicStoryPage } = await import("@/app/story/[slug]/page");
    const html = await renderPage(await PublicStoryPage({ params: Promise.resolve({ slug: "idlib" }) }));
    expect(html).toContain("Compatible");
    expect(html).toContain("One source");
    expect(compareClaims).toHaveBeenCalledTimes(story.quantities.length);
  });

  it("a quantity page asks the engine once", async () => {
    const { default: PublicQuantityPage } = await import("@/app/quantity/[id]/page");
    await renderPage(await PublicQuantityPage({ params: Promise.resolve({ id: "toll" }) }));
    expect(compareClaims).toHaveBeenCalledTimes(1);
  });

  it("the home page asks once for each quantity of each story", () => {
    homeOverview([{ ...storyFields, quantities: [toll, refugees] }], "en");
    expect(compareClaims).toHaveBeenCalledTimes(2);
  });

  it("the API's story answer compares each quantity once, its status and pairs read from that one answer", () => {
    const answer = serializeStory(story, openDataUrls("https://claims.example"));
    expect(compareClaims).toHaveBeenCalledTimes(story.quantities.length);
    expect(answer.quantities[0]?.comparison).toMatchObject({
      status: "consistent",
      supersededClaimIds: ["hatay"],
      currentClaimIds: ["osdh", "hatay-2"],
    });
  });

  it("the API's quantity answer compares once for its comparison and its claims' standings", () => {
    const answer = serializeQuantityDetail(quantityPage, openDataUrls("https://claims.example"));
    expect(compareClaims).toHaveBeenCalledTimes(1);
    expect(answer.claims.map((c) => [c.id, c.standing])).toEqual([
      ["hatay", "superseded"],
      ["osdh", "current"],
      ["hatay-2", "current"],
    ]);
  });
});
