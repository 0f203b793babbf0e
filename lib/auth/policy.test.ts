import { describe, expect, it } from "vitest";
import {
  may,
  mayDecideClaim,
  mayDeleteDraft,
  mayDiscardImport,
  mayEditClaim,
  mayManageUser,
  mayRateClaim,
  mayRetractClaim,
  type Role,
} from "./policy";

const editor = { id: "e1", role: "editor" as Role };
const reviewer = { id: "r1", role: "reviewer" as Role };
const admin = { id: "a1", role: "admin" as Role };

describe("the role table", () => {
  it.each([
    ["editor", "write_newsroom", true],
    ["editor", "review", false],
    ["editor", "manage_users", false],
    ["reviewer", "review", true],
    ["reviewer", "manage_users", false],
    ["admin", "manage_users", true],
  ] as const)("a %s may %s: %s", (role, permission, expected) => {
    expect(may(role, permission)).toBe(expected);
  });

  it("a visitor may do nothing a signed-in person does", () => {
    expect(may(null, "read_staff")).toBe(false);
  });
});

describe("claims", () => {
  it("a reviewer cannot approve or reject a claim they wrote", () => {
    expect(mayDecideClaim(reviewer, { authorId: "r1", status: "in_review" })).toBe(false);
    expect(mayDecideClaim(reviewer, { authorId: "e1", status: "in_review" })).toBe(true);
  });

  it("an editor cannot decide any claim, even someone else's", () => {
    expect(mayDecideClaim(editor, { authorId: "x", status: "in_review" })).toBe(false);
  });

  it("only claims in review can be decided", () => {
    expect(mayDecideClaim(admin, { authorId: "e1", status: "draft" })).toBe(false);
  });

  it("an editor edits their own drafts, not others', and nothing once submitted", () => {
    expect(mayEditClaim(editor, { authorId: "e1", status: "draft" })).toBe(true);
    expect(mayEditClaim(editor, { authorId: "e2", status: "draft" })).toBe(false);
    expect(mayEditClaim(editor, { authorId: "e1", status: "in_review" })).toBe(false);
  });

  it("a draft is deleted by its author or an admin, not by a reviewer or another editor, and only while a draft", () => {
    expect(mayDeleteDraft(editor, { authorId: "e1", status: "draft" })).toBe(true);
    expect(mayDeleteDraft(editor, { authorId: "e2", status: "draft" })).toBe(false);
    expect(mayDeleteDraft(reviewer, { authorId: "e1", status: "draft" })).toBe(false);
    expect(mayDeleteDraft(admin, { authorId: "e1", status: "draft" })).toBe(true);
    for (const status of ["in_review", "published", "retracted"] as const) {
      expect(mayDeleteDraft(editor, { authorId: "e1", status })).toBe(false);
      expect(mayDeleteDraft(admin, { authorId: "e1", status })).toBe(false);
    }
  });

  it("an import's drafts are discarded by whoever imported the file, or an admin", () => {
    expect(mayDiscardImport(editor, { userId: "e1" })).toBe(true);
    expect(mayDiscardImport(editor, { userId: "e2" })).toBe(false);
    expect(mayDiscardImport(reviewer, { userId: "e1" })).toBe(false);
    expect(mayDiscardImport(admin, { userId: "e1" })).toBe(true);
  });

  it("only published claims are retracted, and only by reviewers", () => {
    expect(mayRetractClaim(reviewer, { authorId: "e1", status: "published" })).toBe(true);
    expect(mayRetractClaim(reviewer, { authorId: "e1", status: "in_review" })).toBe(false);
    expect(mayRetractClaim(editor, { authorId: "e1", status: "published" })).toBe(false);
  });

  it("a reviewer who changed an editor's claim cannot approve, reject or rate it: another reviewer must", () => {
    // The 29 that became 77: the editor wrote it, reviewer r1 changed the figure, the editor submitted it.
    const rewritten = { authorId: "e1", status: "in_review" as const, changedBy: ["e1", "r1"] };
    expect(mayDecideClaim(reviewer, rewritten)).toBe(false);
    expect(mayRateClaim(reviewer, rewritten)).toBe(false);
    const otherReviewer = { id: "r2", role: "reviewer" as Role };
    expect(mayDecideClaim(otherReviewer, rewritten)).toBe(true);
    expect(mayRateClaim(otherReviewer, rewritten)).toBe(true);
    // An admin is held to the same rule.
    expect(mayDecideClaim(admin, { ...rewritten, changedBy: ["a1"] })).toBe(false);
  });

  it("changing a claim does not stop a reviewer from retracting it once published", () => {
    expect(mayRetractClaim(reviewer, { authorId: "e1", status: "published", changedBy: ["r1"] })).toBe(true);
  });

  it("a reviewer does not rate their own claim", () => {
    expect(mayRateClaim(reviewer, { authorId: "r1", status: "published" })).toBe(false);
    expect(mayRateClaim(reviewer, { authorId: "e1", status: "published" })).toBe(true);
  });
});

describe("users", () => {
  it("an admin manages others but not themselves", () => {
    expect(mayManageUser(admin, "e1")).toBe(true);
    expect(mayManageUser(admin, "a1")).toBe(false);
    expect(mayManageUser(reviewer, "e1")).toBe(false);
  });
});
