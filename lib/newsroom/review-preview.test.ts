import { describe, expect, it } from "vitest";
import { describeComparison, previewReview, type ClaimOnQuantity } from "./review-preview";

const soldiersKilled = { cumulative: true, kind: "count", unit: null } as const;

const hatay: ClaimOnQuantity = {
  id: "hatay",
  sourceId: "governor",
  sourceName: "Governor of Hatay",
  quote: "at least 29",
  low: 29,
  high: null,
  reportedAt: "2020-02-27T22:00:00Z",
};
const osdh: ClaimOnQuantity = {
  id: "osdh",
  sourceId: "observatory",
  sourceName: "Syrian Observatory for Human Rights",
  quote: "more than 30",
  low: 31,
  high: null,
  reportedAt: "2020-02-27T23:30:00Z",
};

/** `claim`, saying exactly `n` (quoted as `quote`), with `other` changed besides (its id, its time). */
const saying = (
  claim: ClaimOnQuantity,
  n: number,
  quote = String(n),
  other: Partial<ClaimOnQuantity> = {},
): ClaimOnQuantity => ({ ...claim, quote, low: n, high: n, ...other });

describe("what approving a claim would do to its quantity", () => {
  it("the Observatory's 'more than 30' next to the governor's 'at least 29' is compatible: at least 31", () => {
    const preview = previewReview(soldiersKilled, [hatay], osdh);

    expect(preview.without.sentence).toBe("One source: it says 29 or more.");
    expect(preview.with.comparison.status).toBe("consistent");
    expect(preview.with.comparison.consensus).toEqual({ low: 31, high: null });
    expect(preview.with.label).toBe("Compatible");
    expect(preview.with.sentence).toBe("Compatible: the figures differ, yet together they say 31 or more.");
    expect(preview.changesOutcome).toBe(true);
    expect(preview.with.pairs).toHaveLength(1);
    expect(preview.with.pairs[0]?.involvesClaim).toBe(true);
    expect(preview.with.pairs[0]?.sentence).toBe(
      "Governor of Hatay (“at least 29”) and Syrian Observatory for Human Rights (“more than 30”) can both be true: both allow 31 or more.",
    );
  });

  it("the first claim on a quantity is compared with nothing", () => {
    const preview = previewReview(soldiersKilled, [], hatay);
    expect(preview.without.label).toBeNull();
    expect(preview.with.label).toBe("One source");
    expect(preview.without.sentence).toBe("No published claim yet: nothing to compare.");
    expect(preview.with.sentence).toBe("One source: it says 29 or more.");
    expect(preview.with.pairs).toEqual([]);
  });

  it("a later, higher toll on a cumulative quantity is a revision, not a conflict", () => {
    const later: ClaimOnQuantity = {
      ...osdh,
      id: "later",
      sourceId: "ministry",
      sourceName: "Turkish ministry",
      quote: "34",
      low: 34,
      high: 34,
      reportedAt: "2020-02-28T12:00:00Z",
    };
    const exact = saying(hatay, 33);
    const preview = previewReview(soldiersKilled, [exact], later);
    expect(preview.with.comparison.status).toBe("revised");
    expect(preview.with.label).toBe("Revised upward");
    expect(preview.with.sentence).toMatch(/^Revised upward: .*the latest figures say exactly 34\.$/);
    expect(preview.with.pairs[0]?.sentence).toBe(
      "Turkish ministry (“34”) is a later, higher count than Governor of Hatay (“33”): a revision, not a conflict.",
    );
  });

  it("the same figures on a quantity that does not only grow conflict", () => {
    const a = saying(hatay, 33);
    const b = saying(osdh, 34);
    const preview = previewReview({ ...soldiersKilled, cumulative: false }, [a], b);
    expect(preview.with.label).toBe("Conflict");
    expect(preview.with.sentence).toBe("Conflict: no single figure fits every claim (one pair disagrees).");
    expect(preview.with.pairs[0]?.sentence).toMatch(/cannot both be true: no figure fits both\.$/);
  });

  it("a new figure from the same source replaces its earlier one instead of being compared with it", () => {
    const update = saying(hatay, 33, "33", { id: "hatay-2", reportedAt: "2020-02-28T08:00:00Z" });
    const preview = previewReview(soldiersKilled, [hatay, osdh], update);
    expect(preview.replaces.map((c) => c.id)).toEqual(["hatay"]);
    expect(preview.replacedBy).toBeNull();
    expect(preview.with.comparison.superseded).toEqual(["hatay"]);
    expect(preview.with.sentence).toBe("Compatible: the figures differ, yet together they say exactly 33.");
  });

  it("an older figure from a source that has since spoken again changes nothing", () => {
    const older = saying(hatay, 20, "20", { id: "hatay-0", reportedAt: "2020-02-27T18:00:00Z" });
    const preview = previewReview(soldiersKilled, [hatay, osdh], older);
    expect(preview.replacedBy?.id).toBe("hatay");
    expect(preview.replaces).toEqual([]);
    expect(preview.changesOutcome).toBe(false);
  });

  it("claims that say the same agree, and a percentage keeps its sign", () => {
    const share = { cumulative: false, kind: "percent", unit: "%" } as const;
    const a = saying(hatay, 12, "12%");
    const b = saying(osdh, 12, "12 %");
    expect(describeComparison(share, [a, b]).sentence).toBe("Figures agree: every current claim says exactly 12%.");
  });
});
