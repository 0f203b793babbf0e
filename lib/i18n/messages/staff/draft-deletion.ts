// Deleting a draft, and discarding the drafts an import added: the refusals the data layer
// answers, the buttons and confirmations, and what the pages say afterwards.
// English only for now: French comes with the French staff interface, key for key.
import { englishOnly } from "../../locale";

const plural = (n: number, one: string, other: string) =>
  n === 1 ? one : other.replace("{n}", n.toLocaleString("en"));

export const DRAFT_DELETION_MESSAGES = englishOnly({
  refusals: {
    claimNotFound: "This draft does not exist, or was already deleted. Nothing was changed.",
    notYours: "Only the draft's author or an admin may delete it. Nothing was changed.",
    notADraft: (status: string) =>
      `This claim is now ${status}: only a draft can be deleted (withdraw or reject a claim in review first; retract a published one). Nothing was changed.`,
    stale:
      "This draft changed since you opened it. Reload the page, look at it again, then delete it if you still mean to. Nothing was changed.",
    importNotFound: "There is no such import. Nothing was changed.",
    importNotYours: "Only the editor who imported this file, or an admin, may discard its drafts. Nothing was changed.",
    importNotFinished: "This import has not finished: wait until it has, then discard its drafts. Nothing was changed.",
  },
  /** The history entry's reason when an import is discarded (kept in the record, in English). */
  importDiscardedReason: (fileName: string) => `Import discarded: ${fileName}`,
  deleteDraft: {
    button: "Delete draft",
    question: "Delete this draft?",
    explanation:
      "It leaves every list and cannot be submitted any more. Its history, with what it said, is kept, and says who deleted it.",
    reason: "Reason (optional)",
    reasonHint: "Kept in the history: “duplicate of another claim”, “wrong source”.",
    confirm: "Delete this draft",
    deleting: "Deleting…",
    cancel: "Keep it",
  },
  dashboard: {
    deleted: "Draft deleted. Its history is kept.",
  },
  discardImport: {
    button: "Discard this import's drafts",
    question: "Discard the drafts this file added?",
    explanation:
      "Every claim of this import that is still a draft is deleted, in one step; those already submitted or published are kept. Each keeps its history.",
    confirm: "Discard the drafts",
    discarding: "Discarding…",
    cancel: "Keep them",
    draftsLeft: (n: number) =>
      plural(n, "1 draft of this import is still a draft.", "{n} drafts of this import are still drafts."),
    discarded: (n: number) => plural(n, "1 draft discarded.", "{n} drafts discarded."),
    kept: (n: number) =>
      n === 0
        ? ""
        : plural(
            n,
            " 1 claim was kept: it had already moved on (submitted or published).",
            " {n} claims were kept: they had already moved on (submitted or published).",
          ),
  },
});
