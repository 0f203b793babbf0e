import { describe, expect, it } from "vitest";
import {
  chartDescription,
  formatTick,
  layoutRangeChart,
  rangeDomain,
  rangeInWords,
  type RangeRow,
} from "./range-chart-layout";

const row = (
  id: string,
  low: number | null,
  high: number | null,
  relation: RangeRow["relation"] = "agrees",
): RangeRow => ({
  id,
  label: id,
  low,
  high,
  relation,
});

const idlib = [
  { ...row("hatay", 29, null), label: "Governor of Hatay" },
  { ...row("osdh", 31, null), label: "Syrian Observatory" },
  { ...row("turkey", 33, 33), label: "Turkish government" },
];

function expectReadableTicks(ticks: number[]) {
  expect(ticks.length).toBeGreaterThanOrEqual(4);
  expect(ticks.length).toBeLessThanOrEqual(6);
  const steps = ticks.slice(1).map((t, i) => t - (ticks[i] as number));
  for (const s of steps) expect(s).toBeCloseTo(steps[0] as number, 9);
}

describe("the axis of the range chart", () => {
  it("covers every finite figure of the Idlib claims with 4 to 6 round ticks", () => {
    const d = rangeDomain(idlib, { low: 33, high: 33 });
    expect(d.min).toBeLessThanOrEqual(29);
    expect(d.max).toBeGreaterThan(33);
    expect(d.ticks).toEqual([28, 30, 32, 34, 36]);
    expectReadableTicks(d.ticks);
  });

  it("leaves room past the highest figure for an open bound's arrow", () => {
    const closed = rangeDomain([row("a", 29, 35)]);
    const open = rangeDomain([row("a", 29, 35), row("b", 30, null)]);
    expect(open.max).toBeGreaterThan(closed.max);
    expect(open.max - 35).toBeGreaterThanOrEqual((35 - 29) * 0.3);
  });

  it("leaves room below the lowest figure for an open lower bound", () => {
    const d = rangeDomain([row("a", null, 900), row("b", 400, 600)]);
    expect(d.min).toBeLessThan(400);
    expectReadableTicks(d.ticks);
  });

  it("does not run a count's axis below zero", () => {
    const d = rangeDomain([row("a", 0, 4), row("b", 2, 3)]);
    expect(d.min).toBe(0);
  });

  it("puts a single exact figure in the middle of a window around it", () => {
    const d = rangeDomain([row("a", 33, 33)]);
    expect(d.min).toBeLessThan(33);
    expect(d.max).toBeGreaterThan(33);
    expectReadableTicks(d.ticks);
  });

  it("handles a single figure of zero", () => {
    const d = rangeDomain([row("a", 0, 0)]);
    expect(d.min).toBe(0);
    expect(d.max).toBeGreaterThan(0);
    expectReadableTicks(d.ticks);
  });

  it("scales to millions and prints them short", () => {
    const d = rangeDomain([row("a", 3_700_000, 3_700_000), row("b", 3_000_000, null)]);
    expect(d.min).toBeLessThanOrEqual(3_000_000);
    expect(d.max).toBeGreaterThan(3_700_000);
    expectReadableTicks(d.ticks);
    expect(d.ticks.map((t) => formatTick(t)).every((t) => /^\d+(\.\d+)?M$/.test(t))).toBe(true);
  });

  it("has no scale when no claim gives a finite bound", () => {
    const d = rangeDomain([row("a", null, null), row("b", null, null)], null);
    expect(d.hasScale).toBe(false);
    expect(d.ticks).toEqual([]);
  });

  it("gives ticks without floating-point dust for fractions", () => {
    const d = rangeDomain([row("a", 0.1, 0.3), row("b", 0.2, 0.25)]);
    for (const t of d.ticks) expect(String(t).length).toBeLessThan(6);
    expectReadableTicks(d.ticks);
  });
});

describe("numbers on the chart", () => {
  it("prints ticks as a reader writes them", () => {
    expect(formatTick(29)).toBe("29");
    expect(formatTick(1000)).toBe("1,000");
    expect(formatTick(2.5)).toBe("2.5");
    expect(formatTick(25_000)).toBe("25K");
    expect(formatTick(3_700_000)).toBe("3.7M");
  });

  it("says a range in words", () => {
    expect(rangeInWords({ low: 31, high: null })).toBe("31 or more");
    expect(rangeInWords({ low: null, high: 9 })).toBe("9 or fewer");
    expect(rangeInWords({ low: 33, high: 33 })).toBe("33");
    expect(rangeInWords({ low: 29, high: 35 })).toBe("29 to 35");
    expect(rangeInWords({ low: null, high: null })).toBe("any amount");
    expect(rangeInWords({ low: 3_700_000, high: 3_700_000 })).toBe("3.7 million");
  });

  it("describes every row and the consensus for a screen reader", () => {
    const text = chartDescription(idlib.slice(0, 2), { low: 31, high: null }, null);
    expect(text).toBe("Governor of Hatay: 29 or more. Syrian Observatory: 31 or more. Consensus: 31 or more.");
  });

  it("says when a figure conflicts and when nothing is shared", () => {
    const text = chartDescription([row("A", 29, 29), row("B", 35, 35, "conflict")], null, "soldiers");
    expect(text).toContain("Figures in soldiers.");
    expect(text).toContain("B: 35, in conflict with another source.");
    expect(text).toContain("No figure is shared by every source.");
  });

  it("says a retracted figure is retracted and not counted, in both languages, the consensus without it", () => {
    const rows = [row("A", 35, 35), row("B", 29, 29, "retracted")];
    expect(chartDescription(rows, { low: 35, high: 35 }, null)).toBe(
      "A: 35. B: 29, retracted by the newsroom and no longer counted. Consensus: 35.",
    );
    expect(chartDescription(rows, { low: 35, high: 35 }, null, "fr")).toContain(
      "B: 29, retiré par la rédaction, il ne compte plus. Consensus : 35.",
    );
  });
});

describe("where each mark stands on the chart (percent of the plot)", () => {
  it("runs an open bound to the edge of the axis, and marks an exact figure on its value", () => {
    const layout = layoutRangeChart(idlib, { low: 33, high: 33 });
    const [hatay, osdh, turkey] = layout.rows;
    expect(hatay).toMatchObject({ openHigh: true, openLow: false, to: 100 });
    expect(hatay?.from).toBeLessThan(osdh?.from as number);
    expect(turkey).toMatchObject({ exact: true, openHigh: false });
    // 33 on an axis from 28 to 36.
    expect(turkey?.from).toBe(62.5);
  });

  it("keeps every mark and tick inside the plot, the ticks evenly from 0 to 100", () => {
    const rows = [
      ...idlib,
      {
        ...row("late", 35, 40, "conflict"),
        label: "A source with a very long name indeed, longer than a line",
      },
    ];
    const layout = layoutRangeChart(rows, null);
    for (const r of layout.rows) {
      expect(r.from).toBeGreaterThanOrEqual(0);
      expect(r.to).toBeLessThanOrEqual(100);
      expect(r.from).toBeLessThanOrEqual(r.to);
    }
    const at = layout.ticks.map((t) => t.at);
    expect(at[0]).toBe(0);
    expect(at.at(-1)).toBe(100);
    const step = 100 / (at.length - 1);
    at.forEach((x, i) => expect(x).toBeCloseTo(i * step, 1));
  });

  it("names the relation in a word, so the chart reads without colour", () => {
    const layout = layoutRangeChart(
      [row("a", 29, 29), row("b", 35, 35, "conflict"), row("c", 30, 30, "superseded")],
      null,
      "fr",
    );
    expect(layout.rows.map((r) => r.tag)).toEqual([null, "contradiction", "remplacé"]);
    // A retracted figure stays drawn where it was said, tagged in words.
    const retracted = layoutRangeChart([row("a", 35, 35), row("b", 29, 29, "retracted")], { low: 35, high: 35 });
    expect(retracted.rows.map((r) => r.tag)).toEqual([null, "retracted"]);
    expect(retracted.domain.min).toBeLessThanOrEqual(29);
  });

  it("shades the consensus band and names it, its label kept inside the plot", () => {
    const open = layoutRangeChart(idlib, { low: 31, high: null });
    expect(open.band).toMatchObject({ label: "all agree: 31 or more", to: 100, anchor: "end" });
    const middle = layoutRangeChart([row("a", 0, 100), row("b", 40, 60)], { low: 40, high: 60 });
    expect(middle.band?.anchor).toBe("middle");
    const low = layoutRangeChart([row("a", 0, 100), row("b", null, 10)], { low: null, high: 10 });
    expect(low.band).toMatchObject({ from: 0, anchor: "start" });
  });

  it("gives an exact consensus a visible band", () => {
    const layout = layoutRangeChart(idlib, { low: 33, high: 33 });
    expect((layout.band?.to ?? 0) - (layout.band?.from ?? 0)).toBeCloseTo(1.2, 5);
    const atTheEdge = layoutRangeChart([row("a", 30, 30), row("b", 40, 40)], { low: 40, high: 40 });
    expect(atTheEdge.band?.to).toBeLessThanOrEqual(100);
  });

  it("draws a row with no bound at all across the whole axis, with no scale", () => {
    const layout = layoutRangeChart([row("a", null, null)], null);
    expect(layout.rows[0]).toMatchObject({ openLow: true, openHigh: true, from: 0, to: 100 });
    expect(layout.ticks).toEqual([]);
    expect(layout.band).toBeNull();
  });

  it("prints no floating-point dust in a position", () => {
    const layout = layoutRangeChart([row("a", 1, 2), row("b", 1.3, 1.7)], null);
    for (const r of layout.rows) for (const x of [r.from, r.to]) expect(String(x).length).toBeLessThan(7);
  });
});
