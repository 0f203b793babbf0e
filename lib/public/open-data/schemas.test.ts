// The OpenAPI document is generated from the zod schemas the serialisers return: these tests
// prove it. The document's objects list exactly the schemas' fields, and the same real answer,
// mutated, is refused by the zod schema and by the document alike.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { PublicClaim, PublicStory } from "@/lib/data/public-claims";
import { ClaimStatus, SourceKind } from "@/lib/data/enums";
import { API_ERROR_CODES, OPEN_DATA_ERROR_CODES } from "@/lib/errors";
import { apiClaimBody } from "@/lib/validation/api-claim";
import { answerValidator } from "./openapi-check";
import { openApiDocument } from "./openapi";
import {
  ClaimSchema,
  components,
  QuantityAnswerSchema,
  SourcePageSchema,
  StaffClaimSchema,
  StoryAnswerSchema,
  StoryPageSchema,
} from "./schemas";
import {
  listPage,
  serializeQuantityDetail,
  serializeSource,
  serializeStory,
  serializeStoryListItem,
} from "./serialize";
import { openDataUrls } from "./urls";
import { soldiersKilled, soldiersKilledClaim } from "@/tests/public/soldiers-killed";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const document = openApiDocument("https://claims.example") as unknown as Json;
const schemas: Json = document.components.schemas;
const urls = openDataUrls("https://claims.example");
const copy = <T>(value: T): Json => JSON.parse(JSON.stringify(value));

const claim = (id: string, source: string, low: number, reportedAt: string): PublicClaim =>
  soldiersKilledClaim(id, source, low, reportedAt, {
    publishedAt: new Date("2020-02-28T06:00:00Z"),
    ratingExplanation: source === "gov" ? "The defence ministry gave the same toll that night." : null,
    relayedBy: source === "gov" ? null : { id: "afp", name: "AFP" },
  });

const quantity = soldiersKilled(
  [claim("c1", "gov", 29, "2020-02-27T22:00:00Z"), claim("c2", "osdh", 31, "2020-02-27T23:00:00Z")],
  { unit: "soldiers" },
);
const storyFields = { id: "s1", slug: "idlib", title: "Idlib", summary: "", date: "2020-02-27", place: "Idlib" };
const story: PublicStory = { ...storyFields, quantities: [quantity] };

/** Real answers of four endpoints, each with the zod schema the serialiser returns and its path. */
const answers: [string, z.ZodType, Json][] = [
  [
    "/api/v1/quantities/{id}",
    QuantityAnswerSchema,
    { data: serializeQuantityDetail({ ...quantity, story: storyFields }, urls) },
  ],
  ["/api/v1/stories/{slug}", StoryAnswerSchema, { data: serializeStory(story, urls) }],
  [
    "/api/v1/stories",
    StoryPageSchema,
    listPage(
      [serializeStoryListItem({ ...storyFields, quantities: [{ _count: { claims: 2 } }] }, urls)],
      "https://claims.example/api/v1/stories?cursor=abc",
    ),
  ],
  [
    "/api/v1/sources",
    SourcePageSchema,
    listPage(
      [
        serializeSource(
          {
            id: "gov",
            name: "Turkish government",
            kind: "government",
            country: "",
            homepage: null,
            _count: { claims: 1 },
          },
          urls,
        ),
      ],
      null,
    ),
  ],
];

describe("the document generated from the schemas", () => {
  it("makes every registered schema a component, and only those", () => {
    expect(Object.keys(schemas).sort()).toEqual([...components._idmap.keys()].sort());
    for (const id of ["Claim", "Quantity", "QuantityDetail", "Story", "StoryListItem", "Source", "Comparison"])
      expect(schemas[id], id).toBeDefined();
  });

  it("lists exactly the schema's fields for a claim, in its order, every one required", () => {
    const keys = Object.keys(ClaimSchema.shape);
    expect(Object.keys(schemas.Claim.properties)).toEqual(keys);
    expect(schemas.Claim.required).toEqual(keys);
    expect(schemas.Claim.additionalProperties).toBe(false);
    expect(Object.keys(schemas.StaffClaim.properties)).toEqual(Object.keys(StaffClaimSchema.shape));
    expect(Object.keys(schemas.StaffClaim.properties)).not.toContain("permalink");
    expect(Object.keys(apiClaimBody.shape)).toEqual(
      Object.keys(document.paths["/api/v1/claims"].post.requestBody.content["application/json"].schema.properties),
    );
  });

  it("reads its enums and error codes from the app's own lists", () => {
    expect(schemas.Claim.properties.source.properties.kind.enum).toEqual(Object.values(SourceKind));
    expect(schemas.StaffClaim.properties.status.enum).toEqual(Object.values(ClaimStatus));
    expect(schemas.Error.properties.error.properties.code.enum).toEqual([...OPEN_DATA_ERROR_CODES]);
    expect(schemas.TokenError.properties.error.properties.code.enum).toEqual([...API_ERROR_CODES]);
  });

  it("refers to a shared schema by $ref instead of copying it", () => {
    expect(schemas.Story.properties.quantities.items).toEqual({ $ref: "#/components/schemas/Quantity" });
    expect(schemas.QuantityDetail.properties.claims.items).toEqual({ $ref: "#/components/schemas/Claim" });
    expect(schemas.Quantity.properties.comparison).toEqual({ $ref: "#/components/schemas/Comparison" });
    expect(schemas.ClaimPublishedEvent.properties.claim).toEqual({ $ref: "#/components/schemas/Claim" });
    const withClaimFields = Object.keys(schemas).filter((id) =>
      JSON.stringify(schemas[id]).includes("The figure's words as said."),
    );
    // The staff claim is the public claim less two fields: its own shape, made from the same schema.
    expect(withClaimFields.sort()).toEqual(["Claim", "StaffClaim"]);
  });
});

describe("a real answer, checked by its zod schema and by the document", () => {
  it("gives each claim its rating and the reviewer's reason beside it, null when there is none", () => {
    const [, , answer] = answers[0]!;
    expect(answer.data.claims.map((c: Json) => [c.rating, c.ratingExplanation])).toEqual([
      ["confirmed", "The defence ministry gave the same toll that night."],
      ["confirmed", null],
    ]);
    expect(schemas.Claim.properties.ratingExplanation.type).toEqual(["string", "null"]);
    expect(Object.keys(schemas.StaffClaim.properties)).toContain("ratingExplanation");
  });

  it.each(answers)("%s: valid as serialised", (path, schema, answer) => {
    const validate = answerValidator(document, path, "200");
    expect(validate(copy(answer)), JSON.stringify(validate.errors)).toBe(true);
    expect(schema.safeParse(copy(answer)).error).toBeUndefined();
  });

  /** Ways an answer can break its promise, each applied to a copy of the quantity answer. */
  const mutations: [string, (answer: Json) => void][] = [
    ["a field more", (a) => (a.data.claims[0].secret = "draft")],
    ["a field less", (a) => delete a.data.claims[0].rating],
    ["a rating without its reason's field", (a) => delete a.data.claims[0].ratingExplanation],
    ["a rating's reason that is not text", (a) => (a.data.claims[0].ratingExplanation = 3)],
    ["a nested field more", (a) => (a.data.comparison.headline.extra = 1)],
    ["a nested field less", (a) => delete a.data.scope.measure],
    ["null where a value is required", (a) => (a.data.claims[0].quote = null)],
    ["text where a number goes", (a) => (a.data.claims[0].low = "29")],
    ["a value outside its enum", (a) => (a.data.claims[0].standing = "old")],
    ["a time that is not ISO 8601", (a) => (a.data.claims[0].reportedAt = "27 Feb 2020")],
    ["an id that is not one", (a) => (a.data.id = "not an id")],
    ["a negative count", (a) => (a.data.publishedClaimCount = -1)],
    ["a renamed field", (a) => ((a.data.claimCount = a.data.publishedClaimCount), delete a.data.publishedClaimCount)],
  ];

  it.each(mutations)("with %s: refused by both", (_, mutate) => {
    const [path, schema, answer] = answers[0]!;
    const validate = answerValidator(document, path, "200");
    const broken = copy(answer);
    mutate(broken);
    expect(validate(broken), "the document").toBe(false);
    expect(schema.safeParse(broken).success, "the zod schema").toBe(false);
  });
});
