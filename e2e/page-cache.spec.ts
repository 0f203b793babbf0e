// The public pages' HTML cache (proxy.ts, docs/decisions/007-page-cache.md): a page is rendered
// once per database edition and language, yet an approval or a retraction shows on the very next
// request, a French reader never gets the English page, a member never gets a visitor's page (nor
// the reverse), and every answer, kept or not, carries its own nonce on its scripts and in its CSP.
import { expect, test, type APIResponse } from "@playwright/test";
import { approveClaim } from "./pages/review-queue";
import { cacheOf, pageWithClaimInReview } from "./support/page-cache-fixtures";
import { uniqueTag } from "./support/review-fixtures";
import { asUser, signInAs } from "./support/session";

const DEMO_STORY = "/story/idlib-strikes-on-turkish-troops-2020-02-27";

/** The nonce of an answer's CSP, and the nonces on its scripts (JSON-LD is data, not a script). */
async function nonces(response: APIResponse) {
  const policy = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !attrs.includes("application/ld+json"))
    .map((attrs) => /nonce="([^"]*)"/.exec(attrs)?.[1] ?? "(none)");
  return { policy, scripts };
}

test.describe("answers and headers", () => {
  test.skip(({ isMobile }) => isMobile, "The cache does not depend on the screen: checked once, on desktop.");

  test("a page is kept: the second visitor's answer comes from memory, with a nonce of its own that its scripts carry", async ({
    request,
  }) => {
    await request.get(DEMO_STORY);
    const first = await request.get(DEMO_STORY);
    const second = await request.get(DEMO_STORY);
    expect(cacheOf(second)).toBe("hit");
    expect(await second.text()).toBe(
      (await first.text()).replaceAll((await nonces(first)).policy as string, (await nonces(second)).policy as string),
    );

    for (const answer of [first, second]) {
      const { policy, scripts } = await nonces(answer);
      expect(policy).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(scripts.length).toBeGreaterThan(0);
      for (const nonce of scripts) expect(nonce).toBe(policy);
    }
    // A nonce is never handed out twice.
    expect((await nonces(second)).policy).not.toBe((await nonces(first)).policy);

    // Every security header is on the kept answer as on a rendered one.
    const headers = second.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["vary"]).toMatch(/Cookie/);
    expect(headers["vary"]).toMatch(/Accept-Language/);
    expect(headers["set-cookie"]).toBeUndefined();
  });

  test("a French reader gets the French page and an English reader the English one, by cookie or by browser", async ({
    playwright,
    baseURL,
  }) => {
    const fetchAs = async (headers: Record<string, string>) => {
      const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
      try {
        // Twice: the second answer is the kept one.
        await context.get("/");
        const answer = await context.get("/");
        return {
          cache: cacheOf(answer),
          lang: /<html lang="(\w+)"/.exec(await answer.text())?.[1],
        };
      } finally {
        await context.dispose();
      }
    };
    expect(await fetchAs({ "Accept-Language": "fr-FR,fr;q=0.9" })).toEqual({
      cache: "hit",
      lang: "fr",
    });
    expect(await fetchAs({ "Accept-Language": "en-GB,en;q=0.9" })).toEqual({
      cache: "hit",
      lang: "en",
    });
    expect(await fetchAs({ "Accept-Language": "en", Cookie: "ct-lang=fr" })).toEqual({
      cache: "hit",
      lang: "fr",
    });
    expect(await fetchAs({ "Accept-Language": "fr", Cookie: "ct-lang=en" })).toEqual({
      cache: "hit",
      lang: "en",
    });
  });

  test("what is never kept: not-found pages, staff pages, data answers, the router's payloads", async ({ request }) => {
    for (let i = 0; i < 2; i++) {
      const missing = await request.get("/story/no-such-story");
      expect(missing.status()).toBe(404);
      expect(cacheOf(missing)).not.toBe("hit");
    }
    for (const url of ["/sign-in", "/api/v1/stories", "/feed.atom", `${DEMO_STORY}/claims.csv`]) {
      await request.get(url);
      expect(cacheOf(await request.get(url)), url).toBeUndefined();
    }
    await request.get(DEMO_STORY);
    // The client router's fetch of a page's payload (Next hides its RSC header from the proxy).
    const payload = await request.get(DEMO_STORY, {
      headers: { RSC: "1", "Sec-Fetch-Dest": "empty", Accept: "*/*" },
    });
    expect(cacheOf(payload)).toBeUndefined();
    expect(payload.headers()["content-type"]).toContain("text/x-component");
    // A bad page number is a clear answer, never a kept error.
    expect((await request.get("/?page=abc")).status()).toBeLessThan(500);
  });
});

test("a member sees the newsroom bar and a visitor never does, from the same address", async ({ page, browser }) => {
  // A visitor's page is kept first...
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(DEMO_STORY);
  await visitorPage.goto(DEMO_STORY);
  await expect(visitorPage.getByRole("navigation", { name: "Newsroom" })).toHaveCount(0);

  // ...a member, signed in, gets their own render, not the kept one...
  await signInAs(page, "editor");
  const memberAnswer = await page.goto(DEMO_STORY);
  expect(memberAnswer?.headers()["x-page-cache"]).toBeUndefined();
  await expect(page.getByRole("navigation", { name: "Newsroom" })).toBeVisible();

  // ...and the visitor still gets a visitor's page.
  const again = await visitorPage.goto(DEMO_STORY);
  expect(again?.headers()["x-page-cache"]).toBe("hit");
  await expect(visitorPage.getByRole("navigation", { name: "Newsroom" })).toHaveCount(0);
  await expect(visitorPage.getByRole("link", { name: "Sign in" })).toBeVisible();
  await visitor.close();
});

test("a kept page runs under its policy: no script refused, the language switch works", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(DEMO_STORY);
  const kept = await page.goto(DEMO_STORY);
  expect(kept?.headers()["x-page-cache"]).toBe("hit");
  // The router's navigation from a kept page.
  await page.getByRole("link", { name: "Claim Tracker" }).first().click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(violations).toEqual([]);
});

test("an approval and a retraction show on the very next request of a kept page", async ({ request, browser }) => {
  const tag = uniqueTag();
  const { url, pendingId, pendingSentence } = await pageWithClaimInReview(tag);

  await request.get(url);
  const kept = await request.get(url);
  expect(cacheOf(kept)).toBe("hit");
  // In review: not on the public page, kept or not.
  expect(await kept.text()).not.toContain(`the ministry said (${tag})`);

  await asUser(browser, "reviewer", (reviewer) => approveClaim(reviewer, pendingId));
  const approved = await request.get(url);
  expect(cacheOf(approved)).toBe("miss");
  expect(await approved.text()).toContain(pendingSentence);
  expect(cacheOf(await request.get(url))).toBe("hit");

  await asUser(browser, "reviewer", async (reviewer) => {
    await reviewer.goto(`/review/${pendingId}`);
    await reviewer.getByRole("textbox", { name: "Reason" }).fill("The ministry withdrew this figure.");
    await reviewer.getByRole("button", { name: "Retract this claim" }).click();
    await expect(reviewer.getByRole("status")).toContainText("Retracted");
  });
  const retracted = await request.get(url);
  expect(await retracted.text()).not.toContain(`the ministry said (${tag})`);
  expect(await retracted.text()).not.toContain(`/claim/${pendingId}`);
});
