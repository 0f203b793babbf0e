import { describe, expect, it } from "vitest";
import { summarizeQuantity, type SummaryClaim, type SummaryQuantity } from "./quantity-summary";

const HATAY = { id: "src-hatay", name: "Governor of Hatay province" };
const OSDH = { id: "src-osdh", name: "Syrian Observatory for Human Rights (OSDH)" };
const TURKEY = { id: "src-turkey", name: "Turkish government" };
const REUTERS = { id: "src-reuters", name: "Reuters" };

let next = 0;
function claim(
  source: SummaryClaim["source"],
  at: string,
  figure: Partial<SummaryClaim> & Pick<SummaryClaim, "low" | "high">,
): SummaryClaim {
  next += 1;
  return {
    id: `claim-${next}`,
    source,
    reportedAt: new Date(at),
    value: figure.low ?? figure.high,
    qualifier: "exact",
    kind: "count",
    unit: "soldiers",
    ...figure,
  };
}

const atLeast = (n: number) => ({ value: n, low: n, high: null, qualifier: "at_least" as const });
const moreThan = (n: number) => ({
  value: n,
  low: n + 1,
  high: null,
  qualifier: "more_than" as const,
});
const exactly = (n: number) => ({ value: n, low: n, high: n, qualifier: "exact" as const });

const toll: SummaryQuantity = { cumulative: true, headlinePolicy: "consensus" };
/** A count that may go down as well as up (refugees hosted, say), not a toll. */
const count: SummaryQuantity = { cumulative: false, headlinePolicy: "consensus" };

describe("the Idlib demo's three soldier tolls", () => {
  const hatay = claim(HATAY, "2020-02-27T22:00:00Z", atLeast(29));
  const osdh = claim(OSDH, "2020-02-27T23:30:00Z", moreThan(30));
  const turkey = claim(TURKEY, "2020-02-28T07:00:00Z", exactly(33));

  it("says the first two are lower bounds that together say at least 31, then the revision to 33", () => {
    const summary = summarizeQuantity(toll, [turkey, osdh, hatay]);
    expect(summary.status).toBe("consistent");
    expect(summary.statusLabel).toBe("Compatible");
    expect(summary.sentence).toBe(
      "The Governor of Hatay province said at least 29 and the Syrian Observatory for Human Rights (OSDH) more than 30: " +
        "both are lower bounds, so together they say at least 31. The Turkish government later gave 33, a revision upward. " +
        "All three figures allow 33.",
    );
    expect(summary.headline).toMatchObject({
      policy: "consensus",
      policyName: "Consensus",
      text: "33",
    });
    expect(Object.values(summary.relations)).toEqual(["agrees", "agrees", "agrees"]);
  });

  it("before the government's figure: compatible, at least 31", () => {
    const summary = summarizeQuantity(toll, [hatay, osdh]);
    expect(summary.sentence).toBe(
      "The Governor of Hatay province said at least 29 and the Syrian Observatory for Human Rights (OSDH) more than 30: " +
        "both are lower bounds, so together they say at least 31.",
    );
    expect(summary.headline.text).toBe("at least 31");
  });

  it("names each policy's headline: range from lowest low to highest high, conservative the lowest figure", () => {
    expect(summarizeQuantity({ ...toll, headlinePolicy: "range" }, [hatay, osdh, turkey]).headline).toMatchObject({
      policyName: "Range",
      interval: { low: 29, high: null },
      text: "at least 29",
    });
    expect(
      summarizeQuantity({ ...toll, headlinePolicy: "conservative" }, [hatay, osdh, turkey]).headline,
    ).toMatchObject({
      policyName: "Conservative",
      text: "29",
    });
    expect(
      summarizeQuantity({ ...toll, headlinePolicy: "range" }, [
        turkey,
        claim(REUTERS, "2020-02-28T08:00:00Z", exactly(34)),
      ]).headline.text,
    ).toBe("33–34");
  });
});

describe("the status, said plainly", () => {
  it("29 vs 35 the same evening is a conflict, and says why", () => {
    const summary = summarizeQuantity(toll, [
      claim(HATAY, "2020-02-27T19:00:00Z", exactly(35)),
      claim(OSDH, "2020-02-27T21:00:00Z", exactly(29)),
    ]);
    expect(summary.status).toBe("conflict");
    expect(summary.statusLabel).toBe("Conflict");
    expect(summary.sentence).toBe(
      "The Governor of Hatay province said 35 and the Syrian Observatory for Human Rights (OSDH) 29, two hours apart. " +
        "A toll only grows, so the lower, later figure contradicts the first: the figures conflict.",
    );
    expect(summary.headline.text).toBeNull();
    expect(Object.values(summary.relations)).toEqual(["conflict", "conflict"]);
  });

  it("29 vs 35 on a count that does not only grow is a conflict whatever the order", () => {
    const summary = summarizeQuantity(count, [
      claim(HATAY, "2020-02-27T20:00:00Z", exactly(29)),
      claim(REUTERS, "2020-02-27T20:30:00Z", exactly(35)),
    ]);
    expect(summary.status).toBe("conflict");
    expect(summary.sentence).toBe(
      "The Governor of Hatay province said 29 and Reuters 35, within the hour. Both cannot be true: the figures conflict.",
    );
  });

  it("a later, higher toll from another source is a revision upward", () => {
    const earlier = claim(HATAY, "2020-02-27T22:00:00Z", exactly(29));
    const later = claim(TURKEY, "2020-02-28T07:00:00Z", exactly(33));
    const summary = summarizeQuantity(toll, [earlier, later]);
    expect(summary.status).toBe("revised");
    expect(summary.sentence).toBe(
      "The Governor of Hatay province said 29. The Turkish government later gave 33, a revision upward. " +
        "The toll rose without any figure contradicting another: the latest say 33.",
    );
    expect(summary.relations).toEqual({ [earlier.id]: "revised", [later.id]: "agrees" });
  });

  it("the same figure from several sources agrees", () => {
    const summary = summarizeQuantity(toll, [
      claim(HATAY, "2020-02-28T07:00:00Z", exactly(33)),
      claim(TURKEY, "2020-02-28T08:00:00Z", exactly(33)),
      claim(REUTERS, "2020-02-28T09:00:00Z", exactly(33)),
    ]);
    expect(summary.status).toBe("agree");
    expect(summary.sentence).toBe(
      "The Governor of Hatay province, the Turkish government and Reuters all said 33: the figures agree.",
    );
  });

  it("upper bounds read together like lower bounds", () => {
    const summary = summarizeQuantity(count, [
      claim(REUTERS, "2020-02-28T07:00:00Z", {
        value: 10,
        low: null,
        high: 9,
        qualifier: "less_than",
      }),
      claim(OSDH, "2020-02-28T08:00:00Z", { value: 12, low: null, high: 12, qualifier: "at_most" }),
    ]);
    expect(summary.sentence).toBe(
      "Reuters said less than 10 and the Syrian Observatory for Human Rights (OSDH) at most 12: both are upper bounds, so together they say at most 9.",
    );
  });

  it("a closed range and a figure inside it are compatible", () => {
    const summary = summarizeQuantity(count, [
      claim(REUTERS, "2020-02-28T07:00:00Z", {
        value: null,
        low: 40,
        high: 45,
        qualifier: "range",
      }),
      claim(OSDH, "2020-02-28T09:00:00Z", { ...atLeast(42) }),
    ]);
    expect(summary.status).toBe("consistent");
    expect(summary.sentence).toBe(
      "Reuters said between 40 and 45. The Syrian Observatory for Human Rights (OSDH) later gave at least 42, consistent with that. Both figures allow between 42 and 45.",
    );
  });

  it("one claim: says who gave it, in millions when large", () => {
    const summary = summarizeQuantity(count, [
      claim({ id: "p", name: "Turkish presidency" }, "2020-02-28T10:00:00Z", {
        value: 3_700_000,
        low: 3_330_000,
        high: 4_070_000,
        qualifier: "about",
      }),
    ]);
    expect(summary.status).toBe("agree");
    expect(summary.sentence).toBe("Only the Turkish presidency has given a figure so far: about 3.7 million.");
    expect(summary.headline.text).toBe("about 3.7 million");
    expect(summary.statusLabel).toBe("One source");
  });

  it("a source's earlier figure is superseded and leaves the comparison", () => {
    const first = claim(TURKEY, "2020-02-27T22:00:00Z", exactly(29));
    const second = claim(TURKEY, "2020-02-28T07:00:00Z", exactly(33));
    const summary = summarizeQuantity(toll, [first, second]);
    expect(summary.supersededIds).toEqual([first.id]);
    expect(summary.currentIds).toEqual([second.id]);
    expect(summary.relations[first.id]).toBe("superseded");
    expect(summary.sentence).toBe(
      "Only the Turkish government has given a figure so far: 33. One earlier figure was replaced by its source's later word.",
    );
  });

  it("no published claim: says so, with no number", () => {
    const summary = summarizeQuantity(toll, []);
    expect(summary.status).toBe("none");
    expect(summary.headline.text).toBeNull();
    expect(summary.sentence).toBe("No figure has been published for this yet.");
  });
});

describe("in French", () => {
  const hatay = claim(HATAY, "2020-02-27T22:00:00Z", atLeast(29));
  const osdh = claim(OSDH, "2020-02-27T23:30:00Z", moreThan(30));
  const turkey = claim(TURKEY, "2020-02-28T07:00:00Z", exactly(33));

  it("tells the same reasoning in French words, names as the newsroom wrote them", () => {
    const summary = summarizeQuantity(toll, [hatay, osdh, turkey], "fr");
    expect(summary.statusLabel).toBe("Compatibles");
    expect(summary.headline).toMatchObject({ policyName: "Consensus", text: "33" });
    expect(summary.sentence).toBe(
      "Governor of Hatay province a donné au moins 29 et Syrian Observatory for Human Rights (OSDH) plus de 30 : " +
        "ce sont deux minimums, donc ensemble ils indiquent au moins 31. Turkish government a ensuite donné 33, une révision à la hausse. " +
        "Les trois chiffres admettent 33.",
    );
  });

  it("says a conflict and why, with the gap in French", () => {
    const first = claim(REUTERS, "2020-02-27T18:00:00Z", exactly(35));
    const second = claim(TURKEY, "2020-02-27T21:00:00Z", exactly(29));
    const summary = summarizeQuantity(toll, [first, second], "fr");
    expect(summary.status).toBe("conflict");
    expect(summary.statusLabel).toBe("Contradiction");
    expect(summary.sentence).toBe(
      "Reuters a donné 35 et Turkish government 29, à trois heures d'intervalle. " +
        "Un bilan ne peut que croître : le chiffre plus bas, donné plus tard, contredit le premier. Les chiffres se contredisent.",
    );
  });

  it("formats large numbers the French way", () => {
    const refugees = claim(REUTERS, "2020-02-28T07:00:00Z", {
      value: 3_700_000,
      low: 3_700_000,
      high: 3_700_000,
      qualifier: "about",
      unit: null,
    });
    const summary = summarizeQuantity(count, [refugees], "fr");
    expect(summary.sentence).toBe(
      "Une seule source a donné un chiffre pour l'instant, Reuters : environ 3,7 millions.",
    );
  });
});

describe("when the figures conflict", () => {
  it("gives no consensus number but says how far apart the figures are", () => {
    const high = claim(REUTERS, "2020-02-27T18:00:00Z", exactly(35));
    const low = claim(TURKEY, "2020-02-27T21:00:00Z", exactly(29));
    const summary = summarizeQuantity(toll, [high, low]);
    expect(summary.headline.text).toBeNull();
    expect(summary.headline.spread).toBe("29–35");
  });

  it("needs no spread when the policy still gives a number", () => {
    const high = claim(REUTERS, "2020-02-27T18:00:00Z", exactly(35));
    const low = claim(TURKEY, "2020-02-27T21:00:00Z", exactly(29));
    const summary = summarizeQuantity({ ...toll, headlinePolicy: "conservative" }, [high, low]);
    expect(summary.headline.text).toBe("29");
    expect(summary.headline.spread).toBeNull();
  });
});
