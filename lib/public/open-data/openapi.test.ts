import { describe, expect, it } from "vitest";
import type { PublicQuantity } from "@/lib/data/public-claims";
import { answerValidator, documentProblems } from "./openapi-check";
import { openApiDocument } from "./openapi";
import { serializeQuantityDetail } from "./serialize";
import { openDataUrls } from "./urls";

const document = openApiDocument("https://claims.example") as unknown as Record<string, unknown>;
const copy = () => JSON.parse(JSON.stringify(document)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const claim = (id: string, source: string, low: number, reportedAt: string, high: number | null = null) => ({
  id,
  quote: `at least ${low}`,
  value: low,
  low,
  high,
  qualifier: "at_least" as const,
  kind: "count" as const,
  unit: null,
  sentence: `At least ${low} soldiers were killed.`,
  language: "en",
  articleUrl: "https://news.example/a",
  archiveUrl: null,
  publisher: "News",
  headline: null,
  publishedAt: null,
  reportedAt: new Date(reportedAt),
  rating: "confirmed" as const,
  source: { id: source, name: source, kind: "government" as const, country: "Turkey" },
  relayedBy: null,
});

const quantity = {
  id: "q1",
  label: "Soldiers killed",
  unit: null,
  cumulative: true,
  scopeWho: "Turkish soldiers",
  scopePlace: "Idlib",
  scopeFrom: "2020-02-27",
  scopeTo: null,
  measure: "killed" as const,
  headlinePolicy: "consensus" as const,
  claims: [claim("c1", "gov", 29, "2020-02-27T22:00:00Z"), claim("c2", "osdh", 31, "2020-02-27T23:00:00Z"), claim("c3", "gov", 12, "2020-02-28T07:00:00Z", 12)],
  story: { id: "s1", slug: "idlib", title: "Idlib", summary: "", date: "2020-02-27", place: "" },
} satisfies PublicQuantity & { story: unknown };

describe("the OpenAPI document", () => {
  it("is well-formed OpenAPI 3.1, every schema strict JSON Schema 2020-12 and every object closed", () => {
    expect(documentProblems(document)).toEqual([]);
  });

  it("catches an open object, a field left optional, a dangling $ref and an undeclared path parameter", () => {
    const broken = copy();
    delete broken.components.schemas.Source.additionalProperties;
    broken.components.schemas.Interval.required = ["low"];
    broken.components.schemas.Claim.properties.story = { $ref: "#/components/schemas/Nothing" };
    broken.paths["/api/v1/claims/{id}"].get.parameters = [];
    broken.paths["/api/v1/stories"].get.operationId = "getStory";
    expect(documentProblems(broken)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("/schemas/Source: an object must be closed"),
        expect.stringContaining("/schemas/Interval: every field is required (null when empty), not high"),
        expect.stringContaining("$ref #/components/schemas/Nothing does not resolve"),
        expect.stringContaining("GET /api/v1/claims/{id}: path parameter {id} is not declared"),
        expect.stringContaining("operationId getStory is used twice"),
      ]),
    );
  });

  it("describes the serialiser's quantity exactly: a field more or less fails", () => {
    const validate = answerValidator(document, "/api/v1/quantities/{id}", "200");
    const answer = { data: serializeQuantityDetail(quantity, openDataUrls("https://claims.example")) };
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
    expect(answer.data.comparison).toMatchObject({ status: "conflict", currentClaimIds: ["c2", "c3"], supersededClaimIds: ["c1"], conflicts: [{ a: "c2", b: "c3" }] });
    expect(answer.data.claims.map((c) => c.standing)).toEqual(["superseded", "current", "current"]);

    const extra = { data: { ...answer.data, secret: "draft" } };
    expect(validate(extra)).toBe(false);
    const withoutRating: Record<string, unknown> = { ...answer.data.claims[0] };
    delete withoutRating.rating;
    expect(validate({ data: { ...answer.data, claims: [withoutRating] } })).toBe(false);
    expect(validate({ error: { code: "not_found", message: "No." } })).toBe(false);
  });

  it("refuses an error code it does not list", () => {
    const validate = answerValidator(document, "/api/v1/claims", "400");
    expect(validate({ error: { code: "invalid_parameter", message: "Bad limit." } })).toBe(true);
    expect(validate({ error: { code: "Invalid limit", message: "Bad limit." } })).toBe(false);
  });
});
