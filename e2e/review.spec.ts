import { expect, test, type Page } from "@playwright/test";
import { queueItem } from "./pages/review-queue";
import { screenshot } from "./support/screenshot";
import {
  createQuantity,
  historyActions,
  insertAtLeast,
  insertClaim,
  observatoryMoreThan30,
  readClaim,
  uniqueTag,
} from "./support/review-fixtures";
import { signInAs, TEST_USERS } from "./support/session";

const HOUR = 60 * 60 * 1000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

const ARTICLE = [
  "ANKARA, 28 February 2020 (Test Wire).",
  "At least 29 Turkish soldiers were killed in air strikes in Idlib, the governor of Hatay said. Dozens more were wounded.",
  "The toll was expected to rise as families were told overnight.",
  "Ankara said it had hit back at Syrian government positions.",
].join("\n");

/** A quantity of its own, with two sources: the Governor of Hatay and the Syrian Observatory. */
const hatayAndObservatory = () =>
  createQuantity(uniqueTag(), { sources: { hatay: "Governor of Hatay", osdh: "Syrian Observatory" } });

/** On another claim's page, its approval form turned on `claimId` (the id and version in its hidden fields), and posted. */
async function approveThroughAnotherForm(page: Page, claimId: string) {
  const approve = page.getByRole("form", { name: "Approve" });
  await approve
    .locator('input[name="claimId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), claimId);
  await approve
    .locator('input[name="version"]')
    .evaluate(
      (input, version) => ((input as HTMLInputElement).value = String(version)),
      (await readClaim(claimId)).version,
    );
  await approve.getByRole("button", { name: "Approve and publish" }).click();
  return approve;
}

test("a reviewer approves two claims and sends one back with a note", async ({ page }, testInfo) => {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, {
    sources: { hatay: "Governor of Hatay", osdh: "Syrian Observatory", local: "Local council" },
  });
  const base = { quantityId: quantity.quantityId, author: "editor" as const };
  const hatay = await insertAtLeast(quantity, "hatay", 29, {
    quote: "At least 29",
    sentence: "At least 29 Turkish soldiers were killed in air strikes in Idlib, the governor of Hatay said.",
    articleText: ARTICLE,
    submittedAt: ago(3),
  });
  const osdh = await insertClaim({
    ...base,
    sourceId: quantity.sources.osdh as string,
    quote: "more than 30",
    low: 31,
    high: null,
    qualifier: "more_than",
    sentence: "The Observatory said more than 30 soldiers had died.",
    reportedAt: new Date("2020-02-27T23:30:00Z"),
    submittedAt: ago(2),
  });
  const local = await insertClaim({
    ...base,
    sourceId: quantity.sources.local as string,
    quote: "fewer than 20",
    low: null,
    high: 19,
    qualifier: "less_than",
    sentence: "A local council said fewer than 20 soldiers were killed.",
    reportedAt: new Date("2020-02-28T06:00:00Z"),
    submittedAt: ago(1),
  });

  await signInAs(page, "reviewer");
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();

  // Oldest submitted first, each with its quantity, source, quote, figure, author and time.
  const ours = page.getByRole("listitem").filter({ hasText: quantity.label });
  await expect(ours).toHaveCount(3);
  await expect(ours.nth(0)).toContainText("At least 29");
  await expect(ours.nth(1)).toContainText("more than 30");
  await expect(ours.nth(2)).toContainText("fewer than 20");
  const first = ours.nth(0);
  await expect(first).toContainText("29 or more");
  await expect(first).toContainText(`Governor of Hatay (${tag})`);
  await expect(first).toContainText(TEST_USERS.editor.name);
  await expect(first).toContainText(/Submitted\s*\d{1,2} \w{3} \d{4}/);
  await screenshot(page, "review-queue", testInfo.project.name);

  // The first claim on the quantity: nothing to compare yet; the sentence shows in its article.
  await queueItem(page, quantity.label, "At least 29")
    .getByRole("link", { name: /^Review/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: quantity.label })).toBeVisible();
  await expect(page.getByRole("region", { name: "In its article" }).locator("mark").first()).toHaveText(
    "At least 29 Turkish soldiers were killed in air strikes in Idlib, the governor of Hatay said.",
  );
  const preview = page.getByRole("region", { name: "What this decision changes" });
  await expect(preview).toContainText("No published claim yet: nothing to compare.");
  await expect(preview).toContainText("If approved");
  await expect(preview).toContainText("One source it says 29 or more.");
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page).toHaveURL(/\/review\?done=approved/);
  await expect(page.getByRole("status")).toContainText(`Approved: At least 29 (Governor of Hatay (${tag})`);

  // The second: approving it would make the quantity compatible, at least 31.
  await queueItem(page, quantity.label, "more than 30")
    .getByRole("link", { name: /^Review/ })
    .click();
  await expect(preview).toContainText("Compatible the figures differ, yet together they say 31 or more.");
  await expect(preview).toContainText(
    `Governor of Hatay (${tag}) (“At least 29”) and Syrian Observatory (${tag}) (“more than 30”) can both be true: both allow 31 or more.`,
  );
  await expect(
    page.getByRole("region", { name: "Other claims on this quantity" }).getByRole("row", { name: /At least 29/ }),
  ).toContainText("Published");
  await screenshot(page, "review-claim", testInfo.project.name);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("status")).toContainText("Approved: more than 30 (");

  // The third would bring a conflict; it goes back to its editor, and only with a note.
  await queueItem(page, quantity.label, "fewer than 20")
    .getByRole("link", { name: /^Review/ })
    .click();
  await expect(preview).toContainText("Conflict");
  await page.getByRole("button", { name: "Send back with note" }).click();
  const note = page.getByRole("textbox", { name: "Note for the editor" });
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(note).toHaveAccessibleDescription(/Write a note for the editor: what should they check or fix\?/);
  await screenshot(page, "review-reject-note-required", testInfo.project.name);
  expect((await readClaim(local.id)).status).toBe("in_review");

  await note.fill("The council's figure is from before the overnight strikes: check the date it was given.");
  await page.getByRole("button", { name: "Send back with note" }).click();
  await expect(page).toHaveURL(/\/review\?done=rejected/);
  await expect(page.getByRole("status")).toContainText("Sent back: fewer than 20 (");
  await expect(page.getByRole("listitem").filter({ hasText: quantity.label })).toHaveCount(0);

  expect((await readClaim(hatay.id)).status).toBe("published");
  expect((await readClaim(osdh.id)).status).toBe("published");
  expect(await readClaim(local.id)).toMatchObject({
    status: "draft",
    reviewNote: "The council's figure is from before the overnight strikes: check the date it was given.",
  });
  expect(await historyActions(hatay.id)).toEqual(["create", "submit", "approve"]);
  expect(await historyActions(local.id)).toEqual(["create", "submit", "reject"]);
});

test("a reviewer cannot approve a claim they wrote, even by posting the approval by hand", async ({
  page,
}, testInfo) => {
  const quantity = await hatayAndObservatory();
  const own = await insertAtLeast(quantity, "hatay", 29, {
    author: "reviewer",
    sentence: "At least 29 soldiers were killed, the governor said.",
  });
  const others = await observatoryMoreThan30(quantity);

  await signInAs(page, "reviewer");
  await page.goto("/review");
  const ownItem = queueItem(page, quantity.label, "at least 29");
  await expect(ownItem).toContainText("Yours: another reviewer must decide");
  await expect(ownItem.getByRole("link", { name: /^Review/ })).toHaveCount(0);
  await expect(queueItem(page, quantity.label, "more than 30").getByRole("link", { name: /^Review/ })).toBeVisible();

  // Their own claim: the refusal in plain words, and no button to approve or reject it.
  await ownItem.getByRole("link", { name: "at least 29" }).click();
  await expect(page.getByText("You wrote this claim, so another reviewer must approve or reject it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send back with note" })).toHaveCount(0);
  await screenshot(page, "review-own-claim", testInfo.project.name);

  // The approval posted for their own claim anyway, from another claim's form: the server refuses.
  await page.goto(`/review/${others.id}`);
  const approve = await approveThroughAnotherForm(page, own.id);
  await expect(approve.getByRole("alert")).toHaveText(
    "You wrote this claim, so another reviewer must approve or reject it. Nothing was changed.",
  );
  await expect(page).toHaveURL(new RegExp(`/review/${others.id}$`));

  expect((await readClaim(own.id)).status).toBe("in_review");
  expect((await readClaim(others.id)).status).toBe("in_review");
  expect(await historyActions(own.id)).toEqual(["create", "submit"]);
  await page.goto(`/review/${own.id}`);
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
});

test("a reviewer rates a published claim, then retracts it with a reason", async ({ page }) => {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, { sources: { hatay: "Governor of Hatay" } });
  const published = await insertAtLeast(quantity, "hatay", 29, {
    sentence: "At least 29 soldiers were killed, the governor said.",
    status: "published",
  });

  await signInAs(page, "reviewer2");
  await page.goto(`/review/${published.id}`);
  await expect(page.getByRole("region", { name: "What this decision changes" })).toContainText("If retracted");

  await page.getByRole("combobox", { name: "Your rating of this figure" }).selectOption("confirmed");
  await page
    .getByRole("textbox", { name: "Why this rating" })
    .fill("The defence ministry gave the same toll the same night.");
  await page.getByRole("button", { name: "Save the rating" }).click();
  await expect(page.getByRole("status")).toContainText("Rating saved.");
  await expect(page.getByRole("combobox", { name: "Your rating of this figure" })).toHaveValue("confirmed");

  // A retraction without a reason is refused beside the field; with one, the claim is retracted.
  await page.getByRole("button", { name: "Retract this claim" }).click();
  const reason = page.getByRole("textbox", { name: "Reason" });
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription(/Say why this claim is retracted/);
  expect((await readClaim(published.id)).status).toBe("published");

  await reason.fill("The governor's office withdrew this figure the next morning.");
  await page.getByRole("button", { name: "Retract this claim" }).click();
  await expect(page.getByRole("status")).toContainText("Retracted: at least 29");
  await expect(page.getByText("The governor's office withdrew this figure the next morning.").first()).toBeVisible();
  expect((await readClaim(published.id)).status).toBe("retracted");
  expect(await historyActions(published.id)).toEqual(["create", "submit", "approve", "rate", "retract"]);
});

test("a reviewer who turned an editor's 29 into 77 cannot approve it once submitted; another reviewer decides", async ({
  browser,
}) => {
  const quantity = await hatayAndObservatory();
  const draft = await insertAtLeast(quantity, "hatay", 29, {
    quote: "At least 29",
    sentence: "At least 29 Turkish soldiers were killed, the governor of Hatay said.",
    status: "draft",
  });
  // Another claim in review, whose approval form the reviewer turns on the rewritten one.
  const other = await observatoryMoreThan30(quantity);
  const asPerson = async (who: "editor" | "reviewer" | "reviewer2") => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, who);
    return page;
  };

  // The reviewer rewrites the editor's draft: 29 becomes 77.
  const reviewer = await asPerson("reviewer");
  await reviewer.goto(`/claims/${draft.id}`);
  const edit = reviewer.getByRole("region", { name: "Edit this draft" });
  await edit
    .getByLabel("Sentence, as published")
    .fill("At least 77 Turkish soldiers were killed, the governor of Hatay said.");
  await edit.getByLabel("Figure as written").fill("At least 77");
  await edit.getByLabel("Value", { exact: true }).fill("77");
  await edit.getByLabel("Lowest value").fill("77");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // The editor, trusting the draft is theirs, sends it for review.
  const editor = await asPerson("editor");
  await editor.goto(`/claims/${draft.id}`);
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("In review", { exact: true }).first()).toBeVisible();

  // The reviewer who changed the figure tries to approve it: the server refuses, in words.
  await reviewer.goto(`/review/${other.id}`);
  const approve = await approveThroughAnotherForm(reviewer, draft.id);
  await expect(approve.getByRole("alert")).toHaveText(
    "You changed this claim's text, figure or sourcing, so another reviewer must decide on it. Nothing was changed.",
  );
  expect((await readClaim(draft.id)).status).toBe("in_review");

  // A second reviewer, who changed nothing, decides.
  const second = await asPerson("reviewer2");
  await second.goto(`/review/${draft.id}`);
  await second.getByRole("button", { name: "Approve and publish" }).click();
  await expect(second).toHaveURL(/\/review\?done=approved/);
  expect((await readClaim(draft.id)).status).toBe("published");
  expect(await historyActions(draft.id)).toEqual(["create", "update", "submit", "approve"]);
  for (const page of [reviewer, editor, second]) await page.context().close();
});
