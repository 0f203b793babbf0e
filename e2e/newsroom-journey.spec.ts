import { expect, test, type Page } from "@playwright/test";
import {
  createSourceInPicker,
  dashboardSection,
  keepFiguresOfNewSource,
  pasteFloodsArticle,
  saveKeptFigures,
  storyWithQuantity,
  submitDrafts,
} from "./pages/newsroom";
import { queueItem } from "./pages/review-queue";
import { screenshot } from "./support/screenshot";
import { signInAs, TEST_USERS } from "./support/session";

// The whole working loop, as the newsroom lives it, with an editor and a reviewer each in a
// browser of their own: the editor pastes an article, keeps three figures and submits them; the
// reviewer approves two and sends one back with a note; the editor fixes it and resubmits; the
// reviewer approves it; and the claim's history tells every step and who took it.

const tagOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Approves one claim of the queue, from its review page. */
async function approveFromQueue(reviewer: Page, quantity: string, quote: string) {
  await reviewer.goto("/review");
  await queueItem(reviewer, quantity, quote)
    .getByRole("link", { name: /^Review/ })
    .click();
  await expect(reviewer.getByRole("heading", { level: 1, name: quantity })).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer).toHaveURL(/\/review\?done=approved/);
  await expect(reviewer.getByRole("status")).toContainText(`Approved: ${quote} (`);
}

test("an article's figures go from the editor's paste to published, one sent back, fixed and approved", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const tag = tagOf();
  const governor = `Governor of the valley ${tag}`;
  const rescuers = `Rescue service of the valley ${tag}`;
  const note = `The rescuers said “more than 30”, not the governor: give it to ${rescuers}.`;

  // Two people, two browsers: the editor on the test's page, the reviewer in a context of their own.
  const editor = page;
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  try {
    // The reviewer's browser is the project's too: the same phone or desktop screen.
    expect(reviewer.viewportSize()).toEqual(editor.viewportSize());
    await signInAs(editor, "editor");
    await signInAs(reviewer, "reviewer");

    // 1. The editor: a story and its quantity, an article pasted, three figures kept.
    const quantity = await storyWithQuantity(editor, tag);
    const later = [
      "Rescuers said more than 30 had died.",
      "On Saturday the governor said at least 42 people had died.",
    ];
    await pasteFloodsArticle(editor, tag, later, {
      url: "https://example.org/floods-journey",
      publishedAt: "2021-07-17T09:30",
    });
    // The editor, in a hurry, gives the rescuers' figure ("more than 30") to the governor too.
    const governorSource = { search: `valley ${tag}`, name: governor };
    await keepFiguresOfNewSource(editor, { search: tag, label: quantity }, governorSource, [
      "At least 29",
      "more than 30",
      "at least 42",
    ]);
    await saveKeptFigures(editor, 3);
    await submitDrafts(editor, quantity, ["At least 29", "more than 30", "at least 42"]);
    await expect(dashboardSection(editor, "In review").getByRole("listitem").filter({ hasText: quantity })).toHaveCount(
      3,
    );

    // 2. The reviewer: the three wait in the queue, oldest first; two approved, one sent back.
    await reviewer.goto("/review");
    const waiting = reviewer.getByRole("listitem").filter({ hasText: quantity });
    await expect(waiting).toHaveCount(3);
    await expect(waiting.nth(0)).toContainText("At least 29");
    await expect(waiting.nth(0)).toContainText(TEST_USERS.editor.name);
    await approveFromQueue(reviewer, quantity, "At least 29");
    await approveFromQueue(reviewer, quantity, "at least 42");

    await queueItem(reviewer, quantity, "more than 30")
      .getByRole("link", { name: /^Review/ })
      .click();
    await expect(reviewer.getByRole("heading", { level: 1, name: quantity })).toBeVisible();
    await reviewer.getByRole("textbox", { name: "Note for the editor" }).fill(note);
    await reviewer.getByRole("button", { name: "Send back with note" }).click();
    await expect(reviewer).toHaveURL(/\/review\?done=rejected/);
    await expect(reviewer.getByRole("status")).toContainText("Sent back: more than 30 (");
    await expect(reviewer.getByRole("listitem").filter({ hasText: quantity })).toHaveCount(0);

    // 3. The editor: the two approved are published, the third is back with the reviewer's note.
    await editor.goto("/dashboard");
    await expect(
      dashboardSection(editor, "Recently published").getByRole("listitem").filter({ hasText: quantity }),
    ).toHaveCount(2);
    await expect(dashboardSection(editor, "In review").getByRole("listitem").filter({ hasText: quantity })).toHaveCount(
      0,
    );
    const sentBack = dashboardSection(editor, "Sent back to you").getByRole("listitem").filter({ hasText: quantity });
    await expect(sentBack).toHaveCount(1);
    await expect(sentBack).toContainText("more than 30");
    await expect(sentBack).toContainText(`${TEST_USERS.reviewer.name}: ${note}`);

    // The fix: the figure goes to the source who gave it, a new one made from the picker.
    await sentBack.getByRole("link", { name: "Fix it" }).click();
    await expect(editor).toHaveURL(/\/claims\/[A-Za-z0-9_-]+/);
    const claimPath = new URL(editor.url()).pathname;
    await expect(editor.getByRole("note")).toContainText(`Sent back by ${TEST_USERS.reviewer.name}: ${note}`);
    const edit = editor.getByRole("region", { name: "Edit this draft" });
    await edit.getByRole("button", { name: `Change source: ${governor}` }).click();
    await createSourceInPicker(edit, rescuers, { kind: "ngo", country: "Germany" });
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    const history = editor.getByRole("region", { name: "History" });
    // The page has caught up with the saved version before it is sent again.
    await expect(history).toContainText(`${TEST_USERS.editor.name} edited it`);
    await expect(editor.getByRole("heading", { level: 1 })).toContainText(`${rescuers}: “more than 30”`);
    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByText("In review", { exact: true }).first()).toBeVisible();

    await editor.goto("/dashboard");
    await expect(
      dashboardSection(editor, "Sent back to you").getByRole("listitem").filter({ hasText: quantity }),
    ).toHaveCount(0);
    await expect(dashboardSection(editor, "In review").getByRole("listitem").filter({ hasText: quantity })).toHaveCount(
      1,
    );

    // 4. The reviewer approves the fixed claim; nothing of the quantity waits any more.
    await reviewer.goto("/review");
    await expect(queueItem(reviewer, quantity, "more than 30")).toContainText(rescuers);
    await approveFromQueue(reviewer, quantity, "more than 30");
    await expect(reviewer.getByRole("listitem").filter({ hasText: quantity })).toHaveCount(0);

    // 5. The claim's history: every step, in order, with who took it.
    await editor.goto(claimPath);
    await expect(editor.getByRole("heading", { level: 1 })).toContainText(`${rescuers}: “more than 30”`);
    await expect(editor.getByText("Published", { exact: true }).first()).toBeVisible();
    const entries = history.getByRole("listitem").filter({ has: editor.getByRole("time") });
    await expect(entries).toHaveText([
      new RegExp(`^${TEST_USERS.editor.name} created it`),
      new RegExp(`^${TEST_USERS.editor.name} sent it for review`),
      new RegExp(`^${TEST_USERS.reviewer.name} sent it back`),
      new RegExp(`^${TEST_USERS.editor.name} edited it`),
      new RegExp(`^${TEST_USERS.editor.name} sent it for review`),
      new RegExp(`^${TEST_USERS.reviewer.name} approved and published it`),
    ]);
    await expect(entries.nth(2)).toContainText(note);
    // The edit says, in names a person reads, which source was swapped for which.
    await expect(entries.nth(3)).toContainText(`source: ${governor} → ${rescuers}`);
    await expect(editor.getByRole("region", { name: "Edit this draft" })).toHaveCount(0);
    await screenshot(editor, "journey-history", project);
  } finally {
    await reviewerContext.close();
  }
});
