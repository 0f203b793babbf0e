import { describe, expect, it } from "vitest";
import type { PublicQuantity } from "@/lib/data/public-claims";
import { WebhookEvent } from "@/lib/data/enums";
import { neutraliseFormula } from "./csv";
import { answerValidator, documentProblems, webhookValidator } from "./openapi-check";
import { openApiDocument } from "./openapi";
import { serializeQuantityDetail } from "./serialize";
import { openDataUrls } from "./urls";
import { soldiersKilled, soldiersKilledClaim } from "@/tests/public/soldiers-killed";

const document = openApiDocument("https://claims.example") as unknown as Record<string, unknown>;
const copy = () => JSON.parse(JSON.stringify(document)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const claim = (id: string, source: string, low: number, reportedAt: string, high: number | null = null) =>
  soldiersKilledClaim(id, source, low, reportedAt, {
    high,
    ratingExplanation: "The ministry's own count, released the same night.",
  });

const quantity = {
  ...soldiersKilled([
    claim("c1", "gov", 29, "2020-02-27T22:00:00Z"),
    claim("c2", "osdh", 31, "2020-02-27T23:00:00Z"),
    claim("c3", "gov", 12, "2020-02-28T07:00:00Z", 12),
  ]),
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
    const answer = {
      data: serializeQuantityDetail(quantity, openDataUrls("https://claims.example")),
    };
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
    expect(answer.data.comparison).toMatchObject({
      status: "conflict",
      currentClaimIds: ["c2", "c3"],
      supersededClaimIds: ["c1"],
      conflicts: [{ a: "c2", b: "c3" }],
    });
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

  it("says every public operation needs no authentication, and every Newsroom API one a token", () => {
    const operations = Object.entries(
      copy().paths as Record<string, Record<string, { tags: string[]; security?: unknown }>>,
    ).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        where: `${method.toUpperCase()} ${path}`,
        ...operation,
      })),
    );
    const [token, open] = [
      operations.filter((o) => o.tags.includes("Newsroom API")),
      operations.filter((o) => !o.tags.includes("Newsroom API")),
    ];
    expect(open.length).toBeGreaterThanOrEqual(12);
    for (const operation of open) expect(operation.security, operation.where).toEqual([]);
    for (const operation of token) expect(operation.security, operation.where).toEqual([{ apiToken: [] }]);
  });

  it("describes one webhook for each event the app sends, a signed POST with a closed body", () => {
    const webhooks = copy().webhooks as Record<
      string,
      { post: { security: unknown; parameters: { $ref?: string; name?: string }[] } }
    >;
    expect(Object.keys(webhooks).sort()).toEqual(Object.values(WebhookEvent).sort());
    for (const [name, { post }] of Object.entries(webhooks)) {
      expect(post.security, name).toEqual([]);
      expect(post.parameters.map((p) => p.name ?? p.$ref)).toEqual([
        "X-ClaimTracker-Event",
        "#/components/parameters/webhookDelivery",
        "#/components/parameters/webhookTimestamp",
        "#/components/parameters/webhookSignature",
      ]);
    }
    const ping = webhookValidator(document, "ping");
    expect(ping({ event: "ping", occurredAt: "2026-12-07T15:00:00.000Z", webhook: { id: "w1" } })).toBe(true);
    expect(
      ping({
        event: "ping",
        occurredAt: "2026-12-07T15:00:00.000Z",
        webhook: { id: "w1" },
        extra: 1,
      }),
    ).toBe(false);
    expect(ping({ event: "published", occurredAt: "2026-12-07T15:00:00.000Z", webhook: { id: "w1" } })).toBe(false);
  });

  it("catches a webhook with no success answer or no summary", () => {
    const broken = copy();
    broken.webhooks.ping.post.responses = { default: { description: "Anything." } };
    delete broken.webhooks.retracted.post.summary;
    expect(documentProblems(broken)).toEqual(
      expect.arrayContaining(["webhook ping: no success answer", "webhook retracted: no summary"]),
    );
  });

  it("tells CSV readers, on each CSV download, which cells get an apostrophe: exactly those the guard prefixes", () => {
    const csvOperations = Object.values(
      copy().paths as Record<
        string,
        { get: { responses: Record<string, { content?: object }>; description?: string } }
      >,
    )
      .map((item) => item.get)
      .filter(
        (operation) => operation && JSON.stringify(operation.responses["200"]?.content ?? {}).includes("text/csv"),
      );
    expect(csvOperations).toHaveLength(2);
    for (const operation of csvOperations) {
      expect(operation.description).toContain(
        "begins with =, +, -, @, a tab or a carriage return is written with an apostrophe (') before it",
      );
    }
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    for (const start of ["1", "a", " ", "'", "#", "%"]) expect(neutraliseFormula(`${start}1`)).toBe(`${start}1`);
  });
});
