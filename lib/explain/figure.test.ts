import { describe, expect, it } from "vitest";
import type { Figure } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { intervalInWords, kindInWords, qualifierInWords } from "./figure";

type Bounds = Pick<Figure, "low" | "high" | "kind" | "unit">;

/** Each quote's bounds read in words, in `locale` (none given: the newsroom's English). */
function itReadsBounds(locale: Locale | undefined, cases: Array<[quote: string, bounds: Bounds, words: string]>) {
  it.each(cases)("%s reads as %j", (_quote, bounds, words) => {
    expect(intervalInWords(bounds, locale)).toBe(words);
  });
}

describe("what a figure allows, in words", () => {
  itReadsBounds(undefined, [
    ["at least 29 soldiers", { low: 29, high: null, kind: "count", unit: "soldiers" }, "29 or more"],
    ["plus de 30", { low: 31, high: null, kind: "count", unit: "soldats" }, "31 or more"],
    ["between 40 and 45", { low: 40, high: 45, kind: "count", unit: null }, "between 40 and 45"],
    ["fewer than 10", { low: null, high: 9, kind: "count", unit: null }, "9 or fewer"],
    ["a bare 30", { low: 30, high: 30, kind: "count", unit: null }, "exactly 30"],
    ["3,7 millions", { low: 3_700_000, high: 3_700_000, kind: "count", unit: null }, "exactly 3,700,000"],
    ["62,5 %", { low: 62.5, high: 62.5, kind: "percent", unit: "%" }, "exactly 62.5%"],
    ["under 5%", { low: null, high: 5, kind: "percent", unit: "%" }, "5% or less"],
    ["6 milliards d'euros", { low: 6e9, high: 6e9, kind: "money", unit: "EUR" }, "exactly €6,000,000,000"],
    ["$2.5bn", { low: 2.5e9, high: 2.5e9, kind: "money", unit: "$" }, "exactly $2,500,000,000"],
    ["over 12 km", { low: 12, high: null, kind: "measure", unit: "km" }, "12 km or more"],
    ["no bounds at all", { low: null, high: null, kind: "count", unit: null }, "any amount"],
  ]);

  it("shows an unknown currency code as written rather than failing", () => {
    expect(intervalInWords({ low: 5, high: 5, kind: "money", unit: "XQQ1" })).toBe("exactly 5 XQQ1");
  });
});

describe("the qualifier, in words", () => {
  it("says what a reader would say", () => {
    expect(qualifierInWords("at_least")).toBe("at least");
    expect(qualifierInWords("more_than")).toBe("more than");
    expect(qualifierInWords("range")).toBe("a range");
  });
});

describe("a figure in words for a French reader", () => {
  itReadsBounds("fr", [
    ["au moins 29 soldats", { low: 29, high: null, kind: "count", unit: "soldats" }, "29 ou plus"],
    ["more than 30", { low: 31, high: null, kind: "count", unit: "soldiers" }, "31 ou plus"],
    ["entre 40 et 45", { low: 40, high: 45, kind: "count", unit: null }, "entre 40 et 45"],
    ["moins de 10", { low: null, high: 9, kind: "count", unit: null }, "9 ou moins"],
    ["3.7 million", { low: 3_700_000, high: 3_700_000, kind: "count", unit: null }, "exactement 3\u202f700\u202f000"],
    ["62.5%", { low: 62.5, high: 62.5, kind: "percent", unit: "%" }, "exactement 62,5\u202f%"],
    [
      "6 milliards d'euros",
      { low: 6e9, high: 6e9, kind: "money", unit: "€" },
      "exactement 6\u202f000\u202f000\u202f000\u00a0€",
    ],
    ["plus de 12 km", { low: 13, high: null, kind: "measure", unit: "km" }, "13 km ou plus"],
    ["no bounds at all", { low: null, high: null, kind: "count", unit: null }, "n'importe quelle quantité"],
  ]);

  it("says the qualifier as a French reader would", () => {
    expect(qualifierInWords("at_least", "fr")).toBe("au moins");
    expect(qualifierInWords("more_than", "fr")).toBe("plus de");
    expect(qualifierInWords("about", "fr")).toBe("environ");
  });

  it("names the kind of figure in French", () => {
    expect(kindInWords("count", "fr")).toBe("nombre");
    expect(kindInWords("percent", "fr")).toBe("pourcentage");
    expect(kindInWords("money", "fr")).toBe("somme d'argent");
    expect(kindInWords("measure", "fr")).toBe("mesure");
  });

  it("stays English for callers that give no locale (the newsroom)", () => {
    expect(kindInWords("percent")).toBe("percentage");
    expect(qualifierInWords("at_least")).toBe("at least");
  });
});
