import { describe, expect, it } from "vitest";
import { isSameOriginPost } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOriginPost", () => {
  it("accepts a post from the site's own pages, directly or behind a proxy", () => {
    expect(isSameOriginPost(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(
      isSameOriginPost(
        headers({
          origin: "https://news.example",
          host: "app:3000",
          "x-forwarded-host": "news.example",
        }),
      ),
    ).toBe(true);
  });

  it("accepts a request that names no origin: it carries only its sender's own cookies", () => {
    expect(isSameOriginPost(headers({ host: "news.example" }))).toBe(true);
  });

  it("refuses another site, a look-alike host, an opaque origin and a malformed one", () => {
    expect(isSameOriginPost(headers({ origin: "https://evil.example", host: "news.example" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "https://news.example.evil.example", host: "news.example" }))).toBe(
      false,
    );
    expect(isSameOriginPost(headers({ origin: "http://news.example:8080", host: "news.example" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "null", host: "news.example" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "not a url", host: "news.example" }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: "https://news.example" }))).toBe(false);
  });
});
