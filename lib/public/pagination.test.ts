import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageHref, pageParam, pageSlice, pageWindow } from "./pagination";

describe("the page asked for", () => {
  it("reads a page number", () => {
    expect(pageParam("2")).toBe(2);
    expect(pageParam(["3", "4"])).toBe(3);
    expect(pageParam(String(MAX_PAGE))).toBe(MAX_PAGE);
  });

  it.each([undefined, "", "abc", "0", "-3", "1.5", "1e9", String(MAX_PAGE + 1), "2; DROP TABLE"])(
    "falls back to page 1 for %s",
    (value) => {
      expect(pageParam(value)).toBe(1);
    },
  );
});

describe("a page of a list", () => {
  it("reads one more than a page to know whether another follows", () => {
    expect(pageWindow(1, 20)).toEqual({ skip: 0, take: 21 });
    expect(pageWindow(3, 20)).toEqual({ skip: 40, take: 21 });
  });

  it("keeps a page of items and says which neighbours exist", () => {
    const rows = Array.from({ length: 21 }, (_, i) => i);
    expect(pageSlice(rows, 1, 20)).toEqual({
      items: rows.slice(0, 20),
      page: 1,
      hasNewer: false,
      hasOlder: true,
    });
    expect(pageSlice(rows.slice(0, 5), 2, 20)).toEqual({
      items: rows.slice(0, 5),
      page: 2,
      hasNewer: true,
      hasOlder: false,
    });
  });

  it("links page 1 as the bare path and keeps the other parameters", () => {
    expect(pageHref("/", 1)).toBe("/");
    expect(pageHref("/", 2)).toBe("/?page=2");
    expect(pageHref("/review", 3, { sort: "oldest" })).toBe("/review?sort=oldest&page=3");
  });
});
