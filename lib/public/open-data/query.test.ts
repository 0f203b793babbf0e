import { describe, expect, it } from "vitest";
import { OpenDataError } from "./open-data-error";
import { decodeCursor, encodeCursor, parseId, parseLimit, readParameters, withoutTrackingParameters } from "./query";

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof OpenDataError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("the open data's parameters", () => {
  it("takes a limit from 1 to 100, 20 by default, and says so otherwise", () => {
    expect(parseLimit(undefined)).toBe(20);
    expect(parseLimit("1")).toBe(1);
    expect(parseLimit("100")).toBe(100);
    for (const bad of ["0", "101", "-1", "2.5", "ten", "", "1e2", "0100"]) {
      expect(refusal(() => parseLimit(bad))).toMatchObject({
        status: 400,
        code: "invalid_parameter",
        message: expect.stringContaining('"limit"'),
      });
    }
  });

  it("refuses an unknown or repeated parameter rather than ignore it", () => {
    expect(readParameters(new URLSearchParams("limit=5"), ["limit", "cursor"])).toEqual({
      limit: "5",
    });
    expect(refusal(() => readParameters(new URLSearchParams("limt=5"), ["limit", "cursor"]))).toMatchObject({
      status: 400,
      message: 'Unknown parameter "limt". It takes "limit", "cursor".',
    });
    expect(refusal(() => readParameters(new URLSearchParams("limit=5&limit=6"), ["limit"])).message).toBe(
      'Give "limit" once, not 2 times.',
    );
    expect(refusal(() => readParameters(new URLSearchParams("x=1"), [])).message).toContain("It takes none.");
  });

  it("refuses an id that cannot name a row", () => {
    expect(parseId("cm3abc_12-x", "claim")).toBe("cm3abc_12-x");
    expect(refusal(() => parseId("a b", "claim")).status).toBe(400);
    expect(refusal(() => parseId("x".repeat(65), "claim")).status).toBe(400);
  });

  it("gives back the key a cursor carries, and refuses one of another list or made up", () => {
    const cursor = encodeCursor("claims", { reportedAt: "2020-02-27T22:00:00.000Z", id: "c1" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("claims", cursor)).toEqual({
      reportedAt: "2020-02-27T22:00:00.000Z",
      id: "c1",
    });
    expect(decodeCursor("claims", undefined)).toBeNull();
    for (const bad of [
      encodeCursor("stories", { date: "2020-02-27", id: "s1" }),
      "not-a-cursor",
      "%%%",
      Buffer.from('{"list":"claims","key":{"id":"c1"}}').toString("base64url"),
    ]) {
      expect(refusal(() => decodeCursor("claims", bad))).toMatchObject({
        status: 400,
        message: expect.stringContaining('"cursor"'),
      });
    }
  });
});

describe("tracking parameters on the downloads", () => {
  it("the feed and the CSV read a shared link as if it had none", () => {
    const shared = new URLSearchParams(
      "utm_source=newsletter&utm_medium=email&UTM_Campaign=x&fbclid=abc&gclid=1&mc_cid=2&ref=home",
    );
    expect([...withoutTrackingParameters(shared)]).toEqual([]);
    expect(readParameters(withoutTrackingParameters(shared), [])).toEqual({});
  });

  it("any other parameter is still refused, so a reader hears that it does nothing", () => {
    const asked = new URLSearchParams("utm_source=x&page=2");
    expect(refusal(() => readParameters(withoutTrackingParameters(asked), []))).toMatchObject({
      status: 400,
      message: 'Unknown parameter "page". It takes none.',
    });
  });
});
