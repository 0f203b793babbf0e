import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { ClaimStatus } from "@/lib/generated/prisma/client";
import { claimUpdateInput } from "@/lib/validation/newsroom";
import type { TestDatabase } from "@/tests/database/create-test-database";
import { testDatabase } from "@/tests/database/test-database";
import { testDraftInput } from "@/tests/database/test-newsroom";
import { claimRow } from "@/tests/database/test-rows";
import { changeOf } from "@/tests/history-change";
import { createDraftClaim, submitClaim, updateDraftClaim } from "./claims";
import { approveClaim, claimForReview, rateClaim, rejectClaim, retractClaim, reviewQueue } from "./review";

// The app's client is this file's database, so an editor's and a reviewer's edits go through
// lib/data/claims.ts and write the history the four-eyes rule reads.

let test: TestDatabase;
let editor: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let quantityId: string;
let governorId: string;
let observatoryId: string;

async function user(email: string, role: Actor["role"]): Promise<Actor> {
  const created = await test.db.user.create({
    data: { email, name: email.split("@")[0] ?? email, role, passwordHash: "not-a-real-hash" },
  });
  return { id: created.id, role };
}

let sequence = 0;
/** A claim written by `authorId`, in review unless told otherwise. */
async function claim(
  authorId: string,
  extra: { status?: ClaimStatus; submittedAt?: Date; quote?: string; low?: number } = {},
) {
  sequence += 1;
  const low = extra.low ?? 29;
  return claimRow({
    quantityId,
    sourceId: governorId,
    quote: extra.quote ?? `at least ${low}`,
    value: low,
    sentence: `At least ${low} soldiers were killed, the governor said (${sequence}).`,
    reportedAt: new Date("2020-02-27T22:00:00Z"),
    status: extra.status ?? "in_review",
    submittedAt: extra.submittedAt ?? new Date(),
    authorId,
  });
}

/** A reviewer's reason for a rating, as readers will see it beside the badge. */
const REASON = "The defence ministry's own count, the same night, says 33.";

const statusOf = async (id: string) => (await test.db.claim.findUniqueOrThrow({ where: { id } })).status;
const historyOf = (id: string) =>
  test.db.historyEntry.findMany({
    where: { entityType: "claim", entityId: id },
    orderBy: { id: "asc" },
  });

beforeAll(async () => {
  test = testDatabase;
  editor = await user("editor@example.org", "editor");
  reviewer = await user("reviewer@example.org", "reviewer");
  reviewer2 = await user("reviewer2@example.org", "reviewer");
  const story = await test.db.story.create({
    data: { title: "Idlib strikes", slug: "idlib-strikes", date: "2020-02-27" },
  });
  const quantity = await test.db.quantity.create({
    data: { storyId: story.id, label: "Turkish soldiers killed", cumulative: true },
  });
  quantityId = quantity.id;
  governorId = (
    await test.db.source.create({
      data: { name: "Governor of Hatay", key: "governor of hatay", kind: "government" },
    })
  ).id;
  observatoryId = (await test.db.source.create({ data: { name: "OSDH", key: "osdh", kind: "ngo" } })).id;
});

// tests/database/test-database.ts closes the database after the file's tests.

describe("approving a claim", () => {
  it("publishes it, names the reviewer, bumps the version and writes the history in the same write", async () => {
    const c = await claim(editor.id);
    const result = await approveClaim(reviewer, { claimId: c.id, version: c.version }, test.db);

    expect(result).toEqual({
      ok: true,
      data: { id: c.id, status: "published", rating: "unverified", version: c.version + 1 },
    });
    const after = await test.db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.reviewerId).toBe(reviewer.id);
    expect(after.reviewedAt).toBeInstanceOf(Date);
    const history = await historyOf(c.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "approve", actorId: reviewer.id, reason: null });
    expect(changeOf(history[0])).toMatchObject({
      before: { status: "in_review", version: 1 },
      after: { status: "published", version: 2, reviewerId: reviewer.id },
    });
  });

  it("a reviewer cannot approve their own claim", async () => {
    const own = await claim(reviewer.id);
    const result = await approveClaim(reviewer, { claimId: own.id, version: own.version }, test.db);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("forbidden");
    expect(!result.ok && result.error.message).toMatch(/You wrote this claim/);
    expect(await statusOf(own.id)).toBe("in_review");
    expect(await historyOf(own.id)).toEqual([]);
  });

  it("an editor cannot approve anything", async () => {
    const c = await claim(reviewer.id);
    const result = await approveClaim(editor, { claimId: c.id, version: c.version }, test.db);
    expect(!result.ok && result.error.code).toBe("forbidden");
    expect(await statusOf(c.id)).toBe("in_review");
  });

  it("two reviewers approving at once: exactly one succeeds, the other is told who decided", async () => {
    const c = await claim(editor.id);
    const results = await Promise.all([
      approveClaim(reviewer, { claimId: c.id, version: c.version }, test.db),
      approveClaim(reviewer2, { claimId: c.id, version: c.version }, test.db),
    ]);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.error.code).toBe("conflict");
    const winner = results[0]?.ok ? "reviewer" : "reviewer2";
    expect(refused && !refused.ok && refused.error.message).toMatch(new RegExp(`already approved by ${winner} on `));
    expect((await historyOf(c.id)).map((h) => h.action)).toEqual(["approve"]);
    expect((await test.db.claim.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(c.version + 1);
  });

  it("a decision on a version the reviewer did not see is refused and changes nothing", async () => {
    const c = await claim(editor.id);
    await test.db.claim.update({ where: { id: c.id }, data: { version: { increment: 1 } } });
    const result = await approveClaim(reviewer, { claimId: c.id, version: c.version }, test.db);
    expect(!result.ok && result.error.code).toBe("conflict");
    expect(!result.ok && result.error.message).toMatch(/changed since you opened it/);
    expect(await statusOf(c.id)).toBe("in_review");
  });

  it("an unknown claim is not found", async () => {
    const result = await approveClaim(reviewer, { claimId: "nope", version: 1 }, test.db);
    expect(!result.ok && result.error.code).toBe("not_found");
  });
});

describe("rejecting a claim", () => {
  it("requires a note", async () => {
    const c = await claim(editor.id);
    const result = await rejectClaim(reviewer, { claimId: c.id, version: c.version, note: "   " }, test.db);
    expect(!result.ok && result.error.code).toBe("invalid");
    expect(!result.ok && result.error.fields?.note).toMatch(/Write a note for the editor/);
    expect(await statusOf(c.id)).toBe("in_review");
  });

  it("sends it back to its editor as a draft with the note, recorded as the reason", async () => {
    const c = await claim(editor.id);
    const note = "The article says 29, not 39: check the figure.";
    const result = await rejectClaim(reviewer, { claimId: c.id, version: c.version, note }, test.db);

    expect(result.ok && result.data.status).toBe("draft");
    const after = await test.db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({
      status: "draft",
      reviewNote: note,
      reviewerId: reviewer.id,
      version: c.version + 1,
    });
    const history = await historyOf(c.id);
    expect(history.map((h) => [h.action, h.reason])).toEqual([["reject", note]]);
  });

  it("a reviewer cannot reject their own claim either", async () => {
    const own = await claim(reviewer2.id);
    const result = await rejectClaim(reviewer2, { claimId: own.id, version: own.version, note: "Mine" }, test.db);
    expect(!result.ok && result.error.code).toBe("forbidden");
  });

  it("a claim already approved cannot then be rejected", async () => {
    const c = await claim(editor.id);
    await approveClaim(reviewer, { claimId: c.id, version: c.version }, test.db);
    const result = await rejectClaim(reviewer2, { claimId: c.id, version: c.version, note: "Too late" }, test.db);
    expect(!result.ok && result.error.message).toMatch(/already approved by reviewer/);
    expect(await statusOf(c.id)).toBe("published");
  });
});

describe("retracting a published claim", () => {
  it("requires a reason", async () => {
    const c = await claim(editor.id, { status: "published" });
    const result = await retractClaim(reviewer, { claimId: c.id, version: c.version, reason: "" }, test.db);
    expect(!result.ok && result.error.fields?.reason).toMatch(/Say why/);
    expect(await statusOf(c.id)).toBe("published");
  });

  it("retracts it with the reason, kept on the claim and in its history", async () => {
    const c = await claim(editor.id, { status: "published" });
    const reason = "The governor's office denied giving this figure.";
    const result = await retractClaim(reviewer, { claimId: c.id, version: c.version, reason }, test.db);
    expect(result.ok && result.data).toMatchObject({ status: "retracted", version: c.version + 1 });
    expect(await test.db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "retracted",
      retractionReason: reason,
    });
    expect((await historyOf(c.id)).map((h) => [h.action, h.reason])).toEqual([["retract", reason]]);
  });

  it("only a published claim can be retracted", async () => {
    const c = await claim(editor.id);
    const result = await retractClaim(reviewer, { claimId: c.id, version: c.version, reason: "Wrong" }, test.db);
    expect(!result.ok && result.error.code).toBe("forbidden");
    expect(await statusOf(c.id)).toBe("in_review");
  });
});

describe("rating a claim", () => {
  it("sets the rating on someone else's claim and writes the history", async () => {
    const c = await claim(editor.id);
    const result = await rateClaim(
      reviewer,
      { claimId: c.id, version: c.version, rating: "disputed", ratingExplanation: REASON },
      test.db,
    );
    expect(result.ok && result.data).toMatchObject({
      rating: "disputed",
      status: "in_review",
      version: c.version + 1,
    });
    const history = await historyOf(c.id);
    expect(history.map((h) => h.action)).toEqual(["rate"]);
    expect(changeOf(history[0])).toMatchObject({ before: { rating: "unverified" }, after: { rating: "disputed" } });
  });

  it("a reviewer does not rate their own claim, nor a draft", async () => {
    const rated = (c: { id: string; version: number }) =>
      rateClaim(
        reviewer,
        { claimId: c.id, version: c.version, rating: "confirmed", ratingExplanation: REASON },
        test.db,
      );
    expect((await rated(await claim(reviewer.id))).ok).toBe(false);
    expect((await rated(await claim(editor.id, { status: "draft" }))).ok).toBe(false);
  });
});

describe("a rating's reason", () => {
  const rowOf = (id: string) =>
    test.db.claim.findUniqueOrThrow({
      where: { id },
      select: { rating: true, ratingExplanation: true, version: true },
    });

  it("is stored with the rating and is the history entry's reason, beside the rating's change", async () => {
    const c = await claim(editor.id, { status: "published" });
    const result = await rateClaim(
      reviewer,
      { claimId: c.id, version: c.version, rating: "disputed", ratingExplanation: `  ${REASON}  ` },
      test.db,
    );
    expect(result.ok).toBe(true);
    expect(await rowOf(c.id)).toEqual({ rating: "disputed", ratingExplanation: REASON, version: c.version + 1 });
    const [entry] = await historyOf(c.id);
    expect(entry?.reason).toBe(REASON);
    expect(changeOf(entry)).toMatchObject({
      before: { rating: "unverified", ratingExplanation: null },
      after: { rating: "disputed", ratingExplanation: REASON },
    });
  });

  it("is required for a verdict: a rating without one is refused with a message and changes nothing", async () => {
    const c = await claim(editor.id, { status: "published" });
    for (const ratingExplanation of [null, "", "   "]) {
      const result = await rateClaim(
        reviewer,
        { claimId: c.id, version: c.version, rating: "false", ratingExplanation },
        test.db,
      );
      expect(!result.ok && result.error).toMatchObject({
        code: "invalid",
        fields: { ratingExplanation: "Say why you rate it so: readers see the reason beside the rating." },
      });
    }
    expect(await rowOf(c.id)).toEqual({ rating: "unverified", ratingExplanation: null, version: c.version });
    expect(await historyOf(c.id)).toEqual([]);
  });

  it("changed alone is a new rating entry; the same rating and reason again writes nothing", async () => {
    const c = await claim(editor.id, { status: "published" });
    const rate = (version: number, ratingExplanation: string) =>
      rateClaim(reviewer, { claimId: c.id, version, rating: "disputed", ratingExplanation }, test.db);
    await rate(c.version, REASON);
    await rate(c.version + 1, "The Observatory counted 34 by morning.");
    const again = await rate(c.version + 2, "The Observatory counted 34 by morning.");
    expect(again.ok && again.data.version).toBe(c.version + 2);
    expect((await historyOf(c.id)).map((h) => [h.action, h.reason])).toEqual([
      ["rate", REASON],
      ["rate", "The Observatory counted 34 by morning."],
    ]);
  });

  it("goes with the verdict: back to unverified, the claim has no reason left to show", async () => {
    const c = await claim(editor.id, { status: "published" });
    await rateClaim(
      reviewer,
      { claimId: c.id, version: c.version, rating: "misleading", ratingExplanation: REASON },
      test.db,
    );
    await rateClaim(
      reviewer,
      { claimId: c.id, version: c.version + 1, rating: "unverified", ratingExplanation: REASON },
      test.db,
    );
    expect(await rowOf(c.id)).toEqual({ rating: "unverified", ratingExplanation: null, version: c.version + 2 });
  });
});

describe("what a reviewer reads", () => {
  it("the queue lists only claims in review, the longest-waiting first", async () => {
    const later = await claim(editor.id, { submittedAt: new Date("2030-01-02T00:00:00Z") });
    const earlier = await claim(editor.id, { submittedAt: new Date("2000-01-01T00:00:00Z") });
    const { items: queue, total, forReviewer } = await reviewQueue(reviewer.id, 1, 10_000, test.db);
    expect(total).toBe(queue.length);
    expect(forReviewer).toBe(queue.filter((q) => q.author.id !== reviewer.id).length);
    expect(queue[0]?.id).toBe(earlier.id);
    expect(queue.at(-1)?.id).toBe(later.id);
    expect(queue.every((q) => q.quantity.label === "Turkish soldiers killed")).toBe(true);
    const statuses = await test.db.claim.findMany({
      where: { id: { in: queue.map((q) => q.id) } },
      select: { status: true },
    });
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["in_review"]));
  });

  it("the queue comes a page at a time, in the same order, each claim once", async () => {
    for (let i = 0; i < 3; i++) await claim(editor.id, { submittedAt: new Date(`1990-01-0${i + 1}T00:00:00Z`) });
    const all = (await reviewQueue(reviewer.id, 1, 10_000, test.db)).items.map((q) => q.id);
    const first = await reviewQueue(reviewer.id, 1, 2, test.db);
    const second = await reviewQueue(reviewer.id, 2, 2, test.db);
    expect(first).toMatchObject({ page: 1, hasNewer: false, hasOlder: true, total: all.length });
    expect([...first.items, ...second.items].map((q) => q.id)).toEqual(all.slice(0, 4));
    expect(second.hasNewer).toBe(true);
  });

  it("a claim comes with the other claims on its quantity and its history", async () => {
    const c = await claim(editor.id);
    const other = await test.db.claim.create({
      data: {
        quantityId,
        sourceId: observatoryId,
        quote: "more than 30",
        value: 30,
        low: 31,
        qualifier: "more_than",
        kind: "count",
        sentence: "More than 30 died, the Observatory said.",
        language: "en",
        reportedAt: new Date("2020-02-27T23:30:00Z"),
        status: "published",
        authorId: editor.id,
      },
    });
    await rateClaim(
      reviewer,
      { claimId: c.id, version: c.version, rating: "confirmed", ratingExplanation: REASON },
      test.db,
    );
    const loaded = await claimForReview(c.id, test.db);
    expect(loaded?.claim.quantity.label).toBe("Turkish soldiers killed");
    expect(loaded?.others.map((o) => o.id)).toContain(other.id);
    expect(loaded?.others.map((o) => o.id)).not.toContain(c.id);
    expect(loaded?.history.entries.map((h) => [h.action, h.actor?.name])).toEqual([["rate", "reviewer"]]);
    expect(await claimForReview("missing", test.db)).toBeNull();
  });
});

describe("four eyes on what a claim says", () => {
  /** The governor's "at least 29", logged by the editor through the form's own write. */
  async function editorsDraft() {
    const created = await createDraftClaim(editor.id, testDraftInput(quantityId, governorId));
    if (!created.ok) throw new Error("no draft");
    return created.data.id;
  }

  /** The same draft saved by `who`, with `changes` (the form's fields) at `version`. */
  async function saveEdit(who: Actor, claimId: string, version: number, changes: Record<string, string> = {}) {
    const draft = testDraftInput(quantityId, governorId, changes);
    const edit = claimUpdateInput.parse({
      ...formValues(draft),
      claimId,
      version: String(version),
    });
    const saved = await updateDraftClaim(who, edit);
    if (!saved.ok) throw new Error(saved.error.message);
    return saved.data.version;
  }

  it("a reviewer who turned an editor's 29 into 77 cannot approve, reject or rate it; another reviewer decides", async () => {
    const claimId = await editorsDraft();
    const afterEdit = await saveEdit(reviewer, claimId, 1, {
      quote: "At least 77",
      value: "77",
      low: "77",
      sentence: "At least 77 Turkish soldiers were killed, the governor of Hatay said.",
    });
    const submitted = await submitClaim(editor, { claimId, version: afterEdit });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const version = submitted.data.version;

    for (const refused of [
      await approveClaim(reviewer, { claimId, version }, test.db),
      await rejectClaim(reviewer, { claimId, version, note: "Looks wrong to me." }, test.db),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(!refused.ok && refused.error.message).toBe(
        "You changed this claim's text, figure or sourcing, so another reviewer must decide on it. Nothing was changed.",
      );
    }
    const rating = await rateClaim(
      reviewer,
      { claimId, version, rating: "confirmed", ratingExplanation: REASON },
      test.db,
    );
    expect(!rating.ok && rating.error.message).toMatch(
      /^You changed this claim's text, figure or sourcing, so another reviewer must rate it/,
    );
    expect(await test.db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      status: "in_review",
      rating: "unverified",
      low: 77,
    });
    expect((await historyOf(claimId)).map((h) => h.action)).toEqual(["create", "update", "submit"]);

    expect((await claimForReview(claimId, test.db))?.changedBy.sort()).toEqual([editor.id, reviewer.id].sort());
    expect(await approveClaim(reviewer2, { claimId, version }, test.db)).toMatchObject({
      ok: true,
      data: { status: "published" },
    });
  });

  it("a reviewer who saved the draft without changing anything may still decide on it", async () => {
    const claimId = await editorsDraft();
    const afterSave = await saveEdit(reviewer, claimId, 1);
    const submitted = await submitClaim(editor, { claimId, version: afterSave });
    if (!submitted.ok) throw new Error(submitted.error.message);
    expect((await approveClaim(reviewer, { claimId, version: submitted.data.version }, test.db)).ok).toBe(true);
  });

  it("a change to the source counts as much as one to the figure", async () => {
    const claimId = await editorsDraft();
    const afterEdit = await saveEdit(reviewer2, claimId, 1, { sourceId: observatoryId });
    const submitted = await submitClaim(editor, { claimId, version: afterEdit });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const result = await approveClaim(reviewer2, { claimId, version: submitted.data.version }, test.db);
    expect(!result.ok && result.error.code).toBe("forbidden");
  });
});

/** A parsed draft back to the strings the form sends (claimUpdateInput parses them again). */
function formValues(draft: ReturnType<typeof testDraftInput>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, value] of Object.entries(draft)) {
    values[field] = value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 16) : String(value);
  }
  return values;
}
