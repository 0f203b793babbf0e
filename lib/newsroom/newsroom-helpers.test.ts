import { describe, expect, it } from "vitest";
import { maySubmitClaim } from "./claim-rules";
import { historyChanges } from "./history-changes";
import { sourceKey } from "./source-key";
import { firstFreeSlug, slugFromTitle } from "./story-slug";
import { formatUtcTime, isCalendarDay, parseUtcDateTime } from "./utc-time";
import { itReads } from "@/tests/each-case";

describe("a source's folded key", () => {
  itReads("%j folds to %j", sourceKey, [
    ["OSDH", "osdh"],
    ["  O.S.D.H. ", "o s d h"],
    ["Governor of  Hatay", "governor of hatay"],
    ["Observatoire syrien des droits de l'Homme", "observatoire syrien des droits de l homme"],
    ["Préfecture — Hatay", "prefecture hatay"],
  ]);
});

describe("a story's slug", () => {
  it("is the title in plain lower-case words", () => {
    expect(slugFromTitle("Idlib: strikes on Turkish troops, 27 February 2020")).toBe(
      "idlib-strikes-on-turkish-troops-27-february-2020",
    );
    expect(slugFromTitle("Frappes à Idleb")).toBe("frappes-a-idleb");
    expect(slugFromTitle("إدلب")).toBe("story");
  });

  it("takes the next free number when taken", () => {
    expect(firstFreeSlug("idlib", new Set(["idlib", "idlib-2"]))).toBe("idlib-3");
    expect(firstFreeSlug("idlib", new Set())).toBe("idlib");
  });
});

describe("times in UTC", () => {
  it("reads a form's date and time as UTC, and refuses a day that does not exist", () => {
    expect(parseUtcDateTime("2020-02-27T22:00")?.toISOString()).toBe("2020-02-27T22:00:00.000Z");
    expect(parseUtcDateTime("2020-02-31T10:00")).toBeNull();
    expect(parseUtcDateTime("yesterday")).toBeNull();
    expect(isCalendarDay("2021-02-29")).toBe(false);
    expect(formatUtcTime(new Date("2020-02-27T22:00:00Z"))).toBe("27 Feb 2020, 22:00 UTC");
  });
});

describe("who sends a draft to review", () => {
  it("is its author, and only while it is a draft", () => {
    expect(maySubmitClaim({ id: "a" }, { authorId: "a", status: "draft" })).toBe(true);
    expect(maySubmitClaim({ id: "b" }, { authorId: "a", status: "draft" })).toBe(false);
    expect(maySubmitClaim({ id: "a" }, { authorId: "a", status: "in_review" })).toBe(false);
  });
});

describe("what a history entry changed", () => {
  it("lists the fields that differ, leaving out the version", () => {
    expect(historyChanges('{"headline":"Old","version":1}', '{"headline":"New","version":2}')).toEqual([
      { field: "headline", before: "Old", after: "New" },
    ]);
    expect(historyChanges(null, '{"status":"draft","reportedAt":"2020-02-27T22:00:00.000Z"}')).toEqual([
      { field: "status", before: "—", after: "draft" },
      { field: "reported at", before: "—", after: "2020-02-27 22:00 UTC" },
    ]);
  });
});

describe("history in words", () => {
  it("names the source and reviewer an entry changed, and uses the newsroom's words", () => {
    const names = { s1: "Governor of Hatay", s2: "Rescue service", r1: "Nadia Reviewer" };
    expect(
      historyChanges(
        '{"sourceId":"s1","status":"in_review","reviewerId":null,"version":2}',
        '{"sourceId":"s2","status":"draft","reviewerId":"r1","version":3}',
        names,
      ),
    ).toEqual([
      { field: "source", before: "Governor of Hatay", after: "Rescue service" },
      { field: "status", before: "in review", after: "draft" },
      { field: "reviewer", before: "—", after: "Nadia Reviewer" },
    ]);
  });
});
