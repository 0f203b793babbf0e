import { describe, expect, it } from "vitest";
import { nextWindow, type RateWindow } from "@/lib/auth/api-token";
import { countRequest } from "./api-rate-limit";

const start = Date.UTC(2026, 10, 24, 12, 0, 0);

describe("counting a token's requests", () => {
  it("counts within the window and starts a new one after it, as nextWindow says", async () => {
    const times = [0, 1_000, 59_999, 60_000, 60_001, 200_000, 150_000].map((t) => start + t);
    let expected: RateWindow | null = null;
    for (const now of times) {
      expected = nextWindow(expected, now);
      expect(await countRequest("token:a:read", now)).toEqual(expected);
    }
  });

  it("keeps each key apart: a token's reads do not use up its writes", async () => {
    await countRequest("token:b:read", start);
    await countRequest("token:b:read", start);
    expect(await countRequest("token:b:write", start)).toEqual({ count: 1, windowStartMs: start });
    expect(await countRequest("token:c:read", start)).toEqual({ count: 1, windowStartMs: start });
  });

  it("loses no request when many arrive at once", async () => {
    const counts = await Promise.all(Array.from({ length: 40 }, () => countRequest("token:d:write", start + 5)));
    expect(counts.map((c) => c.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
