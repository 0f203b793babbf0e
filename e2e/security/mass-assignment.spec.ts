import { expect } from "@playwright/test";
import { draftFields } from "../support/claim-fields";
import { insertAtLeast, ministryQuantity } from "../support/review-fixtures";
import { callAction, createAccount, readRow, readRows, runStatement, test, type FormFields } from "./support";

// Mass assignment: every action that writes, called with its real fields plus the ones the
// server alone decides (status, author, reviewer, version, id, role, password hash...). The
// database afterwards shows the server's values: the extra fields were dropped, never stored.
test.skip(({ isMobile }) => isMobile, "one run is enough: the calls do not depend on the screen");

/** What an attacker would love to set on anything. */
const FORGED = {
  id: "forged-id",
  status: "published",
  authorId: "forged-author",
  reviewerId: "forged-reviewer",
  version: "99",
  rating: "confirmed",
  ratingExplanation: "forged reason",
  reviewNote: "forged note",
  reviewedAt: "2000-01-01T00:00:00.000Z",
  createdAt: "2000-01-01T00:00:00.000Z",
  slug: "forged-slug",
  key: "forged-key",
  role: "admin",
  disabled: "true",
  sessionVersion: "99",
  passwordHash: "forged-hash",
} satisfies FormFields;

test("creating a story, a quantity and a source keeps the server's id, slug, key and version", async ({ signedIn }) => {
  const { request, tag } = await signedIn("editor");

  const story = await callAction(request, "app/stories/actions.ts#createStoryAction", {
    form: { title: `Mass assignment ${tag}`, date: "2020-02-27", ...FORGED },
  });
  expect(story.redirect, story.body).toMatch(/^\/stories\/[^/?]+\?created=1$/);
  const storyRow = await readRow(
    `SELECT "id", "slug", "version" FROM "Story" WHERE "title" = ?`,
    `Mass assignment ${tag}`,
  );
  expect(storyRow).toMatchObject({ version: 1 });
  expect(storyRow?.id).not.toBe(FORGED.id);
  expect(storyRow?.slug).not.toBe(FORGED.slug);

  const quantity = await callAction(request, "app/stories/actions.ts#createQuantityAction", {
    form: {
      ...FORGED,
      storyId: storyRow?.id as string,
      label: `Soldiers ${tag}`,
      measure: "killed",
      headlinePolicy: "range",
    },
  });
  expect(quantity.code, quantity.body).toBeNull();
  const quantityRow = await readRow(
    `SELECT "id", "storyId", "version" FROM "Quantity" WHERE "label" = ?`,
    `Soldiers ${tag}`,
  );
  expect(quantityRow).toMatchObject({ storyId: storyRow?.id, version: 1 });
  expect(quantityRow?.id).not.toBe(FORGED.id);

  const source = await callAction(request, "app/sources/actions.ts#createSourceAction", {
    form: { ...FORGED, name: `Ministry ${tag}`, kind: "government" },
  });
  expect(source.code, source.body).toBeNull();
  const sourceRow = await readRow(`SELECT "id", "key", "version" FROM "Source" WHERE "name" = ?`, `Ministry ${tag}`);
  expect(sourceRow).toMatchObject({ version: 1 });
  expect(sourceRow?.id).not.toBe(FORGED.id);
  expect(sourceRow?.key).not.toBe(FORGED.key);
});

test("a new claim, a pasted article's claims and an edit stay drafts of their real author", async ({ signedIn }) => {
  const { account: editor, request, tag } = await signedIn("editor");
  const { quantityId, sourceId } = await ministryQuantity(tag);

  const created = await callAction(request, "app/claims/actions.ts#createDraftAction", {
    form: { ...FORGED, ...draftFields(tag, quantityId, sourceId) },
  });
  expect(created.redirect, created.body).toMatch(/^\/claims\/[^/?]+\?saved=new$/);
  const claimId = /^\/claims\/([^/?]+)/.exec(created.redirect as string)?.[1];
  const draft = await readRow(`SELECT * FROM "Claim" WHERE "id" = ?`, claimId);
  expect(draft).toMatchObject({
    status: "draft",
    authorId: editor.id,
    reviewerId: null,
    version: 1,
    rating: "unverified",
    ratingExplanation: null,
    reviewNote: null,
  });

  const edited = await callAction(request, "app/claims/actions.ts#updateDraftAction", {
    form: {
      ...FORGED,
      ...draftFields(`${tag} edited`, quantityId, sourceId),
      claimId: claimId as string,
      version: "1",
    },
  });
  expect(edited.code, edited.body).toBeNull();
  expect(await readRow(`SELECT * FROM "Claim" WHERE "id" = ?`, claimId)).toMatchObject({
    status: "draft",
    authorId: editor.id,
    reviewerId: null,
    version: 2,
    rating: "unverified",
    ratingExplanation: null,
    sentence: `Officials said at least 29 soldiers were killed (${tag} edited).`,
  });

  // The pasted article is sent as a plain object: forged fields at the top and in each figure.
  const articleText = `Officials said at least 29 soldiers were killed in the strike (${tag}).`;
  const article = {
    ...FORGED,
    articleText,
    language: "en",
    reportedAt: "2020-02-27T22:00",
    figures: [{ ...FORGED, start: 15, end: 26, quantityId, sourceId }],
  };
  const pasted = await callAction(request, "app/claims/actions.ts#saveArticleDraftsAction", {
    json: JSON.stringify([article]),
  });
  expect(pasted.redirect, pasted.body).toBe("/dashboard?saved=1");
  expect(
    await readRow(
      `SELECT "status", "authorId", "reviewerId", "version", "rating" FROM "Claim" WHERE "articleText" = ?`,
      articleText,
    ),
  ).toEqual({
    status: "draft",
    authorId: editor.id,
    reviewerId: null,
    version: 1,
    rating: "unverified",
  });
});

test("a reviewer's decisions set only what each decision sets, with the reviewer as the real one", async ({
  signedIn,
}) => {
  const { account: reviewer, request, tag } = await signedIn("reviewer");
  const quantity = await ministryQuantity(tag);
  const newClaim = async (status: "in_review" | "published") => {
    const { id } = await insertAtLeast(quantity, "ministry", 29, {
      sentence: `At least 29 soldiers were killed (${tag}).`,
      status,
    });
    return id;
  };
  const read = (id: string) =>
    readRow(
      `SELECT "status", "authorId", "reviewerId", "version", "rating", "ratingExplanation", "reviewNote", "retractionReason" FROM "Claim" WHERE "id" = ?`,
      id,
    );

  // Each decision on a claim of its own: the claim's status before, the action and its real
  // fields, where it sends the reviewer, and what the claim then holds.
  const decisions: {
    from: "in_review" | "published";
    action: string;
    fields: FormFields;
    done: RegExp;
    after: Record<string, unknown>;
  }[] = [
    {
      from: "in_review",
      action: "approveClaimAction",
      fields: { status: "retracted" },
      done: /^\/review\?done=approved/,
      after: {
        status: "published",
        reviewerId: reviewer.id,
        version: 2,
        rating: "unverified",
        ratingExplanation: null,
        reviewNote: null,
      },
    },
    {
      from: "in_review",
      action: "rejectClaimAction",
      fields: { note: "Check the figure." },
      done: /^\/review\?done=rejected/,
      after: {
        status: "draft",
        reviewerId: reviewer.id,
        version: 2,
        rating: "unverified",
        reviewNote: "Check the figure.",
      },
    },
    {
      from: "published",
      action: "rateClaimAction",
      fields: { status: "draft", rating: "disputed", ratingExplanation: "The ministry says 33." },
      done: /\?done=rated$/,
      after: { status: "published", rating: "disputed", ratingExplanation: "The ministry says 33.", reviewNote: null },
    },
    {
      from: "published",
      action: "retractClaimAction",
      fields: { reason: "The ministry withdrew it." },
      done: /\?done=retracted$/,
      after: {
        status: "retracted",
        rating: "unverified",
        retractionReason: "The ministry withdrew it.",
        reviewNote: null,
      },
    },
  ];
  // The author of the first claim: every decision leaves it as it was.
  let author: unknown;
  for (const { from, action, fields, done, after } of decisions) {
    const claimId = await newClaim(from);
    author ??= (await read(claimId))?.authorId;
    const answer = await callAction(request, `app/review/actions.ts#${action}`, {
      form: { ...FORGED, claimId, version: "1", ...fields },
    });
    expect(answer.redirect, answer.body).toMatch(done);
    expect(await read(claimId)).toMatchObject({ ...after, authorId: author });
  }
});

test("inviting someone and changing a role set only the name, email and role", async ({ signedIn }) => {
  const { request, tag } = await signedIn("admin");
  const email = `invited-${tag}@e2e.example`;

  const invite = await callAction(request, "app/admin/users/actions.ts#inviteUserAction", {
    form: { ...FORGED, role: "editor", name: `Invited ${tag}`, email },
  });
  expect(invite.code, invite.body).toBeNull();
  const invited = await readRow(
    `SELECT "id", "role", "disabled", "sessionVersion", "passwordHash" FROM "User" WHERE "email" = ?`,
    email,
  );
  expect(invited).toMatchObject({ role: "editor", disabled: 0, sessionVersion: 0 });
  expect(invited?.id).not.toBe(FORGED.id);
  expect(invited?.passwordHash).toMatch(/^\$2[aby]\$/);

  const target = await createAccount("editor");
  const change = await callAction(request, "app/admin/users/actions.ts#changeUserRoleAction", {
    form: {
      ...FORGED,
      userId: target.id,
      role: "reviewer",
      email: `forged-${tag}@evil.example`,
      name: "Forged",
    },
  });
  expect(change.code, change.body).toBeNull();
  expect(
    await readRow(`SELECT "email", "role", "disabled", "passwordHash" FROM "User" WHERE "id" = ?`, target.id),
  ).toMatchObject({
    email: target.email,
    role: "reviewer",
    disabled: 0,
  });
  expect((await readRow(`SELECT "passwordHash" FROM "User" WHERE "id" = ?`, target.id))?.passwordHash).not.toBe(
    FORGED.passwordHash,
  );
});

test("a saved filter belongs to whoever saves it, and only they can delete it", async ({ signedIn }) => {
  const { account: editor, request, tag } = await signedIn("editor");
  const other = await createAccount("editor");

  const saved = await callAction(request, "app/claims/bulk-actions.ts#saveFilterAction", {
    form: { ...FORGED, userId: other.id, name: `Mine ${tag}`, filter: "status=draft&author=me" },
  });
  expect(saved.code, saved.body).toBeNull();
  const row = await readRow(`SELECT "id", "userId", "query" FROM "SavedFilter" WHERE "name" = ?`, `Mine ${tag}`);
  expect(row).toMatchObject({ userId: editor.id, query: "status=draft&author=me" });
  expect(row?.id).not.toBe(FORGED.id);

  // Another person's request naming this filter deletes nothing: the row is looked up as theirs.
  const { request: otherRequest } = await signedIn("editor");
  const refused = await callAction(otherRequest, "app/claims/bulk-actions.ts#deleteSavedFilterAction", {
    form: { ...FORGED, filterId: row?.id as string, userId: editor.id },
  });
  expect(refused.code, refused.body).toBe("not_found");
  expect(await readRows(`SELECT "id" FROM "SavedFilter" WHERE "id" = ?`, row?.id)).toHaveLength(1);
});

test("deleting drafts and discarding an import act as the real person, on what they may delete", async ({
  signedIn,
}) => {
  const { account: author, request, tag } = await signedIn("editor");
  const { account: other, request: otherRequest } = await signedIn("editor");
  const { quantityId, sourceId } = await ministryQuantity(tag);
  const draft = async (suffix: string) => {
    const created = await callAction(request, "app/claims/actions.ts#createDraftAction", {
      form: draftFields(`${tag} ${suffix}`, quantityId, sourceId),
    });
    return /^\/claims\/([^/?]+)/.exec(created.redirect ?? "")?.[1] as string;
  };
  const [single, bulk, imported] = [await draft("single"), await draft("bulk"), await draft("imported")];
  const deletedBy = (id: string) =>
    readRow(`SELECT "actorId", "reason" FROM "HistoryEntry" WHERE "entityId" = ? AND "action" = 'delete'`, id);

  // Someone else naming the author, an author id or a role deletes nothing.
  const forged = { ...FORGED, authorId: other.id, actorId: author.id, userId: author.id };
  const refused = await callAction(otherRequest, "app/claims/delete-actions.ts#deleteDraftAction", {
    form: { ...forged, claimId: single, version: "1" },
  });
  expect(refused.code, refused.body).toBe("forbidden");
  const refusedBulk = await callAction(otherRequest, "app/claims/bulk-actions.ts#bulkDeleteDraftsAction", {
    form: { ...forged, scope: "selected", claim: `${bulk}:1`, filter: "" },
  });
  expect(refusedBulk.body).toContain('"not_yours":1');
  expect(await readRows(`SELECT "id" FROM "Claim" WHERE "id" IN (?, ?)`, single, bulk)).toHaveLength(2);

  // The author's own delete is recorded as theirs, whatever actor the form names.
  const deleted = await callAction(request, "app/claims/delete-actions.ts#deleteDraftAction", {
    form: { ...FORGED, actorId: other.id, claimId: single, version: "1", reason: `Duplicate ${tag}` },
  });
  expect(deleted.redirect, deleted.body).toBe("/dashboard?deleted=1");
  expect(await deletedBy(single)).toEqual({ actorId: author.id, reason: `Duplicate ${tag}` });
  const bulkDeleted = await callAction(request, "app/claims/bulk-actions.ts#bulkDeleteDraftsAction", {
    form: { ...FORGED, actorId: other.id, scope: "selected", claim: `${bulk}:1`, filter: "" },
  });
  expect(bulkDeleted.body).toContain('"done":1');
  expect(await deletedBy(bulk)).toMatchObject({ actorId: author.id });

  // An import of the author's: another editor naming the author as its owner discards nothing.
  const jobId = `job-${tag}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const now = new Date();
  await runStatement(
    `INSERT INTO "ImportJob" ("id", "userId", "fileName", "contentHash", "quantityId", "total", "done", "status", "createdAt", "updatedAt", "finishedAt")
     VALUES (?, ?, ?, 'hash', ?, 1, 1, 'done', ?, ?, ?)`,
    jobId,
    author.id,
    `forged-${tag}.csv`,
    quantityId,
    now,
    now,
    now,
  );
  await runStatement(`UPDATE "Claim" SET "importJobId" = ? WHERE "id" = ?`, jobId, imported);
  const refusedDiscard = await callAction(otherRequest, "app/claims/delete-actions.ts#discardImportAction", {
    form: { ...forged, jobId },
  });
  expect(refusedDiscard.code, refusedDiscard.body).toBe("forbidden");
  expect(await readRows(`SELECT "id" FROM "Claim" WHERE "id" = ?`, imported)).toHaveLength(1);
  const discarded = await callAction(request, "app/claims/delete-actions.ts#discardImportAction", {
    form: { ...FORGED, userId: other.id, jobId },
  });
  expect(discarded.code, discarded.body).toBeNull();
  expect(await deletedBy(imported)).toEqual({ actorId: author.id, reason: `Import discarded: forged-${tag}.csv` });
});

test("merging two sources records the real reviewer and keeps the kept source's key and id", async ({ signedIn }) => {
  const { account: reviewer, request, tag } = await signedIn("reviewer");
  const kept = await ministryQuantity(tag);
  const { sourceId: twice } = await ministryQuantity(`${tag}-twice`);
  const before = await readRow(`SELECT "id", "key", "version" FROM "Source" WHERE "id" = ?`, kept.sourceId);

  const merged = await callAction(request, "app/sources/actions.ts#mergeSourcesAction", {
    form: { ...FORGED, actorId: "forged-actor", fromId: twice, fromVersion: "1", intoId: kept.sourceId },
  });
  expect(merged.redirect, merged.body).toBe(`/sources?merged=${kept.sourceId}&moved=0`);
  expect(await readRow(`SELECT "id", "key", "version" FROM "Source" WHERE "id" = ?`, kept.sourceId)).toEqual({
    ...before,
    version: Number(before?.version) + 1,
  });
  expect(
    await readRows(
      `SELECT "actorId" FROM "HistoryEntry" WHERE "entityType" = 'source' AND "entityId" IN (?, ?) AND "action" = 'merge'`,
      twice,
      kept.sourceId,
    ),
  ).toEqual([{ actorId: reviewer.id }, { actorId: reviewer.id }]);
  expect(await readRow(`SELECT "formerId" FROM "SourceAlias" WHERE "sourceId" = ?`, kept.sourceId)).toEqual({
    formerId: twice,
  });
});
