import { describe, expect, it } from "vitest";
import { allowedMethods, methodVerdict } from "./allowed-methods";

describe("which methods an address takes (RFC 9110)", () => {
  it("a page takes GET, HEAD, OPTIONS and POST (its server actions)", () => {
    expect(allowedMethods("/story/idlib")).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
  });

  it("a read-only route handler takes GET, HEAD and OPTIONS", () => {
    expect(allowedMethods("/feed.atom")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/story/idlib/claims.csv")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/claims/abc")).toEqual(["GET", "HEAD", "OPTIONS"]);
  });

  it("a route handler that only takes posts does not take GET", () => {
    expect(allowedMethods("/language")).toEqual(["OPTIONS", "POST"]);
    expect(allowedMethods("/claims/import/jobs")).toEqual(["OPTIONS", "POST"]);
    expect(allowedMethods("/claims/import/jobs/abc")).toEqual(["GET", "HEAD", "OPTIONS"]);
  });

  it("the claims list takes drafts by POST as well as reads", () => {
    expect(allowedMethods("/api/v1/claims")).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
  });

  it("TRACE is refused with 405 and the methods the address does take", () => {
    expect(methodVerdict("TRACE", "/")).toEqual({
      ok: false,
      status: 405,
      allow: "GET, HEAD, OPTIONS, POST",
      message: "This address does not take TRACE; it takes GET, HEAD, OPTIONS, POST.",
    });
    expect(methodVerdict("DELETE", "/feed.atom")).toMatchObject({
      status: 405,
      allow: "GET, HEAD, OPTIONS",
    });
    expect(methodVerdict("GET", "/language")).toMatchObject({
      status: 405,
      allow: "OPTIONS, POST",
    });
  });

  it("a method no RFC defines is 501 Not Implemented, whatever the address", () => {
    expect(methodVerdict("PROPFIND", "/")).toMatchObject({ ok: false, status: 501 });
    expect(methodVerdict("get", "/")).toMatchObject({ ok: false, status: 501 });
  });

  it("what an address takes goes through", () => {
    expect(methodVerdict("GET", "/")).toEqual({ ok: true });
    expect(methodVerdict("POST", "/claims/new")).toEqual({ ok: true });
    expect(methodVerdict("HEAD", "/api/v1/stories")).toEqual({ ok: true });
  });
});
