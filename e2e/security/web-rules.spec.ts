// The open web's rules, checked from outside with raw HTTP as a crawler, a feed reader or a
// prober sends it: no 500 for a client's mistake, and every refusal in words with the security
// headers; 405 with Allow wherever a method is not taken (every route handler of the build
// walked); 410 for a retracted claim's page that still explains the retraction; a not-found page
// that reads without JavaScript, in the reader's language; tracking parameters ignored; a sitemap
// and a robots.txt of public pages only; the documented 50 MB import limit.
// None of it depends on the screen: it runs once, in the desktop project.
import { expect, test, type APIResponse } from "@playwright/test";
import { routeHandlers } from "../authorization/build-entry-points";
import { importMapping } from "../support/claim-fields";
import {
  createQuantity,
  governorQuantity,
  insertAtLeast,
  RETRACTION_REASON,
  uniqueTag,
} from "../support/review-fixtures";
import { createAccount, ORIGIN, rawRequest, signedInRequest, type RawAnswer } from "./support";

test.skip(({ isMobile }) => isMobile, "HTTP answers do not depend on the screen: checked once, on desktop.");

const DEMO_SLUG = "idlib-strikes-on-turkish-troops-2020-02-27";

/** The headers of lib/security/headers.ts, on an answer of any kind. */
function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(String(headers["content-security-policy"] ?? ""), what).toContain("frame-ancestors 'none'");
}

const headersOf = (response: APIResponse) => response.headers();

/** A story with one source, a published claim and a draft; the claim ids and the story's slug. */
async function storyWithClaims(tag: string) {
  const { quantity, sourceId, claim } = await governorQuantity(tag);
  const published = await claim("published", 29);
  const draft = await claim("draft", 41);
  const retracted = await claim("retracted", 57);
  // createQuantity uses the story's id as its slug.
  const slug = (await (await fetch(`${ORIGIN}/api/v1/quantities/${quantity.quantityId}`)).json()).data.story
    .slug as string;
  return {
    quantity,
    sourceId,
    slug,
    published: published.id,
    draft: draft.id,
    retracted: retracted.id,
  };
}

test.describe("no 500 for a client's mistake", () => {
  test("a broken percent-encoding in any path is a 400 in words, with the security headers", async () => {
    for (const path of [
      "/story/%E0%A4%A",
      "/claim/%ZZ",
      "/%ZZ",
      "/source/%C3",
      "/api/v1/claims/%E0%A4%A",
      "/story/x/claims.csv%ZZ",
      "/feed.atom%",
    ]) {
      const answer = await rawRequest("GET", path);
      expect(answer.status, path).toBe(400);
      expect(answer.body, path).toContain("This address is not valid");
      expectSecurityHeaders(answer.headers, path);
    }
  });

  test("TRACE is refused with 405 and the methods the address takes; a method no one knows is 501", async () => {
    const cases: [string, string, number, string | undefined][] = [
      ["TRACE", "/", 405, "GET, HEAD, OPTIONS, POST"],
      ["TRACE", `/story/${DEMO_SLUG}`, 405, "GET, HEAD, OPTIONS, POST"],
      ["TRACE", "/api/v1/stories", 405, "GET, HEAD, OPTIONS"],
      ["TRACE", "/feed.atom", 405, "GET, HEAD, OPTIONS"],
      ["TRACE", "/language", 405, "OPTIONS, POST"],
      ["DELETE", "/", 405, "GET, HEAD, OPTIONS, POST"],
      ["PROPFIND", "/", 501, undefined],
      ["PROPFIND", "/api/v1/stories", 501, undefined],
    ];
    for (const [method, path, status, allow] of cases) {
      const answer = await rawRequest(method, path);
      expect(answer.status, `${method} ${path}`).toBe(status);
      expect(answer.headers.allow, `${method} ${path}`).toBe(allow);
      expectSecurityHeaders(answer.headers, `${method} ${path}`);
    }
    // A page says what it takes when asked, as a route handler does.
    const options = await rawRequest("OPTIONS", "/");
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
  });

  test("a control character in the language switch's return path is a 400, a letter outside ASCII is encoded", async () => {
    const post = (returnTo: string) =>
      rawRequest(
        "POST",
        "/language",
        { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
        new URLSearchParams({ locale: "fr", returnTo }).toString(),
      );
    for (const returnTo of ["/story/x\u0001", "/\u001b[31m", "/\u007f"]) {
      const answer = await post(returnTo);
      expect(answer.status, JSON.stringify(returnTo)).toBe(400);
      expect(answer.body).toContain("not an address of this site");
      expectSecurityHeaders(answer.headers, "language switch refusal");
    }
    const accented = await post("/search?q=élection");
    expect(accented.status).toBe(303);
    expect(accented.headers.location).toBe("/search?q=%C3%A9lection");
  });
});

test("every route handler of the build answers a method it does not take with 405 and an Allow that is true", async () => {
  // Every method but HEAD and OPTIONS (answered by Next for any route handler), on every route
  // handler the build holds, next-auth's included: the methods answered otherwise than 405 must
  // be the ones Allow names, so the table the proxy reads (lib/security/allowed-methods.ts)
  // cannot drift from the routes' exports unnoticed.
  const routes = [...routeHandlers().map((r) => r.path), "/api/auth/session"];
  expect(routes).toContain("/feed.atom");
  const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  for (const route of routes) {
    const path = route.replace(/\[[^\]]+\]/g, "web-rules-check");
    const answers = new Map<string, RawAnswer>();
    for (const method of METHODS)
      answers.set(
        method,
        await rawRequest(
          method,
          path,
          { origin: ORIGIN, "content-type": "application/json" },
          method === "GET" ? undefined : "{}",
        ),
      );
    const refused = METHODS.filter((m) => answers.get(m)?.status === 405);
    expect(refused.length, `${path}: some method is refused`).toBeGreaterThan(0);
    for (const method of refused) {
      const answer = answers.get(method) as RawAnswer;
      expectSecurityHeaders(answer.headers, `${method} ${path}`);
      const allow = String(answer.headers.allow ?? "").split(", ");
      expect(
        allow.filter((m) => METHODS.includes(m)).sort(),
        `${method} ${path}: Allow ${answer.headers.allow}`,
      ).toEqual(METHODS.filter((m) => !refused.includes(m)).sort());
    }
    for (const [method, answer] of answers) expect(answer.status, `${method} ${path}`).toBeLessThan(500);
  }
});

test("a retracted claim's page answers 410 Gone and still says when and why; a published one 200", async ({
  request,
  page,
}) => {
  const { published, retracted } = await storyWithClaims(uniqueTag());
  // Twice: the second may not come from the page cache as a 200.
  for (let i = 0; i < 2; i++) {
    const gone = await request.get(`/claim/${retracted}`, { headers: { accept: "text/html" } });
    expect(gone.status()).toBe(410);
    const html = await gone.text();
    expect(html).toContain("Retracted claim");
    expect(html).toContain(RETRACTION_REASON);
    expectSecurityHeaders(headersOf(gone), "410 page");
    // The page's scripts carry the nonce of the policy it is sent with.
    const nonce = /'nonce-([^']+)'/.exec(headersOf(gone)["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`nonce="${nonce}"`);
  }
  expect((await request.head(`/claim/${retracted}`)).status()).toBe(410);
  expect((await request.get(`/claim/${published}`)).status()).toBe(200);
  expect((await request.get(`/api/v1/claims/${retracted}`)).status()).toBe(410);

  // In a browser: the same answer, read as a page.
  const response = await page.goto(`/claim/${retracted}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retracted claim");
  await expect(page.getByText(RETRACTION_REASON)).toBeVisible();
});

for (const [locale, lang, words] of [
  ["en-GB", "en", { title: "Page not found", body: "There is nothing here.", home: "Back to the latest stories" }],
  ["fr-FR", "fr", { title: "Page introuvable", body: "Il n'y a rien ici.", home: "Retour aux derniers sujets" }],
] as const) {
  test.describe(`the not-found page without JavaScript (${lang})`, () => {
    test.use({ javaScriptEnabled: false, locale });

    test(`an unknown id says so in words, with lang="${lang}" and a link home`, async ({ page }) => {
      for (const path of ["/claim/nope", "/story/nope", "/quantity/nope", "/source/nope", "/no-such-page"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1, name: words.title }), path).toBeVisible();
        await expect(page.getByText(words.body), path).toBeVisible();
        await expect(page.getByRole("link", { name: words.home }), path).toHaveAttribute("href", "/");
      }
      // The language switch on it leads back to the same address, in the other language.
      await page.goto("/claim/nope");
      await page.getByRole("button", { name: lang === "en" ? "Français" : "English" }).click();
      await expect(page).toHaveURL(/\/claim\/nope$/);
      await expect(page.locator("html")).toHaveAttribute("lang", lang === "en" ? "fr" : "en");
    });
  });
}

test("tracking parameters are ignored by the pages, the feed and the CSV; the JSON API stays strict", async ({
  request,
}) => {
  const { slug, published } = await storyWithClaims(uniqueTag());
  const tracking = "utm_source=newsletter&utm_medium=email&utm_campaign=idlib&fbclid=abc123&gclid=x";
  for (const path of ["/", `/story/${slug}`, `/claim/${published}`, "/feed.atom", `/story/${slug}/claims.csv`]) {
    const answer = await request.get(`${path}?${tracking}`);
    expect(answer.status(), path).toBe(200);
  }
  const feed = await request.get("/feed.atom?utm_source=x");
  expect(await feed.text()).toContain(`/claim/${published}`);
  // Any other parameter is still a mistake worth hearing about, and the API refuses them all.
  expect((await request.get("/feed.atom?page=2")).status()).toBe(400);
  expect((await request.get("/api/v1/stories?utm_source=x")).status()).toBe(400);
});

test("the sitemap lists the public pages only, at the configured origin; robots.txt points to it", async ({
  baseURL,
}) => {
  const origin = new URL(baseURL as string).origin;
  const tag = uniqueTag();
  const { quantity, sourceId, slug, published, draft, retracted } = await storyWithClaims(tag);
  // A story whose only claim is a draft is not public, nor is its source.
  const hidden = await createQuantity(`${tag}-hidden`, {
    sources: { ministry: "Ministry of Defence" },
  });
  await insertAtLeast(hidden, "ministry", 3, {
    sentence: `At least 3 soldiers were killed (${tag}).`,
    reportedAt: new Date("2020-02-27T20:00:00Z"),
    status: "draft",
  });

  // A forged Host does not change the addresses it gives.
  const answer = await rawRequest("GET", "/sitemap.xml", { host: "evil.example" });
  expect(answer.status).toBe(200);
  expect(String(answer.headers["content-type"])).toContain("xml");
  expectSecurityHeaders(answer.headers, "sitemap");
  const locs = [...answer.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
  expect(locs).toContain(`${origin}/`);
  expect(locs).toContain(`${origin}/story/${slug}`);
  expect(locs).toContain(`${origin}/quantity/${quantity.quantityId}`);
  expect(locs).toContain(`${origin}/claim/${published}`);
  expect(locs).toContain(`${origin}/source/${sourceId}`);
  for (const unlisted of [
    `/claim/${draft}`,
    `/claim/${retracted}`,
    `/story/${hidden.quantityId}`,
    `/quantity/${hidden.quantityId}`,
    `/source/${hidden.sources.ministry}`,
  ]) {
    expect(locs, unlisted).not.toContain(`${origin}${unlisted}`);
  }
  for (const loc of locs) {
    expect(loc.startsWith(`${origin}/`), loc).toBe(true);
    expect(new URL(loc).pathname, loc).toMatch(/^\/(?:$|story\/|quantity\/|claim\/|source\/)/);
  }

  const robots = await rawRequest("GET", "/robots.txt", { host: "evil.example" });
  expect(robots.status).toBe(200);
  expectSecurityHeaders(robots.headers, "robots.txt");
  expect(robots.body).toContain(`Sitemap: ${origin}/sitemap.xml`);
  expect(robots.body).toMatch(/User-Agent: \*/i);
  for (const staff of ["/admin", "/dashboard", "/review", "/claims", "/sign-in"])
    expect(robots.body).toContain(`Disallow: ${staff}`);
});

test("every form of the home page names where it posts: the reader posts to / without JavaScript", async ({
  request,
}) => {
  for (const locale of ["en", "fr"]) {
    const html = await (await request.get("/", { headers: { "accept-language": locale } })).text();
    const actions = [...html.matchAll(/<form\b[^>]*>/g)].map((m) => /\saction="([^"]*)"/.exec(m[0])?.[1]);
    expect(actions.length).toBeGreaterThan(1);
    // HTML forbids an empty action (the W3C checker's error); a form without one posts to its page.
    expect(actions, locale).not.toContain("");
    expect(html).toMatch(
      /<form\b[^>]*\baction="\/"[^>]*class="reader-form"|<form\b[^>]*class="reader-form"[^>]*\baction="\/"/,
    );
  }
});

test.describe("the documented 50 MB import limit", () => {
  const PLAN = {
    quantityId: "web-rules-check",
    language: "en",
    mapping: importMapping({ source: 0, sentence: 1, reportedAt: 2, articleUrl: 3 }),
  };

  test("a file just under 50 MB reaches the import whole; a larger body is refused with 413", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const editor = await signedInRequest(browser, baseURL as string, await createAccount("editor"));
    // Not UTF-8 in its very last byte: the answer says so only if the whole file arrived (Next
    // used to cut the body at 10 MB, and the form could not be read at all).
    const file = Buffer.alloc(50 * 1024 * 1024 - 64 * 1024, "a");
    file[file.length - 1] = 0xff;
    const whole = await editor.post("/claims/import/check", {
      headers: { origin: ORIGIN },
      multipart: {
        file: { name: "large.csv", mimeType: "text/csv", buffer: file },
        plan: JSON.stringify(PLAN),
      },
      timeout: 90_000,
    });
    expect(whole.status()).toBe(422);
    expect(((await whole.json()) as { error: { message: string } }).error.message).toContain("not UTF-8");

    // Over the limit, said in words before the body is read, with the security headers.
    const cookie = (await editor.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const tooLarge = await rawRequest(
      "POST",
      "/claims/import/check",
      {
        cookie,
        origin: ORIGIN,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(60 * 1024 * 1024),
      },
      "--x",
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toContain("larger than 50 MB");
    expectSecurityHeaders(tooLarge.headers, "413 of an import");
  });

  test("any other address refuses a body over the 10 MB the proxy passes on, in words", async () => {
    const body = Buffer.alloc(11 * 1024 * 1024, "a");
    const answer = await rawRequest(
      "POST",
      "/",
      { "content-type": "text/plain", "content-length": String(body.length) },
      body,
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("larger than this address takes (10 MB)");
    expectSecurityHeaders(answer.headers, "413");
  });

  test("a 12 MB spreadsheet is checked row by row", async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const tag = uniqueTag();
    const { quantityId } = await createQuantity(tag, { sources: {} });
    const editor = await signedInRequest(browser, baseURL as string, await createAccount("editor"));
    const lines = ["Source;Phrase;Date;URL"];
    const padding = "x".repeat(120);
    for (let i = 1; i <= 60_000; i++) {
      lines.push(
        `Syrian Observatory for Human Rights (OSDH);"At least ${i} soldiers were killed in Idlib.";2020-02-27;https://example.org/${tag}/${i}/${padding}`,
      );
    }
    const csv = Buffer.from(lines.join("\r\n") + "\r\n");
    expect(csv.length).toBeGreaterThan(12 * 1000 * 1000);
    const checked = await editor.post("/claims/import/check", {
      headers: { origin: ORIGIN },
      multipart: {
        file: { name: "twelve.csv", mimeType: "text/csv", buffer: csv },
        plan: JSON.stringify({ ...PLAN, quantityId }),
      },
      timeout: 170_000,
    });
    expect(checked.status(), await checked.text()).toBe(200);
    const { preview } = (await checked.json()) as { preview: { totalRows: number; ready: number } };
    expect(preview.totalRows).toBe(60_000);
    expect(preview.ready).toBe(60_000);
  });
});
