import { expect, test } from "@playwright/test";
import { startServer, stopAllServers, type AppServer } from "../durability/support";
import {
  figureRow,
  keepFigure,
  createSourceInPicker,
  pasteArticle,
  saveKeptFigures,
  storyWithQuantity,
  submitDrafts,
} from "../pages/newsroom";
import { approveClaim, queueItem } from "../pages/review-queue";
import { cacheOf, pageWithClaimInReview } from "../support/page-cache-fixtures";
import { signInAs } from "../support/session";

// Several app servers behind a load balancer, one PostgreSQL database (docs/deploy.md): the
// test's own server and a second one, started here on the next port, with the same database and
// session key. A claim approved through the first is public on the second at once: the public
// cache's edition, the sessions and the search index all live in the database, none in a
// server's memory; and a page the second keeps whole in its HTML cache (proxy.ts) is rendered
// again at the next request. Run by `npm run test:postgres` only: on SQLite, two servers sharing a file
// are the durability project's business.

const databaseUrl = process.env.E2E_DATABASE_URL;
test.skip(!databaseUrl, "PostgreSQL only: run with `npm run test:postgres`.");
// One second server at a time, on one port.
test.describe.configure({ mode: "serial" });

const tagOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let second: AppServer;

test.beforeAll(async ({ baseURL }, testInfo) => {
  test.setTimeout(120_000);
  // One port per project after the test server's, so a server a failed run left behind on one
  // never stands in for the other's.
  const port = Number(new URL(baseURL as string).port) + (testInfo.project.name === "phone" ? 2 : 1);
  second = await startServer({ url: databaseUrl as string }, port);
});

test.afterAll(async ({}, testInfo) => {
  await stopAllServers(testInfo);
});

test("a claim approved through one server is public on the other at once", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tag = tagOf();
  const visitor = await browser.newPage({ baseURL: second.baseURL });
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  try {
    // Through the first server: the editor logs a figure and submits it.
    await signInAs(page, "editor");
    const quantity = await storyWithQuantity(page, tag);
    await pasteArticle(page, {
      text: [
        `AHR VALLEY (Test Wire ${tag}).`,
        "At least 29 people were killed in the floods, the governor said.",
        "Rescuers said more than 30 had died.",
      ].join("\n"),
      publisher: "Test Wire",
      url: `https://example.org/two-servers-${tag}`,
      publishedAt: "2021-07-17T09:30",
    });
    const figure = figureRow(page, "At least 29");
    await keepFigure(figure, { search: tag, label: quantity });
    await createSourceInPicker(figure, `Governor ${tag}`, {
      kind: "government",
      country: "Germany",
    });
    await keepFigure(
      figureRow(page, "more than 30"),
      { search: tag, label: quantity },
      { search: tag, name: `Governor ${tag}` },
    );
    await saveKeptFigures(page, 2);
    await submitDrafts(page, quantity, ["At least 29", "more than 30"]);

    // The second server, asked first: nothing of the story is public, and that answer is cached.
    await visitor.goto(`/search?q=${tag}`);
    await expect(visitor.getByRole("link", { name: new RegExp(`Floods in the valley ${tag}`) })).toHaveCount(0);

    // Through the first server: the reviewer approves it.
    await signInAs(reviewer, "reviewer");
    await reviewer.goto("/review");
    await queueItem(reviewer, quantity, "At least 29")
      .getByRole("link", { name: /^Review/ })
      .click();
    await reviewer.getByRole("button", { name: "Approve and publish" }).click();
    await expect(reviewer).toHaveURL(/\/review\?done=approved/);

    // The second server, on the very next request: the story, its quantity and the claim.
    await visitor.goto(`/search?q=${tag}`);
    await expect(visitor.getByRole("link", { name: new RegExp(`Floods in the valley ${tag}`) }).first()).toBeVisible();
    await visitor
      .getByRole("link", { name: new RegExp(`Floods in the valley ${tag}`) })
      .first()
      .click();
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText(`Floods in the valley ${tag}`);
    await expect(visitor.getByText(`Governor ${tag}`).first()).toBeVisible();
    await expect(visitor.getByText(/at least 29/i).first()).toBeVisible();

    // A session made by the first server is good on the second: the key and the accounts are shared.
    const editorOnSecond = await browser.newPage({
      baseURL: second.baseURL,
      storageState: await page.context().storageState(),
    });
    await editorOnSecond.goto("/dashboard");
    await expect(editorOnSecond.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(editorOnSecond).toHaveURL(/\/dashboard/);
    await editorOnSecond.close();
  } finally {
    await visitor.close();
    await reviewerContext.close();
  }
});

test("a page kept in one server's HTML cache is fresh right after a claim is approved through the other", async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const tag = tagOf();
  const { url, pendingId, pendingSentence } = await pageWithClaimInReview(tag);
  const visitor = await playwright.request.newContext({ baseURL: second.baseURL });
  try {
    // The second server keeps the page: the claim in review is not on it.
    await visitor.get(url);
    const kept = await visitor.get(url);
    expect(cacheOf(kept), "the second server answers from its page cache").toBe("hit");
    expect(await kept.text()).not.toContain(pendingSentence);

    // Through the first server: the reviewer approves it.
    await signInAs(page, "reviewer");
    await approveClaim(page, pendingId);

    // The second server, on the very next request: rendered again, with the claim.
    const fresh = await visitor.get(url);
    expect(cacheOf(fresh)).toBe("miss");
    expect(await fresh.text()).toContain(pendingSentence);
    expect(cacheOf(await visitor.get(url)), "and kept again").toBe("hit");
  } finally {
    await visitor.dispose();
  }
});
