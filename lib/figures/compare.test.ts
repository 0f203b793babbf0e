import { describe, expect, it } from "vitest";
import { compareClaims, type ClaimToCompare, type Comparison, type PairRelation, type QuantityStatus } from "./index";

// Comparing the claims made about one quantity (spec/figures.md section 4).

const claim = (
  id: string,
  low: number | null,
  high: number | null,
  source?: string,
  reportedAt?: string,
): ClaimToCompare => ({
  id,
  low,
  high,
  ...(source === undefined ? {} : { source }),
  ...(reportedAt === undefined ? {} : { reportedAt }),
});

/** The relation of each pair, keyed by the two ids in alphabetical order: the spec fixes no pair order. */
function relations(result: Comparison): Record<string, PairRelation> {
  const out: Record<string, PairRelation> = {};
  for (const p of result.pairs) out[[p.a, p.b].sort().join("|")] = p.relation;
  return out;
}

interface Case {
  name: string;
  cumulative: boolean;
  claims: ClaimToCompare[];
  status: QuantityStatus;
  consensus: { low: number | null; high: number | null } | null;
  relations: Record<string, PairRelation>;
  superseded: string[];
}

const EVENING = "2020-02-27T";

const CASES: Case[] = [
  {
    name: "the Hatay governor's 'at least 29' and the OSDH's 'more than 30' are consistent, with consensus 31 or more",
    cumulative: true,
    claims: [
      claim("hatay", 29, null, "Gouverneur de Hatay", `${EVENING}22:00:00Z`),
      claim("osdh", 31, null, "OSDH", `${EVENING}23:30:00Z`),
    ],
    status: "consistent",
    consensus: { low: 31, high: null },
    relations: { "hatay|osdh": "overlap" },
    superseded: [],
  },
  {
    name: "identical intervals agree",
    cumulative: false,
    claims: [claim("ministry", 33, 33, "Ministry"), claim("agency", 33, 33, "Agency")],
    status: "agree",
    consensus: { low: 33, high: 33 },
    relations: { "agency|ministry": "overlap" },
    superseded: [],
  },
  {
    name: "different intervals sharing values are consistent, and the consensus is what they share",
    cumulative: false,
    claims: [
      claim("police", 20, 30, "Police"),
      claim("organisers", 25, null, "Organisers"),
      claim("medics", null, 28, "Medics"),
    ],
    status: "consistent",
    consensus: { low: 25, high: 28 },
    relations: {
      "medics|organisers": "overlap",
      "medics|police": "overlap",
      "organisers|police": "overlap",
    },
    superseded: [],
  },
  {
    name: "29 against 35 the same evening, not cumulative, is a conflict with no consensus",
    cumulative: false,
    claims: [
      claim("governor", 29, 29, "Governor", `${EVENING}21:00:00Z`),
      claim("observatory", 35, 35, "Observatory", `${EVENING}22:00:00Z`),
    ],
    status: "conflict",
    consensus: null,
    relations: { "governor|observatory": "conflict" },
    superseded: [],
  },
  {
    name: "a later claim wholly above an earlier one in a cumulative quantity is a revision",
    cumulative: true,
    claims: [
      claim("governor", 29, 29, "Governor", `${EVENING}21:00:00Z`),
      claim("observatory", 35, 35, "Observatory", "2020-02-28T09:00:00Z"),
    ],
    status: "revised",
    consensus: { low: 35, high: 35 },
    relations: { "governor|observatory": "revision" },
    superseded: [],
  },
  {
    name: "with revisions, the consensus is the intersection of the claims not below a later claim",
    cumulative: true,
    claims: [
      claim("governor", 29, 29, "Governor", `${EVENING}21:00:00Z`),
      claim("observatory", 33, null, "Observatory", "2020-02-28T09:00:00Z"),
      claim("ministry", 30, 40, "Ministry", "2020-02-28T12:00:00Z"),
    ],
    status: "revised",
    consensus: { low: 33, high: 40 },
    relations: {
      "governor|observatory": "revision",
      "governor|ministry": "revision",
      "ministry|observatory": "overlap",
    },
    superseded: [],
  },
  {
    name: "the same pair in a quantity that is not cumulative is a conflict",
    cumulative: false,
    claims: [
      claim("governor", 29, 29, "Governor", `${EVENING}21:00:00Z`),
      claim("observatory", 35, 35, "Observatory", "2020-02-28T09:00:00Z"),
    ],
    status: "conflict",
    consensus: null,
    relations: { "governor|observatory": "conflict" },
    superseded: [],
  },
  {
    name: "a later claim wholly below an earlier one in a cumulative quantity is a conflict",
    cumulative: true,
    claims: [
      claim("observatory", 35, 35, "Observatory", `${EVENING}21:00:00Z`),
      claim("governor", 29, 29, "Governor", "2020-02-28T09:00:00Z"),
    ],
    status: "conflict",
    consensus: null,
    relations: { "governor|observatory": "conflict" },
    superseded: [],
  },
  {
    name: "a later claim below an earlier one, listed first, is still a conflict: time decides, not list order",
    cumulative: true,
    claims: [
      claim("governor", 29, 29, "Governor", "2020-02-28T09:00:00Z"),
      claim("observatory", 35, 35, "Observatory", `${EVENING}21:00:00Z`),
    ],
    status: "conflict",
    consensus: null,
    relations: { "governor|observatory": "conflict" },
    superseded: [],
  },
  {
    name: "a source's earlier claim is superseded by its later one and leaves the pairs and the consensus",
    cumulative: true,
    claims: [
      claim("osdh-1", 29, 29, "OSDH", `${EVENING}21:00:00Z`),
      claim("hatay", 29, null, "Gouverneur de Hatay", `${EVENING}22:00:00Z`),
      claim("osdh-2", 34, 34, "OSDH", "2020-02-28T08:00:00Z"),
    ],
    status: "consistent",
    consensus: { low: 34, high: 34 },
    relations: { "hatay|osdh-2": "overlap" },
    superseded: ["osdh-1"],
  },
  {
    name: "supersession follows the time of report, not the order of the list",
    cumulative: false,
    claims: [
      claim("osdh-late", 34, 34, "OSDH", "2020-02-28T08:00:00Z"),
      claim("osdh-early", 29, 29, "OSDH", `${EVENING}21:00:00Z`),
      claim("hatay", 29, null, "Gouverneur de Hatay", `${EVENING}22:00:00Z`),
    ],
    status: "consistent",
    consensus: { low: 34, high: 34 },
    relations: { "hatay|osdh-late": "overlap" },
    superseded: ["osdh-early"],
  },
  {
    name: "several superseded claims are all listed",
    cumulative: true,
    claims: [
      claim("moh-1", 10, 10, "Ministry of Health", "2020-03-01T08:00:00Z"),
      claim("moh-2", 14, 14, "Ministry of Health", "2020-03-02T08:00:00Z"),
      claim("who", 12, 20, "WHO", "2020-03-02T09:00:00Z"),
      claim("moh-3", 17, 17, "Ministry of Health", "2020-03-03T08:00:00Z"),
    ],
    status: "consistent",
    consensus: { low: 17, high: 17 },
    relations: { "moh-3|who": "overlap" },
    superseded: ["moh-1", "moh-2"],
  },
  {
    name: "two disjoint claims reported at the same moment are a conflict even when cumulative: neither is later",
    cumulative: true,
    claims: [
      claim("governor", 29, 29, "Governor", `${EVENING}22:00:00Z`),
      claim("observatory", 35, 35, "Observatory", `${EVENING}22:00:00Z`),
    ],
    status: "conflict",
    consensus: null,
    relations: { "governor|observatory": "conflict" },
    superseded: [],
  },
  {
    name: "two overlapping claims reported at the same moment are consistent",
    cumulative: true,
    claims: [
      claim("governor", 29, null, "Governor", `${EVENING}22:00:00Z`),
      claim("observatory", 31, 40, "Observatory", `${EVENING}22:00:00Z`),
    ],
    status: "consistent",
    consensus: { low: 31, high: 40 },
    relations: { "governor|observatory": "overlap" },
    superseded: [],
  },
  {
    name: "a single claim agrees with itself and is the consensus",
    cumulative: true,
    claims: [claim("hatay", 29, null, "Gouverneur de Hatay", `${EVENING}22:00:00Z`)],
    status: "agree",
    consensus: { low: 29, high: null },
    relations: {},
    superseded: [],
  },
  {
    name: "the consensus is null when the intervals share nothing, even if some pairs overlap",
    cumulative: false,
    claims: [claim("a", 10, 20, "A"), claim("b", 15, 25, "B"), claim("c", 30, 40, "C")],
    status: "conflict",
    consensus: null,
    relations: { "a|b": "overlap", "a|c": "conflict", "b|c": "conflict" },
    superseded: [],
  },
  {
    name: "open-ended intervals on opposite sides that meet share one value",
    cumulative: false,
    claims: [claim("low-side", 30, null, "A"), claim("high-side", null, 30, "B")],
    status: "consistent",
    consensus: { low: 30, high: 30 },
    relations: { "high-side|low-side": "overlap" },
    superseded: [],
  },
  {
    name: "open-ended intervals on opposite sides that do not meet are a conflict",
    cumulative: false,
    claims: [claim("at-least-31", 31, null, "A"), claim("at-most-30", null, 30, "B")],
    status: "conflict",
    consensus: null,
    relations: { "at-least-31|at-most-30": "conflict" },
    superseded: [],
  },
];

describe("comparing the claims about one quantity", () => {
  it.each(CASES)("$name", (tc) => {
    const result = compareClaims(tc.claims, { cumulative: tc.cumulative });
    expect(result.status).toBe(tc.status);
    expect(result.consensus).toEqual(tc.consensus);
    expect(relations(result)).toEqual(tc.relations);
    const current = tc.claims.length - tc.superseded.length;
    expect(result.pairs).toHaveLength((current * (current - 1)) / 2);
    expect(result.superseded).toEqual(tc.superseded);
  });

  it("reports the worked example's pair exactly as the spec prints it", () => {
    const result = compareClaims(
      [
        {
          id: "hatay",
          low: 29,
          high: null,
          source: "Gouverneur de Hatay",
          reportedAt: "2020-02-27T22:00:00Z",
        },
        { id: "osdh", low: 31, high: null, source: "OSDH", reportedAt: "2020-02-27T23:30:00Z" },
      ],
      { cumulative: true },
    );
    expect(result).toEqual({
      status: "consistent",
      consensus: { low: 31, high: null },
      pairs: [{ a: "hatay", b: "osdh", relation: "overlap" }],
      superseded: [],
    });
  });

  it("never names a superseded claim in a pair", () => {
    const result = compareClaims(
      [
        claim("x-1", 1, 5, "X", "2021-01-01T00:00:00Z"),
        claim("y", 100, 200, "Y", "2021-01-02T00:00:00Z"),
        claim("x-2", 150, 160, "X", "2021-01-03T00:00:00Z"),
      ],
      { cumulative: false },
    );
    expect(result.superseded).toEqual(["x-1"]);
    for (const p of result.pairs) expect([p.a, p.b]).not.toContain("x-1");
    expect(result.status).toBe("consistent");
    expect(result.consensus).toEqual({ low: 150, high: 160 });
  });

  it("does not change the claims it is given", () => {
    const claims = [claim("a", 29, null, "A", `${EVENING}22:00:00Z`), claim("b", 31, null, "B", `${EVENING}23:30:00Z`)];
    const copy = structuredClone(claims);
    compareClaims(claims, { cumulative: true });
    expect(claims).toEqual(copy);
  });
});
