import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { guessMapping } from "@/lib/newsroom/csv/column-mapping";
import { importPlan } from "@/lib/newsroom/csv/import-plan";
import { parseCsv } from "@/lib/newsroom/csv/parse-csv";
import { DEFAULT_FILTER } from "@/lib/validation/claims-list";
import { testDatabase } from "@/tests/database/test-database";
import { atLeastDraft, editToAtLeast, testNewsroom, testPerson } from "@/tests/database/test-newsroom";
import { editorDashboard, submitClaim } from "./claims";
import { listStaffClaims } from "./claims-list";
import { deleteDraft, discardImportDrafts } from "./draft-deletion";
import { historyOf } from "./history";
import { importJobOf, startImport } from "./imports";

// A deleted draft leaves every list and keeps its history, closed by a "delete" entry with what
// it said; only its author (or an admin) deletes it, only while a draft, only at the version seen.
// Discarding an import deletes its drafts in one step and leaves the claims that moved on.

let newsroom: Awaited<ReturnType<typeof testNewsroom>>;
let editor: Actor;
let otherEditor: Actor;
let reviewer: Actor;
let admin: Actor;

const db = () => testDatabase.db;
const exists = async (id: string) => (await db().claim.findUnique({ where: { id } })) !== null;

const draft = (authorId: string, low = 29) => atLeastDraft(newsroom, authorId, low);

beforeAll(async () => {
  newsroom = await testNewsroom("deletion");
  editor = newsroom.editor;
  otherEditor = await testPerson("editor", "deletion-other");
  reviewer = await testPerson("reviewer", "deletion-reviewer");
  admin = await testPerson("admin", "deletion-admin");
});

describe("deleting a draft", () => {
  it("its author deletes it: gone from every list, its history kept and closed with what it said and why", async () => {
    const claim = await draft(editor.id, 31);
    const deleted = await deleteDraft(editor, {
      claimId: claim.id,
      version: 1,
      reason: "Duplicate of the 27 Feb claim",
    });
    expect(deleted).toEqual({ ok: true, data: { id: claim.id } });

    expect(await exists(claim.id)).toBe(false);
    const dashboard = await editorDashboard(editor.id);
    expect(dashboard.drafts.map((c) => c.id)).not.toContain(claim.id);
    const list = await listStaffClaims(admin, { ...DEFAULT_FILTER, status: "draft" });
    expect(list.items.map((c) => c.id)).not.toContain(claim.id);

    const history = await historyOf("claim", claim.id);
    expect(history.map((e) => e.action)).toEqual(["create", "delete"]);
    const last = history[1];
    expect(last?.reason).toBe("Duplicate of the 27 Feb claim");
    expect(last?.actor?.name).toBe(newsroom.editor.name);
    expect(JSON.parse(last?.before ?? "{}")).toMatchObject({
      id: claim.id,
      quote: "At least 31",
      low: 31,
      status: "draft",
      version: 1,
      authorId: editor.id,
    });
    expect(last?.after).toBeNull();
  });

  it("another editor, or a reviewer, cannot delete someone's draft; an admin can", async () => {
    const claim = await draft(editor.id, 32);
    for (const actor of [otherEditor, reviewer]) {
      const refused = await deleteDraft(actor, { claimId: claim.id, version: 1 });
      expect(refused.ok ? null : refused.error).toMatchObject({
        code: "forbidden",
        message: "Only the draft's author or an admin may delete it. Nothing was changed.",
      });
    }
    expect(await exists(claim.id)).toBe(true);
    expect((await historyOf("claim", claim.id)).map((e) => e.action)).toEqual(["create"]);

    expect((await deleteDraft(admin, { claimId: claim.id, version: 1 })).ok).toBe(true);
    const history = await historyOf("claim", claim.id);
    expect(history.at(-1)).toMatchObject({ action: "delete", reason: null });
  });

  it("refuses a claim that is no longer a draft, and says what to do instead", async () => {
    const claim = await draft(editor.id, 33);
    expect((await submitClaim(editor, { claimId: claim.id, version: 1 })).ok).toBe(true);
    const refused = await deleteDraft(editor, { claimId: claim.id, version: 2 });
    expect(refused.ok ? null : refused.error.code).toBe("conflict");
    expect(refused.ok ? "" : refused.error.message).toMatch(
      /^This claim is now in review: only a draft can be deleted/,
    );
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "in_review",
      version: 2,
    });
    expect((await historyOf("claim", claim.id)).map((e) => e.action)).toEqual(["create", "submit"]);
  });

  it("refuses a stale version: a draft changed since the person looked at it is not deleted blind", async () => {
    const claim = await draft(editor.id, 34);
    const edited = await editToAtLeast(newsroom, editor, { claimId: claim.id, version: 1 }, 35);
    expect(edited.ok).toBe(true);

    const refused = await deleteDraft(editor, { claimId: claim.id, version: 1 });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/^This draft changed since you opened it/) as unknown as string,
    });
    expect(await exists(claim.id)).toBe(true);
    expect((await deleteDraft(editor, { claimId: claim.id, version: 2 })).ok).toBe(true);
  });

  it("says a draft already deleted is not there, and writes nothing more", async () => {
    const claim = await draft(editor.id, 36);
    expect((await deleteDraft(editor, { claimId: claim.id, version: 1 })).ok).toBe(true);
    const again = await deleteDraft(editor, { claimId: claim.id, version: 1 });
    expect(again.ok ? null : again.error.code).toBe("not_found");
    expect((await historyOf("claim", claim.id)).map((e) => e.action)).toEqual(["create", "delete"]);
  });
});

describe("discarding an import", () => {
  async function imported(count: number, from: number) {
    const lines = ["Source;Phrase;Date"];
    for (let i = 1; i <= count; i++)
      lines.push(`${newsroom.sourceName};"At least ${from + i} soldiers were killed in Idlib.";2020-02-27 0${i}:00`);
    const text = lines.join("\r\n");
    const plan = importPlan.parse({
      quantityId: newsroom.quantityId,
      language: "en",
      mapping: guessMapping(parseCsv(text).header),
    });
    const started = await startImport(editor.id, { fileName: "idlib-tolls.csv", text }, plan);
    if (!started.ok) throw new Error(started.error.message);
    await started.data.run();
    const claims = await db().claim.findMany({
      where: { importJobId: started.data.jobId },
      orderBy: { createdAt: "asc" },
    });
    return { jobId: started.data.jobId, claims };
  }

  it("deletes the drafts still drafts in one step, keeps those submitted, and says how many of each", async () => {
    const { jobId, claims } = await imported(4, 40);
    expect(claims).toHaveLength(4);
    const [first, second, ...rest] = claims;
    if (!first || !second) throw new Error("no claims");
    // One moved on: submitted for review. Another deleted by hand already.
    expect((await submitClaim(editor, { claimId: first.id, version: 1 })).ok).toBe(true);
    expect((await deleteDraft(editor, { claimId: second.id, version: 1 })).ok).toBe(true);
    expect((await importJobOf(editor.id, jobId))?.drafts).toBe(2);

    // Someone else's import is not theirs to discard.
    const refused = await discardImportDrafts(otherEditor, jobId);
    expect(refused.ok ? null : refused.error.code).toBe("forbidden");
    expect((await importJobOf(editor.id, jobId))?.drafts).toBe(2);

    const discarded = await discardImportDrafts(editor, jobId);
    expect(discarded).toEqual({ ok: true, data: { fileName: "idlib-tolls.csv", discarded: 2, kept: 1 } });
    expect((await importJobOf(editor.id, jobId))?.drafts).toBe(0);
    for (const claim of rest) {
      expect(await exists(claim.id)).toBe(false);
      const history = await historyOf("claim", claim.id);
      expect(history.map((e) => [e.action, e.reason])).toEqual([
        ["create", "From a CSV file: idlib-tolls.csv"],
        ["delete", "Import discarded: idlib-tolls.csv"],
      ]);
      expect(JSON.parse(history[1]?.before ?? "{}")).toMatchObject({
        id: claim.id,
        importJobId: jobId,
        status: "draft",
      });
    }
    expect(await db().claim.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "in_review" });

    // Again: nothing left to discard, the submitted claim still kept.
    expect(await discardImportDrafts(editor, jobId)).toEqual({
      ok: true,
      data: { fileName: "idlib-tolls.csv", discarded: 0, kept: 1 },
    });
  });

  it("an admin may discard anyone's import; an unknown import is not found", async () => {
    const { jobId } = await imported(2, 60);
    expect(await discardImportDrafts(admin, jobId)).toMatchObject({ ok: true, data: { discarded: 2, kept: 0 } });
    const missing = await discardImportDrafts(editor, "no-such-job");
    expect(missing.ok ? null : missing.error.code).toBe("not_found");
  });
});
