import { describe, expect, it } from "vitest";
import {
  BULK_BATCH_LIMIT,
  bulkTargetInput,
  claimsListQuery,
  DEFAULT_FILTER,
  readClaimsListQuery,
  saveFilterInput,
} from "./claims-list";

describe("the claims list's address", () => {
  it("reads every filter, and writes it back as one canonical query", () => {
    const reading = readClaimsListQuery({
      q: "  au   moins ",
      status: "draft",
      author: "me",
      reviewer: "none",
      from: "2020-02-27",
      to: "2020-02-28",
      sort: "reported",
      order: "asc",
      page: "3",
      utm_source: "mail",
    });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.filter).toMatchObject({ status: "draft", author: "me", reviewer: "none", words: "au moins" });
    expect(claimsListQuery(reading.filter)).toBe(
      "status=draft&author=me&reviewer=none&from=2020-02-27&to=2020-02-28&q=au+moins&sort=reported&order=asc",
    );
  });

  it("treats an empty parameter as no filter (a GET form's “Any”), and leaves the defaults out", () => {
    const reading = readClaimsListQuery(new URLSearchParams("status=&story=&q=&sort=updated&order=desc"));
    expect(reading).toEqual({ ok: true, filter: DEFAULT_FILTER });
    expect(claimsListQuery(DEFAULT_FILTER)).toBe("");
  });

  it("names each mistake instead of showing another list than the one asked for", () => {
    const reading = readClaimsListQuery({
      status: "approved",
      story: "<script>",
      from: "2020-02-30",
      rating: ["false", "confirmed"],
      sort: "author",
    });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems.map((p) => `${p.param}:${p.kind}`)).toEqual([
      "status:unknown_value",
      "story:not_an_id",
      "rating:repeated",
      "from:not_a_day",
      "sort:unknown_value",
    ]);
  });

  it("refuses a range that ends before it starts", () => {
    const reading = readClaimsListQuery({ from: "2020-03-01", to: "2020-02-01" });
    expect(!reading.ok && reading.problems).toEqual([{ param: "to", kind: "ends_before_start", value: "2020-02-01" }]);
  });
});

describe("what the bulk actions accept", () => {
  it("takes the rows ticked with the version shown, each once", () => {
    const parsed = bulkTargetInput.parse({
      scope: "selected",
      claim: ["abc:2", "abc:2", "def:1"],
      filter: "status=draft",
    });
    expect(parsed.claim).toEqual([
      { claimId: "abc", version: 2 },
      { claimId: "def", version: 1 },
    ]);
  });

  it("refuses more than the batch limit, a row without its version, nothing ticked, or a filter with a mistake", () => {
    const many = Array.from({ length: BULK_BATCH_LIMIT + 1 }, (_, i) => `c${i}:1`);
    expect(bulkTargetInput.safeParse({ scope: "selected", claim: many, filter: "" }).success).toBe(false);
    expect(bulkTargetInput.safeParse({ scope: "selected", claim: ["abc"], filter: "" }).success).toBe(false);
    expect(bulkTargetInput.safeParse({ scope: "selected", filter: "" }).success).toBe(false);
    expect(bulkTargetInput.safeParse({ scope: "matching", filter: "status=nope" }).success).toBe(false);
    expect(bulkTargetInput.safeParse({ scope: "matching", filter: "status=draft" }).success).toBe(true);
  });

  it("names a saved filter in a few words", () => {
    expect(saveFilterInput.safeParse({ name: "  ", filter: "" }).success).toBe(false);
    expect(saveFilterInput.safeParse({ name: "x".repeat(61), filter: "" }).success).toBe(false);
    expect(saveFilterInput.parse({ name: " Idlib ", filter: "status=draft" }).name).toBe("Idlib");
  });
});
