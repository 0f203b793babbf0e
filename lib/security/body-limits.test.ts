import { describe, expect, it } from "vitest";
import { bodyLimitRefusal, MAX_PROXIED_BODY_BYTES } from "./body-limits";

describe("how large a body passes the proxy", () => {
  it("up to the 10 MB Next copies, a body goes on", () => {
    expect(bodyLimitRefusal(String(MAX_PROXIED_BODY_BYTES))).toBeNull();
    expect(bodyLimitRefusal(null)).toBeNull();
    expect(bodyLimitRefusal("not a number")).toBeNull();
  });

  it("a larger one is refused in words rather than cut and misread", () => {
    expect(bodyLimitRefusal(String(MAX_PROXIED_BODY_BYTES + 1))).toBe(
      "This request is larger than this address takes (10 MB).",
    );
  });
});
