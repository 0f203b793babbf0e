import { describe, expect, it } from "vitest";
import { sourceRecord, type RecordClaim } from "./source-record";

const sources = {
  governor: { id: "governor", name: "Governor of Hatay province" },
  observatory: { id: "observatory", name: "Syrian Observatory for Human Rights" },
  government: { id: "government", name: "Turkish government" },
};

let sequence = 0;
function claim(source: keyof typeof sources, low: number | null, high: number | null, at: string): RecordClaim {
  sequence += 1;
  return {
    id: `${source}-${sequence}`,
    source: sources[source],
    low,
    high,
    reportedAt: new Date(at),
  };
}

/** A record's three counts: its figures, how many were revised, how many contradicted. */
const counts = (figures: number, revised: number, contradicted: number) => ({ figures, revised, contradicted });

describe("a source's record", () => {
  it("the Idlib toll: the governor's 29 was revised by the government's later 33, nobody contradicted", () => {
    const governor = claim("governor", 29, null, "2020-02-27T22:00:00Z");
    const observatory = claim("observatory", 31, null, "2020-02-27T23:30:00Z");
    const government = claim("government", 33, 33, "2020-02-28T07:00:00Z");
    const toll = { cumulative: true, claims: [government, governor, observatory] };
    // At least 29 and at least 31 both allow 33: compatible, not revised.
    expect(sourceRecord("governor", [toll])).toMatchObject(counts(1, 0, 0));
    expect(sourceRecord("government", [toll])).toMatchObject(counts(1, 0, 0));
  });

  it("counts a figure the source itself replaced later as revised", () => {
    const first = claim("governor", 22, 22, "2020-02-27T20:00:00Z");
    const later = claim("governor", 29, 29, "2020-02-27T22:00:00Z");
    const record = sourceRecord("governor", [{ cumulative: false, claims: [later, first] }]);
    expect(record).toMatchObject(counts(2, 1, 0));
    expect(record.fates[first.id]).toEqual({ revised: "own", revisedBy: [], contradictedBy: [] });
    expect(record.fates[later.id]?.revised).toBeNull();
  });

  it("counts a toll another source later raised above it as revised, by whom", () => {
    const early = claim("governor", 22, 22, "2020-02-27T20:00:00Z");
    const higher = claim("government", 33, 33, "2020-02-28T07:00:00Z");
    const toll = { cumulative: true, claims: [early, higher] };
    const record = sourceRecord("governor", [toll]);
    expect(record).toMatchObject(counts(1, 1, 0));
    expect(record.fates[early.id]).toEqual({
      revised: "others",
      revisedBy: ["Turkish government"],
      contradictedBy: [],
    });
    // The later, higher figure is not itself revised.
    expect(sourceRecord("government", [toll])).toMatchObject({ revised: 0, contradicted: 0 });
  });

  it("counts a conflict with another source's current figure as contradicted, on both sides", () => {
    const governor = claim("governor", 35, 35, "2020-02-27T20:00:00Z");
    const observatory = claim("observatory", 29, 29, "2020-02-27T22:00:00Z");
    // A toll only grows: a later, lower figure contradicts, it does not revise.
    const toll = { cumulative: true, claims: [governor, observatory] };
    expect(sourceRecord("governor", [toll]).fates[governor.id]).toEqual({
      revised: null,
      revisedBy: [],
      contradictedBy: ["Syrian Observatory for Human Rights"],
    });
    expect(sourceRecord("observatory", [toll])).toMatchObject(counts(1, 0, 1));
  });

  it("a figure the source replaced leaves the comparison: it is revised, not contradicted", () => {
    const old = claim("governor", 10, 10, "2020-02-27T18:00:00Z");
    const current = claim("governor", 29, 29, "2020-02-27T22:00:00Z");
    const other = claim("observatory", 29, 29, "2020-02-27T23:00:00Z");
    const record = sourceRecord("governor", [{ cumulative: false, claims: [old, current, other] }]);
    expect(record).toMatchObject(counts(2, 1, 0));
  });

  it("adds up over the quantities, and an empty record is zero", () => {
    const q1 = {
      cumulative: false,
      claims: [claim("governor", 5, 5, "2020-01-01T00:00:00Z"), claim("observatory", 9, 9, "2020-01-01T01:00:00Z")],
    };
    const q2 = {
      cumulative: false,
      claims: [claim("governor", 1, 1, "2020-01-01T00:00:00Z"), claim("governor", 2, 2, "2020-01-02T00:00:00Z")],
    };
    const q3 = { cumulative: false, claims: [claim("observatory", 7, 7, "2020-01-01T00:00:00Z")] };
    expect(sourceRecord("governor", [q1, q2, q3])).toMatchObject(counts(3, 1, 1));
    expect(sourceRecord("nobody", [q1])).toEqual({ ...counts(0, 0, 0), fates: {} });
  });
});
