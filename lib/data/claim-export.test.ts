import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimStatus } from "@/lib/generated/prisma/client";
import type { PublicExportFilters, StaffExportFilters } from "./claim-export";
import { sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { publicClaimPages, staffClaimPages } from "./claim-export";

const NO_STAFF_FILTER: StaffExportFilters = {
  status: null,
  story: null,
  quantity: null,
  source: null,
  author: null,
};
const NO_PUBLIC_FILTER: PublicExportFilters = { story: null, quantity: null, source: null };
const STATUSES: ClaimStatus[] = ["draft", "in_review", "published", "retracted"];

let editorId: string;
let editor2Id: string;
let storyA: { id: string; slug: string };
let quantityA: string;
let quantityB: string;
let governor: string;
let observatory: string;

async function collect<T>(pages: AsyncIterable<T[]>): Promise<{ sizes: number[]; rows: T[] }> {
  const sizes: number[] = [];
  const rows: T[] = [];
  for await (const page of pages) {
    sizes.push(page.length);
    rows.push(...page);
  }
  return { sizes, rows };
}

beforeAll(async () => {
  const user = (email: string) => userRow(email, "editor", email);
  editorId = (await user("editor@example.org")).id;
  editor2Id = (await user("editor2@example.org")).id;
  storyA = await db.story.create({
    data: { title: "Idlib strikes", slug: "idlib-strikes", date: "2020-02-27" },
  });
  const storyB = await db.story.create({
    data: { title: "Other", slug: "other", date: "2020-03-01" },
  });
  quantityA = (
    await db.quantity.create({
      data: { storyId: storyA.id, label: "Soldiers killed", cumulative: true },
    })
  ).id;
  quantityB = (await db.quantity.create({ data: { storyId: storyB.id, label: "Civilians killed" } })).id;
  governor = (await sourceRow("Governor", "government")).id;
  observatory = (await sourceRow("OSDH", "ngo")).id;
  // Each status, on each quantity, from each source and author: 4 × 2 × 2 = 16 claims, plus
  // a second published figure from the governor on A, so one of them is superseded.
  let n = 0;
  for (const status of STATUSES) {
    for (const quantityId of [quantityA, quantityB]) {
      for (const [sourceId, authorId] of [
        [governor, editorId],
        [observatory, editor2Id],
      ] as const) {
        n += 1;
        await db.claim.create({
          data: {
            quantityId,
            sourceId,
            authorId,
            status,
            quote: `${status} ${n}`,
            value: n,
            low: n,
            high: n,
            qualifier: "exact",
            kind: "count",
            sentence: `${n} were killed.`,
            language: "en",
            reportedAt: new Date(Date.UTC(2020, 1, 27, n)),
          },
        });
      }
    }
  }
  await db.claim.create({
    data: {
      quantityId: quantityA,
      sourceId: governor,
      authorId: editorId,
      status: "published",
      quote: "published later",
      value: 40,
      low: 40,
      high: 40,
      qualifier: "exact",
      kind: "count",
      sentence: "40 were killed.",
      language: "en",
      reportedAt: new Date(Date.UTC(2020, 2, 1)),
    },
  });
});

describe("the staff export", () => {
  it("reads every claim, whatever its status, in pages no larger than asked, each claim once", async () => {
    const { sizes, rows } = await collect(staffClaimPages(NO_STAFF_FILTER, 5));
    expect(sizes).toEqual([5, 5, 5, 2]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(17);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(STATUSES));
  });

  it("filters by status, story, quantity, source and author", async () => {
    const count = async (filters: Partial<StaffExportFilters>) =>
      (await collect(staffClaimPages({ ...NO_STAFF_FILTER, ...filters }, 4))).rows.length;
    expect(await count({ status: "draft" })).toBe(4);
    expect(await count({ story: storyA.id })).toBe(9);
    expect(await count({ quantity: quantityB })).toBe(8);
    expect(await count({ source: observatory })).toBe(8);
    expect(await count({ author: editor2Id, status: "in_review" })).toBe(2);
    expect(await count({ story: "no-such-story" })).toBe(0);
  });
});

describe("the public export", () => {
  const publicRows = async (filters: Partial<PublicExportFilters> = {}) => {
    const rows = [];
    for await (const page of publicClaimPages({ ...NO_PUBLIC_FILTER, ...filters }, 2))
      rows.push(...page.rows.map((r) => ({ ...r, quantities: page.quantities })));
    return rows;
  };

  it("never contains a draft, a claim in review or a retracted claim", async () => {
    const rows = await publicRows();
    expect(rows.map((r) => r.quote).sort()).toEqual([
      "published 10",
      "published 11",
      "published 12",
      "published 9",
      "published later",
    ]);
    const statuses = await db.claim.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      select: { status: true },
    });
    expect(statuses.every((c) => c.status === "published")).toBe(true);
  });

  it("filters like /api/v1/claims: story by slug, quantity, source", async () => {
    expect((await publicRows({ story: storyA.slug })).map((r) => r.quote).sort()).toEqual([
      "published 10",
      "published 9",
      "published later",
    ]);
    expect((await publicRows({ quantity: quantityB, source: observatory })).map((r) => r.quote)).toEqual([
      "published 12",
    ]);
  });

  it("gives each page its quantities with their published claims only, to tell current from superseded", async () => {
    for await (const page of publicClaimPages(NO_PUBLIC_FILTER, 2)) {
      for (const quantity of page.quantities)
        expect(quantity.claims.every((c) => c.quote.startsWith("published"))).toBe(true);
      expect(new Set(page.quantities.map((q) => q.id))).toEqual(new Set(page.rows.map((r) => r.quantity.id)));
    }
  });
});
