import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { ClaimStatus, Rating } from "@/lib/generated/prisma/client";
import { readClaimsListQuery, type ClaimsListFilter } from "@/lib/validation/claims-list";
import { testDatabase } from "@/tests/database/test-database";
import { testNewsroom, testPerson } from "@/tests/database/test-newsroom";
import { claimsListChoices, listStaffClaims, matchingClaims } from "./claims-list";

// The staff claims list over a newsroom of its own: two editors, a reviewer, two stories, and
// claims of every status; each test reads the list through an address, as the page does.

let editor: Actor;
let editor2: Actor;
let reviewer: Actor;
let idlib: Awaited<ReturnType<typeof testNewsroom>>;
let gaza: Awaited<ReturnType<typeof testNewsroom>>;
const ids: Record<string, string> = {};

let sequence = 0;
async function claim(
  name: string,
  newsroom: typeof idlib,
  authorId: string,
  extra: {
    status?: ClaimStatus;
    rating?: Rating;
    reviewerId?: string;
    quote?: string;
    language?: string;
    reportedAt?: string;
    reviewNote?: string;
  } = {},
) {
  sequence += 1;
  const created = await testDatabase.db.claim.create({
    data: {
      quantityId: newsroom.quantityId,
      sourceId: newsroom.sourceId,
      quote: extra.quote ?? `at least ${sequence}`,
      value: sequence,
      low: sequence,
      high: null,
      qualifier: "at_least",
      kind: "count",
      sentence: `At least ${sequence} soldiers were killed (${name}).`,
      language: extra.language ?? "en",
      reportedAt: new Date(extra.reportedAt ?? "2020-02-27T22:00:00Z"),
      status: extra.status ?? "draft",
      rating: extra.rating ?? "unverified",
      reviewerId: extra.reviewerId ?? null,
      reviewNote: extra.reviewNote ?? null,
      authorId,
      // One second apart, so "last change" orders them as they were written.
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)),
    },
  });
  ids[name] = created.id;
  return created;
}

const read = (query: string): ClaimsListFilter => {
  const reading = readClaimsListQuery(new URLSearchParams(query));
  if (!reading.ok) throw new Error(`bad filter ${query}: ${JSON.stringify(reading.problems)}`);
  return reading.filter;
};
const names = async (viewer: Actor, query: string, page = 1, perPage = 50) => {
  const list = await listStaffClaims(viewer, read(query), page, perPage);
  const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
  return list.items.map((c) => byId[c.id]).filter(Boolean);
};

beforeAll(async () => {
  idlib = await testNewsroom("list-idlib");
  gaza = await testNewsroom("list-gaza");
  editor = idlib.editor;
  editor2 = gaza.editor;
  reviewer = await testPerson("reviewer", "list-reviewer");
  await claim("myDraft", idlib, editor.id, { quote: "au moins 29", language: "fr" });
  await claim("othersDraft", gaza, editor2.id, { reviewNote: "Check the ministry's figure" });
  await claim("inReview", idlib, editor.id, { status: "in_review", reportedAt: "2020-02-28T09:00:00Z" });
  await claim("othersInReview", gaza, editor2.id, { status: "in_review", reportedAt: "2020-03-01T12:00:00Z" });
  await claim("published", idlib, editor2.id, {
    status: "published",
    rating: "disputed",
    reviewerId: reviewer.id,
    reportedAt: "2020-02-26T23:59:59Z",
  });
  await claim("retracted", gaza, editor.id, { status: "retracted", reviewerId: reviewer.id, quote: "nearly 300,000" });
});

describe("the staff claims list", () => {
  it("shows an editor every claim, the drafts of others too, as the role table says (read_staff)", async () => {
    expect(await names(editor, "")).toHaveLength(6);
    expect(await names(editor, "status=draft")).toEqual(expect.arrayContaining(["myDraft", "othersDraft"]));
  });

  it("shows no one without read_staff anything, whatever the filter", async () => {
    const stranger = { id: editor.id, role: null } as unknown as Actor;
    const list = await listStaffClaims(stranger, read(""), 1);
    expect(list.items).toEqual([]);
    expect(list.total).toBe(0);
    expect((await matchingClaims(stranger, read(""), 500)).claims).toEqual([]);
  });

  it("filters by status, story, quantity, source and language", async () => {
    expect(await names(editor, "status=in_review")).toEqual(["othersInReview", "inReview"]);
    expect(await names(editor, `story=${idlib.storyId}`)).toEqual(["published", "inReview", "myDraft"]);
    expect(await names(editor, `quantity=${gaza.quantityId}&status=draft`)).toEqual(["othersDraft"]);
    expect(await names(editor, `source=${gaza.sourceId}`)).toEqual(["retracted", "othersInReview", "othersDraft"]);
    expect(await names(editor, "language=fr")).toEqual(["myDraft"]);
  });

  it("names people relative to the reader: me, anyone but me, no reviewer yet, or one person", async () => {
    expect(await names(editor, "author=me&status=draft")).toEqual(["myDraft"]);
    expect(await names(reviewer, "status=in_review&author=others")).toEqual(["othersInReview", "inReview"]);
    expect(await names(editor, "status=in_review&author=others")).toEqual(["othersInReview"]);
    expect(await names(editor, `author=${editor2.id}`)).toEqual(["published", "othersInReview", "othersDraft"]);
    expect(await names(reviewer, "reviewer=me")).toEqual(["retracted", "published"]);
    expect(await names(editor, `reviewer=${reviewer.id}&rating=disputed`)).toEqual(["published"]);
    expect(await names(editor, "reviewer=none")).toHaveLength(4);
  });

  it("filters by the day the source gave the figure, both days included, in UTC", async () => {
    const reportedThoseDays = ["retracted", "inReview", "othersDraft", "myDraft"];
    expect(await names(editor, "from=2020-02-27&to=2020-02-28")).toEqual(reportedThoseDays);
    expect(await names(editor, "to=2020-02-26")).toEqual(["published"]);
    expect(await names(editor, "from=2020-03-01")).toEqual(["othersInReview"]);
  });

  it("finds words in the quote, its sentence and the reviewer's notes, every word required", async () => {
    expect(await names(editor, "q=moins")).toEqual(["myDraft"]);
    expect(await names(editor, "q=MINISTRY")).toEqual(["othersDraft"]);
    expect(await names(editor, "q=300%2C000")).toEqual(["retracted"]);
    expect(await names(editor, "q=soldiers+ministry")).toEqual(["othersDraft"]);
    expect(await names(editor, "q=soldiers+nowhere")).toEqual([]);
    // LIKE's wildcards are not patterns: "at%least" does not find "at least".
    expect(await names(editor, "q=at%25least")).toEqual([]);
    expect(await names(editor, "q=at_least")).toEqual([]);
  });

  it("sorts by last change, report date or source, either way", async () => {
    const lastChangedFirst = ["retracted", "published", "othersInReview", "inReview", "othersDraft", "myDraft"];
    expect(await names(editor, "")).toEqual(lastChangedFirst);
    expect(await names(editor, "sort=updated&order=asc")).toEqual([...lastChangedFirst].reverse());
    expect((await names(editor, "sort=reported&order=asc"))[0]).toBe("published");
    expect((await names(editor, "sort=reported"))[0]).toBe("othersInReview");
    const bySource = await names(editor, "sort=source&order=asc");
    const idlibFirst = idlib.sourceName < gaza.sourceName;
    expect(bySource.slice(0, 3).sort()).toEqual(
      (idlibFirst ? ["inReview", "myDraft", "published"] : ["othersDraft", "othersInReview", "retracted"]).sort(),
    );
  });

  it("pages the list with its total, each claim on exactly one page", async () => {
    const first = await listStaffClaims(editor, read(""), 1, 4);
    const second = await listStaffClaims(editor, read(""), 2, 4);
    expect(first.total).toBe(6);
    expect(first.pages).toBe(2);
    expect(first.hasOlder).toBe(true);
    expect(second.hasOlder).toBe(false);
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(6);
  });

  it("gives a bulk action the first claims matching the filter, at their versions, and how many match", async () => {
    const { claims, total } = await matchingClaims(editor, read("status=draft"), 1);
    expect(total).toBe(2);
    expect(claims).toEqual([{ claimId: ids.othersDraft, version: 1 }]);
  });

  it("offers the chosen story's quantities, and keeps a chosen source in the choices", async () => {
    const choices = await claimsListChoices(read(`story=${idlib.storyId}&source=${gaza.sourceId}`));
    expect(choices.quantities.map((q) => q.id)).toEqual([idlib.quantityId]);
    expect(choices.sources.map((s) => s.id)).toContain(gaza.sourceId);
    expect(choices.people.map((p) => p.id)).toEqual(expect.arrayContaining([editor.id, editor2.id, reviewer.id]));
  });
});
