import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { ClaimStatus } from "@/lib/generated/prisma/client";
import { BULK_BATCH_LIMIT } from "@/lib/validation/claims-list";
import { testDatabase } from "@/tests/database/test-database";
import { atLeastDraft, editToAtLeast, testNewsroom, testPerson } from "@/tests/database/test-newsroom";
import { approveClaims, deleteDrafts, previewApproval, submitClaims } from "./claims-bulk";
import { atLeast } from "@/tests/figures/at-least-29";

// The bulk actions go claim by claim through the single actions' own functions: these tests
// check that each claim gets what its own button would give it (status, version, history), that
// the rules of the single actions hold for every claim of a batch, and that the outcome counts.

let newsroom: Awaited<ReturnType<typeof testNewsroom>>;
let editor: Actor;
let editor2: Actor;
let reviewer: Actor;
let reviewer2: Actor;

const db = () => testDatabase.db;
const history = (id: string) =>
  db().historyEntry.findMany({ where: { entityType: "claim", entityId: id }, orderBy: { id: "asc" } });
const claimNow = (id: string) => db().claim.findUniqueOrThrow({ where: { id } });

const draft = (authorId: string, low = 29) => atLeastDraft(newsroom, authorId, low);

async function inReview(
  authorId: string,
  low: number,
  quantityId = newsroom.quantityId,
  sourceId = newsroom.sourceId,
  status: ClaimStatus = "in_review",
) {
  const made = await db().claim.create({
    data: {
      quantityId,
      sourceId,
      ...atLeast(low),
      unit: "soldiers",
      sentence: `At least ${low} soldiers were killed.`,
      language: "en",
      reportedAt: new Date(Date.UTC(2020, 1, 27, 20, low % 60)),
      status,
      submittedAt: new Date(),
      authorId,
    },
  });
  await db().historyEntry.create({
    data: { entityType: "claim", entityId: made.id, action: "create", actorId: authorId, after: "{}" },
  });
  return made;
}

const target = (c: { id: string; version: number }) => ({ claimId: c.id, version: c.version });

beforeAll(async () => {
  newsroom = await testNewsroom("bulk");
  editor = newsroom.editor;
  editor2 = await testPerson("editor", "bulk-editor2");
  reviewer = await testPerson("reviewer", "bulk-reviewer");
  reviewer2 = await testPerson("reviewer", "bulk-reviewer2");
});

describe("submitting many drafts at once", () => {
  it("sends nineteen drafts to review in one go, each with the history its own Submit writes", async () => {
    const drafts = await Promise.all(Array.from({ length: 19 }, (_, i) => draft(editor.id, 100 + i)));
    const outcome = await submitClaims(editor, drafts.map(target));

    expect(outcome.done).toBe(19);
    expect(Object.values(outcome.refused).every((n) => n === 0)).toBe(true);
    for (const d of drafts) {
      const now = await claimNow(d.id);
      expect(now.status).toBe("in_review");
      expect(now.version).toBe(d.version + 1);
      expect(now.submittedAt).toBeInstanceOf(Date);
      const entries = await history(d.id);
      expect(entries.map((e) => e.action)).toEqual(["create", "submit"]);
      expect(entries[1]).toMatchObject({ actorId: editor.id });
      expect(JSON.parse(entries[1]?.after ?? "{}")).toMatchObject({ status: "in_review", version: d.version + 1 });
    }
  });

  it("submits only the author's own drafts, at the version shown, and counts the others by reason", async () => {
    const mine = await draft(editor.id, 40);
    const theirs = await draft(editor2.id, 41);
    const changed = await draft(editor.id, 42);
    const edited = await editToAtLeast(newsroom, editor, { claimId: changed.id, version: changed.version }, 43);
    expect(edited.ok).toBe(true);
    const submitted = await inReview(editor.id, 44);

    const outcome = await submitClaims(editor, [
      target(mine),
      target(theirs),
      target(changed), // the version before the edit
      target(submitted),
      { claimId: "no-such-claim", version: 1 },
    ]);

    expect(outcome.done).toBe(1);
    expect(outcome.refused).toEqual({ own: 0, changed_it: 0, not_yours: 1, wrong_status: 1, stale: 1, not_found: 1 });
    expect(outcome.refusedClaims.map((c) => c.reason)).toEqual(["not_yours", "stale", "wrong_status", "not_found"]);
    expect((await claimNow(mine.id)).status).toBe("in_review");
    expect((await claimNow(theirs.id)).status).toBe("draft");
    expect((await history(theirs.id)).map((e) => e.action)).toEqual(["create"]);
    expect((await claimNow(changed.id)).status).toBe("draft");
  });

  it("refuses a batch over the limit before touching any claim", async () => {
    const tooMany = Array.from({ length: BULK_BATCH_LIMIT + 1 }, (_, i) => ({ claimId: `c${i}`, version: 1 }));
    await expect(submitClaims(editor, tooMany)).rejects.toThrow(/at most 500/);
  });
});

describe("deleting many drafts at once", () => {
  it("deletes the person's own drafts at the version shown, each with its history, and counts the others by reason", async () => {
    const mine = await Promise.all([draft(editor.id, 201), draft(editor.id, 202), draft(editor.id, 203)]);
    const [first, second, third] = mine;
    if (!first || !second || !third) throw new Error("no drafts");
    const someoneElses = await draft(editor2.id, 204);
    const submitted = await inReview(editor.id, 205);
    // Changed after the list showed it at version 1.
    const edited = await editToAtLeast(newsroom, editor, { claimId: third.id, version: 1 }, 213);
    expect(edited.ok).toBe(true);

    const outcome = await deleteDrafts(editor, [
      target(first),
      target(second),
      target(third),
      target(someoneElses),
      target(submitted),
      { claimId: "no-such-claim", version: 1 },
    ]);
    expect(outcome).toMatchObject({
      done: 2,
      refused: { not_yours: 1, wrong_status: 1, stale: 1, not_found: 1, own: 0, changed_it: 0 },
      notReached: 0,
      fault: null,
    });
    expect(outcome.refusedClaims.map((c) => [c.id, c.reason])).toEqual([
      [third.id, "stale"],
      [someoneElses.id, "not_yours"],
      [submitted.id, "wrong_status"],
      ["no-such-claim", "not_found"],
    ]);
    for (const gone of [first, second]) {
      expect(await db().claim.findUnique({ where: { id: gone.id } })).toBeNull();
      expect((await history(gone.id)).map((e) => e.action)).toEqual(["create", "delete"]);
    }
    for (const kept of [third, someoneElses, submitted])
      expect(await db().claim.findUnique({ where: { id: kept.id } })).not.toBeNull();
    expect((await claimNow(submitted.id)).status).toBe("in_review");
  });

  it("an admin deletes anyone's drafts; a reviewer only their own", async () => {
    const a = await draft(editor.id, 211);
    const b = await draft(editor2.id, 212);
    expect((await deleteDrafts(reviewer, [target(a), target(b)])).refused.not_yours).toBe(2);
    const admin = await testPerson("admin", "bulk-admin");
    expect((await deleteDrafts(admin, [target(a), target(b)])).done).toBe(2);
  });
});

describe("approving many claims at once", () => {
  it("approves the claims of others, never the reviewer's own, and says how many of each", async () => {
    const a = await inReview(editor.id, 60);
    const own = await inReview(reviewer.id, 61);
    const b = await inReview(editor2.id, 62);

    const outcome = await approveClaims(reviewer, [target(a), target(own), target(b)]);

    expect(outcome.done).toBe(2);
    expect(outcome.refused.own).toBe(1);
    expect(outcome.refusedClaims).toEqual([{ id: own.id, quote: own.quote, reason: "own" }]);
    expect((await claimNow(own.id)).status).toBe("in_review");
    expect(await history(own.id)).toHaveLength(1);
    for (const c of [a, b]) {
      const now = await claimNow(c.id);
      expect(now).toMatchObject({ status: "published", reviewerId: reviewer.id, version: c.version + 1 });
      const entries = await history(c.id);
      expect(entries.at(-1)).toMatchObject({ action: "approve", actorId: reviewer.id });
    }
    // The webhooks' outbox and the public records follow as for one approval: nothing special here.
  });

  it("refuses a claim the reviewer changed (four eyes), and one changed since the preview", async () => {
    const d = await draft(editor.id, 70);
    const fixed = await editToAtLeast(newsroom, reviewer2, { claimId: d.id, version: d.version }, 71);
    expect(fixed.ok).toBe(true);
    const changedByReviewer2 = await db().claim.update({
      where: { id: d.id },
      data: { status: "in_review", submittedAt: new Date() },
    });
    const moved = await inReview(editor.id, 72);

    const outcome = await approveClaims(reviewer2, [target(changedByReviewer2), { claimId: moved.id, version: 99 }]);
    expect(outcome.done).toBe(0);
    expect(outcome.refused.changed_it).toBe(1);
    expect(outcome.refused.stale).toBe(1);
    expect((await claimNow(moved.id)).status).toBe("in_review");
  });
});

describe("the approval's preview", () => {
  it("says claim by claim what the quantity's status becomes, each approval after the one before", async () => {
    const fresh = await testNewsroom("bulk-preview");
    const observatory = await db().source.create({
      data: { name: "Syrian Observatory (bulk)", key: "syrian observatory bulk", kind: "ngo" },
    });
    const first = await inReview(editor.id, 29, fresh.quantityId, fresh.sourceId);
    const second = await inReview(editor2.id, 31, fresh.quantityId, observatory.id);
    const own = await inReview(reviewer.id, 33, fresh.quantityId, observatory.id);

    const steps = await previewApproval(reviewer, [target(first), target(second), target(own)], "en");

    expect(steps.map((s) => s.refusal)).toEqual([null, null, "own"]);
    expect(steps[0]?.step?.before.label).toBeNull();
    expect(steps[0]?.step?.after.label).toBe("One source");
    // The second is compared with the first as if it were already published.
    expect(steps[1]?.step?.before.label).toBe("One source");
    expect(steps[1]?.step?.after.label).toBe("Compatible");
    expect(steps[1]?.step?.after.detail).toMatch(/31 or more/);
    expect(steps[2]?.step).toBeNull();
    // Nothing was written.
    expect((await claimNow(first.id)).status).toBe("in_review");

    const french = await previewApproval(reviewer, [target(first)], "fr");
    expect(french[0]?.step?.after.label).toBe("Une seule source");
  });
});
