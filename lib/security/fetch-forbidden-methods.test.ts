import { describe, expect, it } from "vitest";
import { fetchForbiddenRefusal } from "./fetch-forbidden-methods";

describe("methods Next cannot take, answered on the server itself", () => {
  it("TRACE is a 405 naming what the address takes, with the security headers", () => {
    const refusal = fetchForbiddenRefusal("TRACE", "/api/v1/stories?limit=2");
    expect(refusal).toMatchObject({
      status: 405,
      headers: {
        Allow: "GET, HEAD, OPTIONS",
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
      },
    });
    expect(refusal?.headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(refusal?.body).toBe("This address does not take TRACE; it takes GET, HEAD, OPTIONS.\n");
  });

  it("TRACE on a broken path is a 400, as any request on one", () => {
    expect(fetchForbiddenRefusal("TRACE", "/claim/%ZZ")).toMatchObject({ status: 400 });
  });

  it("every other method goes on to Next", () => {
    for (const method of ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"])
      expect(fetchForbiddenRefusal(method, "/")).toBeNull();
  });
});
