import { describe, expect, it } from "vitest";
import { locationHeaderPath, safeReturnPath } from "./return-path";

describe("where signing in leads", () => {
  it.each([
    ["/claims/new", "/claims/new"],
    ["/review?page=2", "/review?page=2"],
    ["https://claims.example/stories/idlib", "/stories/idlib"],
  ])("a page of this site is kept: %s", (value, expected) => {
    expect(safeReturnPath(value, "https://claims.example")).toBe(expected);
  });

  it.each([
    ["https://evil.example/dashboard"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["javascript:alert(1)"],
    ["dashboard"],
    ["/sign-in"],
    ["/sign-in?callbackUrl=%2Fdashboard"],
    [""],
    [undefined],
  ])("anything else goes to the dashboard: %s", (value) => {
    expect(safeReturnPath(value, "https://claims.example")).toBe("/dashboard");
  });

  it("a full URL is refused when the site's origin is not known", () => {
    expect(safeReturnPath("https://claims.example/stories")).toBe("/dashboard");
  });
});

describe("a return path as a Location header", () => {
  it("keeps an ASCII path as it is, percent-encoding included", () => {
    expect(locationHeaderPath("/search?q=caf%C3%A9&page=2")).toBe("/search?q=caf%C3%A9&page=2");
  });

  it("percent-encodes letters outside ASCII, which a header cannot carry as they are", () => {
    expect(locationHeaderPath("/recherche?q=élection à Idlib")).toBe("/recherche?q=%C3%A9lection%20%C3%A0%20Idlib");
  });

  it.each([["/story/x\u0001"], ["/\u0000"], ["/story\u007f"], ["/a\u001b[31m"], ["/\ud800"]])(
    "refuses a control character or a lone surrogate: %j",
    (path) => {
      expect(locationHeaderPath(path)).toBeNull();
    },
  );
});
