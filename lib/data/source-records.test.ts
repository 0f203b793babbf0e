import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "./db";
import { approveClaim, retractClaim } from "./review";
import { computeSourceRecord, sourceRecordCounts } from "./source-records";

// The kept record must always say what computing it from every published claim says, whatever
// decisions came in between, in whatever order.

let editor: Actor;
let reviewer: Actor;
let quantities: Array<{ id: string; cumulative: boolean }>;
let sources: string[];

beforeAll(async () => {
  const user = async (email: string, role: Actor["role"]): Promise<Actor> => ({
    id: (
      await db.user.create({
        data: { email, name: email.split("@")[0] ?? email, role, passwordHash: "not-a-real-hash" },
      })
    ).id,
    role,
  });
  editor = await user("editor@records.org", "editor");
  reviewer = await user("reviewer@records.org", "reviewer");
  const story = await db.story.create({
    data: { title: "Idlib strikes", slug: "idlib-records", date: "2020-02-27" },
  });
  quantities = [
    await db.quantity.create({
      data: { storyId: story.id, label: "Soldiers killed", cumulative: true },
      select: { id: true, cumulative: true },
    }),
    await db.quantity.create({
      data: { storyId: story.id, label: "Strikes", cumulative: false },
      select: { id: true, cumulative: true },
    }),
  ];
  sources = [];
  for (const name of ["Governor of Hatay", "OSDH", "Defence ministry"]) {
    sources.push((await db.source.create({ data: { name, key: name.toLowerCase(), kind: "government" } })).id);
  }
});

/** A figure sent for review by the editor: between `low` and `high` (null: no upper bound). */
function inReview(quantityId: string, sourceId: string, low: number, high: number | null, hour: number) {
  return db.claim.create({
    data: {
      quantityId,
      sourceId,
      quote: `${low}`,
      value: low,
      low,
      high,
      qualifier: high === null ? "at_least" : "exact",
      kind: "count",
      sentence: `${low} killed.`,
      language: "en",
      reportedAt: new Date(Date.UTC(2020, 1, 27) + hour * 3_600_000),
      status: "in_review",
      submittedAt: new Date(),
      authorId: editor.id,
    },
  });
}

async function publish(quantityId: string, sourceId: string, low: number, high: number | null, hour: number) {
  const claim = await inReview(quantityId, sourceId, low, high, hour);
  expect(await approveClaim(reviewer, { claimId: claim.id, version: claim.version }, db)).toMatchObject({ ok: true });
  return { id: claim.id, version: claim.version + 1 };
}

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("a source's kept record", () => {
  it("is kept after the first visit and read back as it was computed", async () => {
    const quantity = quantities[0] as { id: string };
    const governor = sources[0] as string;
    await publish(quantity.id, governor, 29, null, 1);
    const first = await sourceRecordCounts(governor);
    expect(first).toEqual(await computeSourceRecord(governor));
    expect(await db.sourceRecord.findUnique({ where: { sourceId: governor } })).toMatchObject(first);
  });

  it("stays exact through 60 random approvals and retractions, for every source at every step", async () => {
    const next = random(20200227);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const published: Array<{ id: string; version: number }> = [];
    for (let step = 0; step < 60; step++) {
      if (published.length > 3 && next() < 0.25) {
        const claim = published.splice(Math.floor(next() * published.length), 1)[0] as {
          id: string;
          version: number;
        };
        expect(
          await retractClaim(reviewer, { claimId: claim.id, version: claim.version, reason: "Wrong figure." }, db),
        ).toMatchObject({ ok: true });
      } else {
        const low = 20 + Math.floor(next() * 20);
        const high = next() < 0.5 ? null : low + Math.floor(next() * 5);
        published.push(await publish(pick(quantities).id, pick(sources), low, high, step));
      }
      for (const source of sources)
        expect(await sourceRecordCounts(source), `source ${source} after step ${step}`).toEqual(
          await computeSourceRecord(source),
        );
    }
    const final = await Promise.all(sources.map((s) => computeSourceRecord(s)));
    // The walk met every kind of fate, so the comparison above compared something.
    expect(final.some((r) => r.revised > 0)).toBe(true);
    expect(final.some((r) => r.contradicted > 0)).toBe(true);
    // Some 600 writes and reads: about 2 s on SQLite, and 5 s on PostgreSQL on a busy machine.
  }, 30_000);

  it("is not kept when a decision lands while it is being computed, and the next visit sees the decision", async () => {
    const quantity = quantities[1] as { id: string };
    const ministry = sources[2] as string;
    await publish(quantity.id, ministry, 3, 3, 100);
    await db.sourceRecord.updateMany({
      where: { sourceId: ministry },
      data: { figures: null, revised: null, contradicted: null },
    });
    const pending = await inReview(quantity.id, ministry, 4, 4, 101);
    const before = await computeSourceRecord(ministry);

    // The reader has read the record's version and the claims; the decision commits before it keeps the record.
    const findMany = db.claim.findMany.bind(db.claim);
    let decided = false;
    const spy = vi.spyOn(db.claim, "findMany").mockImplementation((async (args: Parameters<typeof findMany>[0]) => {
      const answer = await findMany(args);
      // After the read of every published claim of the source's quantities: the last one.
      if (!decided && (args?.where as { quantityId?: unknown } | undefined)?.quantityId) {
        decided = true;
        expect(await approveClaim(reviewer, { claimId: pending.id, version: pending.version }, db)).toMatchObject({
          ok: true,
        });
      }
      return answer;
    }) as unknown as typeof db.claim.findMany);
    expect(await sourceRecordCounts(ministry)).toEqual(before);
    // (Not mockRestore: Prisma's delegates are proxies, and restoring leaves no findMany at all.)
    spy.mockImplementation(findMany as unknown as typeof db.claim.findMany);

    expect(await db.sourceRecord.findUnique({ where: { sourceId: ministry } })).toMatchObject({
      figures: null,
    });
    const after = await sourceRecordCounts(ministry);
    expect(after.figures).toBe(before.figures + 1);
    expect(after).toEqual(await computeSourceRecord(ministry));
  });
});
