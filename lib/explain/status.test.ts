import { describe, expect, it } from "vitest";
import type { Comparison, QuantityStatus } from "@/lib/figures/compare";
import { pairInWords, statusDetail, statusLabel } from "./status";

describe("a quantity's status, one label for readers and reviewers", () => {
  const cases: Array<[QuantityStatus | "none", number, string, string]> = [
    ["agree", 2, "Figures agree", "Concordants"],
    ["consistent", 3, "Compatible", "Compatibles"],
    ["revised", 2, "Revised upward", "Revu à la hausse"],
    ["conflict", 2, "Conflict", "Contradiction"],
    // A single current claim has nothing to agree or disagree with, whatever the engine says.
    ["agree", 1, "One source", "Une seule source"],
    ["none", 0, "No figure yet", "Aucun chiffre"],
  ];

  it.each(cases)("%s with %i current claims reads %j (%j in French)", (status, count, english, french) => {
    expect(statusLabel(status, count)).toBe(english);
    expect(statusLabel(status, count, "fr")).toBe(french);
  });
});

describe("the detail a reviewer reads behind the label", () => {
  const toll = { kind: "count", unit: null } as const;
  const compatible: Comparison = {
    status: "consistent",
    consensus: { low: 31, high: null },
    pairs: [{ a: "hatay", b: "osdh", relation: "overlap" }],
    superseded: [],
  };
  const hatay = { sourceName: "Governor of Hatay", quote: "at least 29", low: 29, high: null };
  const osdh = {
    sourceName: "Syrian Observatory for Human Rights",
    quote: "more than 30",
    low: 31,
    high: null,
  };

  it("says what the figures add up to, in English and in French", () => {
    expect(statusDetail(toll, compatible, [hatay, osdh])).toBe("the figures differ, yet together they say 31 or more.");
    expect(statusDetail(toll, compatible, [hatay, osdh], "fr")).toBe(
      "les chiffres diffèrent, mais ensemble ils indiquent 31 ou plus.",
    );
    expect(statusDetail(toll, compatible, [])).toBe("No published claim yet: nothing to compare.");
  });

  it("names each side of a pair with its quote", () => {
    expect(pairInWords(toll, hatay, osdh, "overlap")).toBe(
      "Governor of Hatay (“at least 29”) and Syrian Observatory for Human Rights (“more than 30”) can both be true: both allow 31 or more.",
    );
    expect(
      pairInWords(
        toll,
        { ...osdh, low: 35, high: 35, quote: "35" },
        { ...hatay, low: 29, high: 29, quote: "29" },
        "revision",
      ),
    ).toBe(
      "Syrian Observatory for Human Rights (“35”) is a later, higher count than Governor of Hatay (“29”): a revision, not a conflict.",
    );
  });
});
