import { describe, expect, it } from "vitest";
import { fromOwnPages } from "./run-route";

const request = (method: string, headers: Record<string, string>) => ({
  method,
  headers: new Headers(headers),
});

describe("a change sent to a route handler", () => {
  it("goes through from this site's own pages", () => {
    expect(
      fromOwnPages(
        request("POST", {
          origin: "https://news.example",
          host: "news.example",
          "sec-fetch-site": "same-origin",
        }),
      ),
    ).toBe(true);
    // A hand-made request (curl, a script) carries no one's cookies but its sender's.
    expect(fromOwnPages(request("POST", { host: "news.example" }))).toBe(true);
  });

  it("is refused from another site, and from another origin of the same site", () => {
    expect(fromOwnPages(request("POST", { origin: "https://evil.example", host: "news.example" }))).toBe(false);
    expect(
      fromOwnPages(
        request("POST", {
          origin: "https://blog.news.example",
          host: "news.example",
          "sec-fetch-site": "same-site",
        }),
      ),
    ).toBe(false);
    expect(fromOwnPages(request("DELETE", { origin: "http://news.example:8080", host: "news.example" }))).toBe(false);
    expect(fromOwnPages(request("POST", { host: "news.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(fromOwnPages(request("PUT", { origin: "null", host: "news.example" }))).toBe(false);
  });

  it("is not asked of a read", () => {
    expect(
      fromOwnPages(
        request("GET", {
          origin: "https://evil.example",
          host: "news.example",
          "sec-fetch-site": "cross-site",
        }),
      ),
    ).toBe(true);
  });
});
