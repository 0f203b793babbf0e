import { describe, expect, it } from "vitest";
import { claimDraftInput } from "./newsroom";
import { API_CLAIM_FIELDS, claimFormFromBody, utcFormTime } from "./api-claim";
import { itReads } from "@/tests/each-case";

const base = {
  quantityId: "q1",
  sourceId: "s1",
  sentence: "At least 29 Turkish soldiers were killed, the governor of Hatay said.",
  language: "en",
  reportedAt: "2020-02-27T22:00:00Z",
};

function parsed(body: unknown) {
  const result = claimFormFromBody(body);
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return { result, claim: claimDraftInput.parse(result.form) };
}

describe("a claim sent as JSON", () => {
  it("has its figure read by the engine from the sentence, as the form does", () => {
    const { result, claim } = parsed(base);
    expect(result.figureFrom).toBe("engine");
    expect(claim).toMatchObject({
      quote: "At least 29",
      qualifier: "at_least",
      value: 29,
      low: 29,
      high: null,
      kind: "count",
    });
    expect(claim.reportedAt.toISOString()).toBe("2020-02-27T22:00:00.000Z");
  });

  it("picks the figure written as quote when the sentence holds several", () => {
    const sentence = "At least 29 soldiers were killed and more than 30 were wounded.";
    expect(claimFormFromBody({ ...base, sentence })).toMatchObject({
      ok: false,
      fields: { quote: expect.stringContaining("2 figures") },
    });
    const { claim } = parsed({ ...base, sentence, quote: "more than 30" });
    expect(claim).toMatchObject({ qualifier: "more_than", value: 30, low: 31 });
  });

  it("says so when the quote is not a figure of the sentence", () => {
    expect(claimFormFromBody({ ...base, quote: "at least 40" })).toMatchObject({
      ok: false,
      fields: { quote: expect.stringContaining("at least 40") },
    });
  });

  it("takes a figure given explicitly, its bounds worked out from the value", () => {
    const { result, claim } = parsed({
      ...base,
      quote: "At least 29",
      qualifier: "at_least",
      value: 29,
    });
    expect(result.figureFrom).toBe("body");
    expect(claim).toMatchObject({ value: 29, low: 29, high: null, kind: "count" });
  });

  it("gets the form's own messages for the form's mistakes", () => {
    const result = claimFormFromBody({
      ...base,
      quote: "nearly 50",
      qualifier: "nearly",
      value: 50,
    });
    if (!result.ok) throw new Error("refused too early");
    const check = claimDraftInput.safeParse(result.form);
    expect(check.success).toBe(false);
    expect(check.error?.issues[0]?.message).toBe("The figure must be written as in the sentence: copy it from there.");
  });

  it.each([
    ["an array", []],
    ["a string", "claim"],
    ["null", null],
  ])("refuses %s as the body", (_label, body) => {
    expect(claimFormFromBody(body)).toMatchObject({
      ok: false,
      message: expect.stringContaining("JSON object"),
    });
  });

  it("refuses unknown fields, a number where text goes and text where a number goes", () => {
    const result = claimFormFromBody({
      ...base,
      colour: "red",
      quote: 29,
      value: "29",
      qualifier: "exact",
    });
    expect(result).toMatchObject({
      ok: false,
      fields: { colour: expect.stringContaining("Unknown field"), quote: "Give text, or null." },
    });
    expect(claimFormFromBody({ ...base, value: true, qualifier: "exact" })).toMatchObject({
      ok: false,
      fields: { value: expect.stringContaining("number") },
    });
  });

  it("takes a source by name, never both a name and an id", () => {
    expect(claimFormFromBody({ ...base, sourceId: undefined, sourceName: "Governor of Hatay" })).toMatchObject({
      ok: true,
      sourceName: "Governor of Hatay",
    });
    expect(claimFormFromBody({ ...base, sourceName: "Governor of Hatay" })).toMatchObject({
      ok: false,
      fields: { sourceName: expect.any(String) },
    });
  });

  it("reads only the languages the engine knows when it must read the figure", () => {
    expect(claimFormFromBody({ ...base, language: "de" })).toMatchObject({
      ok: false,
      fields: { language: expect.any(String) },
    });
  });
});

describe("times with a zone", () => {
  itReads("%s becomes the form's %s", utcFormTime, [
    ["2020-02-27T22:00:00Z", "2020-02-27T22:00:00"],
    ["2020-02-28T01:00:00+03:00", "2020-02-27T22:00:00"],
    ["2020-02-27T22:00", "2020-02-27T22:00"],
    ["2020-02-31T22:00:00Z", "2020-02-31T22:00:00Z"],
    ["yesterday", "yesterday"],
  ]);
});

describe("the OpenAPI document's request body", () => {
  it("lists exactly the fields the API takes", async () => {
    const { openApiDocument } = await import("@/lib/public/open-data/openapi");
    const body = openApiDocument("https://claims.example").paths["/api/v1/claims"].post.requestBody.content[
      "application/json"
    ].schema as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(body.properties).sort()).toEqual([...API_CLAIM_FIELDS].sort());
  });
});
