import { describe, expect, it } from "vitest";
import {
  chartDescription,
  formatTick,
  layoutRangeChart,
  rangeDomain,
  rangeInWords,
  wrapLabel,
  type RangeRow,
} from "./range-chart-layout";

const row = (id: string, low: number | null, high: number | null, relation: RangeRow["relation"] = "agrees"): RangeRow => ({
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
});

describe("the geometry of the range chart", () => {
  for (const variant of ["wide", "narrow"] as const) {
    it(`draws an open bound as an arrow to the edge of the axis (${variant})`, () => {
      const layout = layoutRangeChart(idlib, { low: 33, high: 33 }, "soldiers", variant);
      const [hatay, osdh, turkey] = layout.rows;
      expect(hatay?.arrowRight).toBe(true);
      expect(hatay?.x2).toBe(layout.plotRight);
      expect(hatay?.x1).toBeLessThan(osdh?.x1 as number);
      expect(turkey?.exact).toBe(true);
      expect(turkey?.arrowRight).toBe(false);
    });

    it(`keeps every row, label and tick inside the picture (${variant})`, () => {
      const rows = [...idlib, { ...row("late", 35, 40, "conflict"), label: "A source with a very long name indeed, longer than a line" }];
      const layout = layoutRangeChart(rows, null, "soldiers", variant);
      const bars = layout.rows.map((r) => r.barY);
      expect([...bars].sort((a, b) => a - b)).toEqual(bars);
      for (const r of layout.rows) {
        expect(r.x1).toBeGreaterThanOrEqual(layout.plotLeft);
        expect(r.x2).toBeLessThanOrEqual(layout.plotRight);
        expect(r.labelX).toBeGreaterThanOrEqual(0);
        expect(r.barY).toBeLessThan(layout.axisY);
      }
      expect(layout.rows[3]?.tag?.text).toBe("conflicts");
      for (const t of layout.ticks) expect(t.x).toBeGreaterThanOrEqual(layout.plotLeft - 0.001);
      expect(layout.height).toBeGreaterThan(layout.axisY);
    });
  }

  it("shades the consensus band and names it", () => {
    const layout = layoutRangeChart(idlib, { low: 31, high: null }, null, "wide");
    expect(layout.band?.label).toBe("all agree: 31 or more");
    expect(layout.band?.x2).toBe(layout.plotRight);
  });

  it("gives an exact consensus a visible band", () => {
    const layout = layoutRangeChart(idlib, { low: 33, high: 33 }, null, "wide");
    expect((layout.band?.x2 ?? 0) - (layout.band?.x1 ?? 0)).toBeGreaterThan(4);
  });

  it("draws a row with no bound at all across the whole axis", () => {
    const layout = layoutRangeChart([row("a", null, null)], null, null, "narrow");
    const [only] = layout.rows;
    expect(only?.arrowLeft && only.arrowRight).toBe(true);
    expect(layout.ticks).toEqual([]);
    expect(layout.band).toBeNull();
  });

  it("lays out one row", () => {
    const layout = layoutRangeChart([row("a", 10, 20)], null, null, "wide");
    expect(layout.rows).toHaveLength(1);
    expect(layout.ticks.length).toBeGreaterThanOrEqual(4);
  });
});

describe("wrapping a source's name", () => {
  it("keeps short names on one line and cuts long ones to two with an ellipsis", () => {
    expect(wrapLabel("Reuters", 200, 14)).toEqual(["Reuters"]);
    const lines = wrapLabel("Syrian Observatory for Human Rights, quoted by a local outlet in Idlib province", 200, 14);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
  });
});
