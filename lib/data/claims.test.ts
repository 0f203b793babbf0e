import { describe, expect, it } from "vitest";
import { claimDraftInput, claimUpdateInput, pastedArticleInput } from "@/lib/validation/newsroom";
import { testDatabase } from "@/tests/database/test-database";
import { testDraftForm, testNewsroom, testPerson, testDraftInput } from "@/tests/database/test-newsroom";
import { changeOf } from "@/tests/history-change";
import {
  createDraftClaim,
  createDraftsFromArticle,
  updateDraftClaim,
  submitClaim,
  claimWithHistory,
  editorDashboard,
  DASHBOARD_LIST_SIZE,
} from "./claims";
import { historyOf } from "./history";

// lib/data talks to the app's one client (./db); in tests that client is a new, migrated database
// of this file's own (tests/setup.ts).

const person = (role: "editor" | "reviewer" = "editor") => testPerson(role, "claims");
const newsroom = () => testNewsroom("claims");
const draftInput = testDraftInput;

/** A newsroom of the test's own and its editor's draft of the governor's "at least 29": the form sent, the claim's id. */
async function newDraft() {
  const { editor, quantityId, sourceId } = await newsroom();
  const form = testDraftForm(quantityId, sourceId);
  const created = await createDraftClaim(editor.id, claimDraftInput.parse(form));
  if (!created.ok) throw new Error(created.error.message);
  return { editor, form, claimId: created.data.id };
}

/** The draft's form sent again from `version`, with `changes`. */
const updateOf = (
  claimId: string,
  version: number,
  form: Record<string, string>,
  changes: Record<string, string> = {},
) => claimUpdateInput.parse({ claimId, version: String(version), ...form, ...changes });

describe("logging a claim", () => {
  it("saves a draft written by the editor, with its history entry", async () => {
    const { editor, quantityId, sourceId } = await newsroom();
    const created = await createDraftClaim(editor.id, draftInput(quantityId, sourceId));
    if (!created.ok) throw new Error(created.error.message);
    const found = await claimWithHistory(created.data.id);
    expect(found?.claim).toMatchObject({
      status: "draft",
      authorId: editor.id,
      version: 1,
      low: 29,
      high: null,
    });
    expect(found?.claim.reportedAt.toISOString()).toBe("2020-02-27T22:00:00.000Z");
    expect(found?.history.entries.map((h) => h.action)).toEqual(["create"]);
  });

  it("refuses a quantity or source that does not exist, next to the field", async () => {
    const { editor, quantityId } = await newsroom();
    const created = await createDraftClaim(editor.id, draftInput(quantityId, "nosuchsource"));
    expect(created.ok).toBe(false);
    if (!created.ok) expect(created.error.fields?.sourceId).toMatch(/not in the list/);
  });
});

describe("editing a draft", () => {
  it("saves an edit from the current version and records what changed", async () => {
    const { editor, form, claimId } = await newDraft();
    const updated = await updateDraftClaim(editor, updateOf(claimId, 1, form, { publisher: "Another Wire" }));
    expect(updated).toEqual({ ok: true, data: { id: claimId, version: 2 } });
    const history = await historyOf("claim", claimId);
    expect(history.map((h) => h.action)).toEqual(["create", "update"]);
    expect(changeOf(history[1])).toEqual({
      before: { publisher: "Example Wire", version: 1 },
      after: { publisher: "Another Wire", version: 2 },
    });
  });

  it("refuses a stale edit, changes nothing and answers with the claim as saved now", async () => {
    const { editor, form, claimId } = await newDraft();
    const first = await updateDraftClaim(editor, updateOf(claimId, 1, form, { headline: "First tab" }));
    expect(first.ok).toBe(true);
    const second = await updateDraftClaim(editor, updateOf(claimId, 1, form, { headline: "Second tab" }));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe("conflict");
    expect(second.error.current).toMatchObject({ version: 2, values: { headline: "First tab" } });
    const found = await claimWithHistory(claimId);
    expect(found?.claim.headline).toBe("First tab");
    expect(found?.history.entries).toHaveLength(2);
  });

  it("lets no other editor edit someone's draft, but a reviewer may fix it", async () => {
    const { form, claimId } = await newDraft();
    const stranger = await person("editor");
    const refused = await updateDraftClaim(stranger, updateOf(claimId, 1, form, { headline: "Not mine" }));
    expect(refused.ok ? null : refused.error.code).toBe("forbidden");
    const reviewer = await person("reviewer");
    const fixed = await updateDraftClaim(reviewer, updateOf(claimId, 1, form, { headline: "Fixed" }));
    expect(fixed.ok).toBe(true);
  });
});

describe("submitting for review", () => {
  it("moves a draft to review, once, and records it", async () => {
    const { editor, claimId } = await newDraft();
    const submitted = await submitClaim(editor, { claimId: claimId, version: 1 });
    expect(submitted).toEqual({ ok: true, data: { id: claimId, version: 2 } });
    const found = await claimWithHistory(claimId);
    expect(found?.claim.status).toBe("in_review");
    expect(found?.claim.submittedAt).toBeInstanceOf(Date);
    expect(found?.history.entries.map((h) => h.action)).toEqual(["create", "submit"]);

    const again = await submitClaim(editor, { claimId: claimId, version: 2 });
    expect(again.ok ? null : again.error.code).toBe("conflict");
    const dashboard = await editorDashboard(editor.id);
    expect(dashboard.inReview.map((c) => c.id)).toEqual([claimId]);
    expect(dashboard.drafts).toEqual([]);
  });

  it("refuses to submit a claim that is no longer a draft, or someone else's", async () => {
    const { editor, claimId } = await newDraft();
    const reviewer = await person("reviewer");
    const notTheirs = await submitClaim(reviewer, { claimId: claimId, version: 1 });
    expect(notTheirs.ok ? null : notTheirs.error.code).toBe("forbidden");
    const stale = await submitClaim(editor, { claimId: claimId, version: 7 });
    expect(stale.ok ? null : stale.error.code).toBe("conflict");
    const missing = await submitClaim(editor, { claimId: "nosuchclaim", version: 1 });
    expect(missing.ok ? null : missing.error.code).toBe("not_found");
  });

  it("lists a draft sent back with a note apart from the others", async () => {
    const { editor, claimId } = await newDraft();
    await testDatabase.db.claim.update({
      where: { id: claimId },
      data: { reviewNote: "Check the date." },
    });
    const dashboard = await editorDashboard(editor.id);
    expect(dashboard.sentBack.map((c) => c.reviewNote)).toEqual(["Check the date."]);
    expect(dashboard.drafts).toEqual([]);
  });

  it("shows at most a hundred drafts, newest first, and says how many there are", async () => {
    const { editor, claimId } = await newDraft();
    const template = await testDatabase.db.claim.findUniqueOrThrow({
      where: { id: claimId },
    });
    const fields: Partial<typeof template> = { ...template };
    delete fields.id;
    delete fields.importKey;
    // An import's worth of drafts, the newest last.
    await testDatabase.db.claim.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        ...(fields as Omit<typeof template, "id" | "importKey">),
        updatedAt: new Date(Date.UTC(2030, 0, 1, 0, i)),
      })),
    });
    const dashboard = await editorDashboard(editor.id);
    expect(dashboard.drafts).toHaveLength(DASHBOARD_LIST_SIZE);
    expect(dashboard.counts.drafts).toBe(121);
    expect(dashboard.drafts[0]?.updatedAt.toISOString()).toBe("2030-01-01T01:59:00.000Z");
  });
});

describe("saving the figures of a pasted article", () => {
  const article =
    "At least 29 Turkish soldiers were killed in Idlib, the governor of Hatay said. " +
    "The Observatory said more than 30 had died. Turkey hosts 3.7 million refugees.";

  const pasted = (quantityId: string, sourceId: string, figures: { start: number; end: number; sourceId?: string }[]) =>
    pastedArticleInput.parse({
      articleText: article,
      language: "en",
      articleUrl: "https://example.org/article",
      archiveUrl: "",
      publisher: "Example Wire",
      headline: "Strikes in Idlib",
      publishedAt: "2020-02-28T06:00",
      relayedById: "",
      reportedAt: "2020-02-28T06:00",
      figures: figures.map((f) => ({
        start: String(f.start),
        end: String(f.end),
        quantityId,
        sourceId: f.sourceId ?? sourceId,
      })),
    });

  const place = (quote: string) => ({
    start: article.indexOf(quote),
    end: article.indexOf(quote) + quote.length,
  });

  it("saves every ticked figure as a draft with its own sentence", async () => {
    const { editor, quantityId, sourceId } = await newsroom();
    const saved = await createDraftsFromArticle(
      editor.id,
      pasted(quantityId, sourceId, [place("At least 29"), place("more than 30")]),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.data.ids).toHaveLength(2);
    const second = await claimWithHistory(saved.data.ids[1] as string);
    expect(second?.claim).toMatchObject({
      quote: "more than 30",
      low: 31,
      sentence: "The Observatory said more than 30 had died.",
      articleText: article,
    });
  });

  it("saves nothing when one figure cannot be saved", async () => {
    const { editor, quantityId, sourceId } = await newsroom();
    const before = await editorDashboard(editor.id);
    const saved = await createDraftsFromArticle(
      editor.id,
      pasted(quantityId, sourceId, [place("At least 29"), { ...place("more than 30"), sourceId: "gone" }]),
    );
    expect(saved.ok).toBe(false);
    if (!saved.ok)
      expect(saved.error.fields).toEqual({
        "figures.1.sourceId": expect.stringMatching(/not in the list/),
      });
    expect((await editorDashboard(editor.id)).drafts).toHaveLength(before.drafts.length);
  });

  it("refuses a place where the engine finds no figure", async () => {
    const { editor, quantityId, sourceId } = await newsroom();
    const saved = await createDraftsFromArticle(editor.id, pasted(quantityId, sourceId, [{ start: 0, end: 5 }]));
    expect(saved.ok ? null : saved.error.fields?.["figures.0.figure"]).toMatch(/no longer in the text/);
  });
});
