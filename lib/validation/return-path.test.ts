import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

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
