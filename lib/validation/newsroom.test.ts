import { describe, expect, it } from "vitest";
import { claimDraftInput, sourceInput, quantityInput } from "./newsroom";
import { AT_LEAST_29_FORM, NO_PUBLICATION_FORM } from "@/tests/figures/at-least-29";

const claim = {
  sentence: "At least 29 soldiers were killed.",
  language: "en",
  ...AT_LEAST_29_FORM,
  unit: "",
  quantityId: "q1",
  sourceId: "s1",
  ...NO_PUBLICATION_FORM,
  reportedAt: "2020-02-27T22:00",
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the claim form's checks", () => {
  it("accepts a claim as an editor writes it", () => {
    const parsed = claimDraftInput.parse({
      ...claim,
      value: "3 700 000",
      articleUrl: "https://example.org/a",
    });
    expect(parsed).toMatchObject({
      value: 3_700_000,
      high: null,
      relayedById: null,
      articleUrl: "https://example.org/a",
    });
  });

  it.each(["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "example.org/no-scheme"])(
    "refuses the link %j",
    (url) => {
      expect(errorsOf(claimDraftInput.safeParse({ ...claim, articleUrl: url })).articleUrl).toMatch(
        /http:\/\/ or https:\/\//,
      );
    },
  );

  it("says which field is wrong, in plain words", () => {
    expect(errorsOf(claimDraftInput.safeParse({ ...claim, reportedAt: "2020-02-30T10:00", value: "many" }))).toEqual({
      reportedAt: expect.stringMatching(/real date and time/),
      value: expect.stringMatching(/as a number/),
    });
    // Checks across fields come once each field is right on its own.
    const errors = errorsOf(claimDraftInput.safeParse({ ...claim, quote: "30", low: "40", high: "35" }));
    expect(errors.quote).toMatch(/as in the sentence/);
    expect(errors.high).toMatch(/below the lowest/);
  });

  it("refuses an outlet that is the source itself", () => {
    expect(errorsOf(claimDraftInput.safeParse({ ...claim, relayedById: "s1" })).relayedById).toMatch(/leave/);
  });

  it("refuses a hand-made request with no fields, field by field", () => {
    expect(Object.keys(errorsOf(claimDraftInput.safeParse({})))).toEqual(
      expect.arrayContaining(["sentence", "quantityId", "sourceId", "reportedAt"]),
    );
  });
});

describe("sources and quantities", () => {
  it("needs a name and a kind, and only a web link as homepage", () => {
    const errors = errorsOf(sourceInput.safeParse({ name: "  ", kind: "alien", homepage: "javascript:alert(1)" }));
    expect(Object.keys(errors).sort()).toEqual(["homepage", "kind", "name"]);
  });

  it("puts the days of a scope in order", () => {
    const errors = errorsOf(
      quantityInput.safeParse({
        storyId: "s",
        label: "Killed",
        measure: "killed",
        headlinePolicy: "range",
        scopeFrom: "2020-03-01",
        scopeTo: "2020-02-27",
      }),
    );
    expect(errors.scopeTo).toMatch(/before the first/);
  });
});
