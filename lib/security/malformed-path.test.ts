import { describe, expect, it } from "vitest";
import { hasMalformedEncoding } from "./malformed-path";

describe("addresses with a broken percent-encoding", () => {
  it.each([["/claim/%ZZ"], ["/story/%E0%A4%A"], ["/%"], ["/source/%C3"], ["/search%2"]])("%s is refused", (path) => {
    expect(hasMalformedEncoding(path)).toBe(true);
  });

  it.each([["/"], ["/story/idlib-strikes"], ["/search/caf%C3%A9"], ["/claim/%41bc"], ["/feed.atom"]])(
    "%s is a readable address",
    (path) => {
      expect(hasMalformedEncoding(path)).toBe(false);
    },
  );
});
