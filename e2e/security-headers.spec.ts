// Every kind of answer carries the security headers: pages (with a nonce-based CSP that still
// lets the page's own scripts run), route handlers, error pages and the build's static files.
import { expect, test, type APIResponse } from "@playwright/test";

test.skip(({ isMobile }) => isMobile, "Headers do not depend on the screen: checked once, on desktop.");

function expectCommonHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toMatch(/object-src 'none'|default-src 'none'/);
  expect(csp, what).toMatch(/base-uri '(self|none)'/);
  expect(headers["x-powered-by"], what).toBeUndefined();
  return csp;
}

test("pages, route handlers, error answers and static files all carry the security headers", async ({
  request,
  page,
}) => {
  const home = await request.get("/");
  const homePolicy = expectCommonHeaders(home, "home page");
  expect(homePolicy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(homePolicy).not.toContain("unsafe-eval");

  // Every script Next writes carries this answer's nonce, or the browser would refuse to run it.
  const nonce = /'nonce-([^']+)'/.exec(homePolicy)?.[1];
  const scripts = [...(await home.text()).matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !attrs.includes("application/ld+json"));
  expect(scripts.length).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);

  // A new nonce for every answer: a nonce that repeats is one an attacker can reuse.
  const again = (await request.get("/")).headers()["content-security-policy"];
  expect(again).not.toBe(homePolicy);

  expectCommonHeaders(await request.get("/api/v1/stories"), "JSON API");
  expectCommonHeaders(await request.get("/feed.atom"), "Atom feed");
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing, "404 page");
  expectCommonHeaders(await request.get("/api/v1/claims/no-such-claim"), "API 404");

  // A script the build serves, found in the home page.
  await page.goto("/");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  expect(script).toBeTruthy();
  expectCommonHeaders(await request.get(script as string), "static script");
});

test("the strict policy does not stop the page's own scripts", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  // The figure reader answers in place: React hydrated under the policy.
  await page.getByRole("textbox", { name: "Text" }).fill("At least 29 soldiers were killed.");
  await page.getByRole("button", { name: "Read the figures" }).click();
  await expect(page.getByRole("heading", { name: "1 figure found" })).toBeVisible();
  await page.goto("/story/idlib-strikes-on-turkish-troops-2020-02-27");
  expect(violations).toEqual([]);
});
