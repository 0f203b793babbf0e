import { describe, expect, it } from "vitest";
import { atLeast, atMost, bytes, fmt, median, percentile, ratio, slowdown } from "./stats";

describe("the bench's arithmetic", () => {
  it("takes percentiles by nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("takes medians of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("answers NaN for a ratio it cannot make, never Infinity", () => {
    expect(ratio(9, 10)).toBeCloseTo(0.9);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(undefined, 3)).toBeNaN();
    expect(slowdown(500, 400)).toBeCloseTo(1.25);
    expect(slowdown(5, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(atMost(slowdown(5, 0), 1.2)).toBe("not met");
  });

  it("judges goals, and says when nothing was measured", () => {
    expect(atLeast(0.9, 0.9)).toBe("met");
    expect(atLeast(0.89, 0.9)).toBe("not met");
    expect(atMost(1.2, 1.2)).toBe("met");
    expect(atMost(1.21, 1.2)).toBe("not met");
    expect(atMost(Number.NaN, 2)).toBe("not measured");
  });

  it("prints numbers and bytes for people", () => {
    expect(fmt(1234.4)).toBe("1,234");
    expect(fmt(1.234)).toBe("1.23");
    expect(fmt(Number.NaN)).toBe("–");
    expect(bytes(512)).toBe("512 B");
    expect(bytes(2048)).toBe("2.0 KB");
  });
});
