import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { answerValidator, documentProblems } from "../lib/public/open-data/openapi-check";
import { withTestDatabase } from "./support/database";
import { createQuantity, insertClaim, RETRACTION_REASON, uniqueTag, type NewClaim } from "./support/review-fixtures";
import { signInAs } from "./support/session";

// The open data as a program, a spreadsheet and a feed reader get it: the JSON API checked
// against its own OpenAPI document with real answers, the CSV, the Atom feed, and the rule
// that nothing unpublished ever leaves the newsroom. The answers do not depend on the screen,
// so the phone project does not run them again.
test.skip(({ isMobile }) => isMobile, "one run is enough: the open data does not depend on the screen");

const DEMO_SLUG = "idlib-strikes-on-turkish-troops-2020-02-27";

type Json = Record<string, unknown>;

/** A story with two sources; `claims` are inserted in order, published unless told otherwise. */
async function storyWithClaims(
  tag: string,
  claims: Array<
    Partial<NewClaim> & {
      source: "governor" | "observatory";
      quote: string;
      low: number | null;
      high?: number | null;
    }
  >,
) {
  const quantity = await createQuantity(tag, {
    sources: { governor: "Governor of Hatay", observatory: "Syrian Observatory" },
  });
  const ids: string[] = [];
  for (const [i, c] of claims.entries()) {
    const claim = await insertClaim({
      quantityId: quantity.quantityId,
      sourceId: quantity.sources[c.source] as string,
      author: "editor",
      qualifier: "at_least",
      sentence: `The source said ${c.quote} soldiers were killed.`,
      reportedAt: new Date(Date.UTC(2020, 1, 27, 20 + i)),
      status: "published",
      high: null,
      ...c,
    });
    ids.push(claim.id);
  }
  return { quantity, ids };
}

async function storySlugOf(request: APIRequestContext, quantityId: string): Promise<string> {
  const answer = (await (await request.get(`/api/v1/quantities/${quantityId}`)).json()) as {
    data: { story: { slug: string } };
  };
  return answer.data.story.slug;
}

test("the OpenAPI document is well-formed OpenAPI 3.1, served with the API", async ({ request, baseURL }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as Json;
  expect(documentProblems(document)).toEqual([]);
  expect(document.openapi).toBe("3.1.0");
  expect(document.servers).toEqual([{ url: new URL(baseURL as string).origin }]);
});

test("every documented answer of the API, fetched for real, matches the document exactly", async ({ request }) => {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as Json;
  const tag = uniqueTag();
  const { quantity, ids } = await storyWithClaims(tag, [
    { source: "governor", quote: "at least 29", low: 29 },
    { source: "observatory", quote: "more than 30", low: 31, qualifier: "more_than" },
    { source: "governor", quote: "at least 33", low: 33 },
    { source: "observatory", quote: "at least 90", low: 90, status: "retracted" },
    { source: "observatory", quote: "at least 91", low: 91, status: "draft" },
  ]);
  const [, published, , retracted, draft] = ids as [string, string, string, string, string];
  const slug = await storySlugOf(request, quantity.quantityId);
  const sourceId = quantity.sources.governor as string;

  const checked = new Set<string>();
  async function check(path: string, url: string, status: number): Promise<Json> {
    const response = await request.get(url);
    expect(response.status(), `GET ${url}`).toBe(status);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await response.json()) as Json;
    const validate = answerValidator(document, path, String(status));
    expect(
      validate(body),
      `GET ${url} (${status}) against the document: ${JSON.stringify(validate.errors, null, 1)}`,
    ).toBe(true);
    checked.add(`${path} ${status}`);
    return body;
  }

  const stories = await check("/api/v1/stories", "/api/v1/stories?limit=1", 200);
  expect(stories.next).toEqual(expect.stringContaining("/api/v1/stories?limit=1&cursor="));
  await check(
    "/api/v1/stories",
    new URL(stories.next as string).pathname + new URL(stories.next as string).search,
    200,
  );
  await check("/api/v1/stories", "/api/v1/stories?limit=0", 400);

  const demo = await check("/api/v1/stories/{slug}", `/api/v1/stories/${DEMO_SLUG}`, 200);
  expect(JSON.stringify(demo)).toContain('"status":"consistent"');
  await check("/api/v1/stories/{slug}", `/api/v1/stories/${slug}`, 200);
  await check("/api/v1/stories/{slug}", "/api/v1/stories/no-such-story", 404);
  await check("/api/v1/stories/{slug}", "/api/v1/stories/Not_A_Slug", 400);

  const detail = await check("/api/v1/quantities/{id}", `/api/v1/quantities/${quantity.quantityId}`, 200);
  expect((detail.data as Json).comparison).toMatchObject({
    status: "consistent",
    consensus: { low: 33, high: null },
    supersededClaimIds: [ids[0]],
  });
  await check("/api/v1/quantities/{id}", "/api/v1/quantities/no-such-quantity", 404);
  await check("/api/v1/quantities/{id}", `/api/v1/quantities/${"x".repeat(65)}`, 400);

  await check("/api/v1/claims", `/api/v1/claims?story=${slug}`, 200);
  await check("/api/v1/claims", `/api/v1/claims?quantity=${quantity.quantityId}&source=${sourceId}&limit=1`, 200);
  await check("/api/v1/claims", "/api/v1/claims?cursor=not-a-cursor", 400);
  await check("/api/v1/claims", "/api/v1/claims?colour=red", 400);

  const claim = await check("/api/v1/claims/{id}", `/api/v1/claims/${published}`, 200);
  expect(claim.data).toMatchObject({
    id: published,
    low: 31,
    high: null,
    qualifier: "more_than",
    standing: "current",
    relayedBy: null,
  });
  await check("/api/v1/claims/{id}", `/api/v1/claims/${draft}`, 404);
  const gone = await check("/api/v1/claims/{id}", `/api/v1/claims/${retracted}`, 410);
  expect(gone).toEqual({
    error: {
      code: "retracted",
      message: expect.stringMatching(/^This claim was retracted on .+: /),
    },
  });
  expect((gone.error as Json).message).toContain(RETRACTION_REASON);
  await check("/api/v1/claims/{id}", "/api/v1/claims/has%20space", 400);

  const sources = await check("/api/v1/sources", "/api/v1/sources?limit=2", 200);
  expect((sources.data as unknown[]).length).toBe(2);
  await check("/api/v1/sources", "/api/v1/sources?limit=101", 400);
  const source = await check("/api/v1/sources/{id}", `/api/v1/sources/${sourceId}`, 200);
  expect(source.data).toMatchObject({ id: sourceId, publishedClaimCount: 2 });
  await check("/api/v1/sources/{id}", "/api/v1/sources/no-such-source", 404);
  await check("/api/v1/sources/{id}", "/api/v1/sources/-bad.id-", 400);

  await check("/api/v1/openapi.json", "/api/v1/openapi.json", 200);
  await check("/api/v1/openapi.json", "/api/v1/openapi.json?pretty=1", 400);
  await check("/story/{slug}/claims.csv", "/story/no-such-story/claims.csv", 404);
  await check("/story/{slug}/claims.csv", `/story/${slug}/claims.csv?sheet=2`, 400);
  await check("/feed.atom", "/feed.atom?page=2", 400);
  const exported = await check(
    "/api/v1/claims/export.json",
    `/api/v1/claims/export.json?quantity=${quantity.quantityId}`,
    200,
  );
  expect((exported as unknown as Json[]).map((c) => c.id).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
  await check("/api/v1/claims/export.json", "/api/v1/claims/export.json?limit=5", 400);
  await check("/api/v1/claims/export.csv", "/api/v1/claims/export.csv?story=Not_A_Slug", 400);

  // Every JSON answer the document promises was fetched and checked (500 aside: no mistake of
  // a reader's may cause one; 503, a database that cannot answer, is made by the fault drill), so an answer added to the document without a test fails here.
  // The token API's answers (security: apiToken) are checked by e2e/api-tokens.spec.ts.
  const documented = Object.entries(
    document.paths as Record<string, { get: { security?: unknown; responses: Record<string, { content?: Json }> } }>,
  ).flatMap(([path, item]) =>
    // security: [] is a public operation; a named scheme is the token API's.
    Object.entries(Array.isArray(item.get.security) && item.get.security.length > 0 ? {} : item.get.responses)
      .filter(([status, answer]) => !["500", "503"].includes(status) && answer.content?.["application/json"])
      .map(([status]) => `${path} ${status}`),
  );
  expect([...checked].sort()).toEqual([...new Set(documented)].sort());
});

test("a claim's ClaimReview gives its verdict in the reader's language, the claim on one line, and a rating on a scale when rated", async ({
  request,
}) => {
  const tag = uniqueTag();
  const { ids } = await storyWithClaims(tag, [
    {
      source: "governor",
      quote: "at least 29",
      low: 29,
      sentence: "The governor said\nat least 29   soldiers\r\nwere killed.",
    },
    { source: "observatory", quote: "more than 30", low: 31, qualifier: "more_than" },
  ]);
  const [rated, unrated] = ids as [string, string];
  await withTestDatabase((db) => db.run(`UPDATE "Claim" SET "rating" = 'confirmed' WHERE "id" = ?`, rated));
  const reviewOf = async (id: string, language: "en" | "fr") => {
    const html = await (await request.get(`/claim/${id}`, { headers: { Cookie: `ct-lang=${language}` } })).text();
    const script = /<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(html)?.[1];
    expect(script, `the ClaimReview of /claim/${id} in ${language}`).toBeTruthy();
    return JSON.parse(script ?? "{}") as { claimReviewed: string; reviewRating: Json };
  };

  const french = await reviewOf(rated, "fr");
  expect(french.reviewRating).toEqual({
    "@type": "Rating",
    ratingValue: 4,
    bestRating: 4,
    worstRating: 1,
    alternateName: "Confirmé",
  });
  expect(french.claimReviewed).toBe("The governor said at least 29 soldiers were killed.");
  expect((await reviewOf(rated, "en")).reviewRating).toEqual({
    "@type": "Rating",
    ratingValue: 4,
    bestRating: 4,
    worstRating: 1,
    alternateName: "Confirmed",
  });
  // Unrated: words saying what the comparison shows, in French, and no number.
  expect((await reviewOf(unrated, "fr")).reviewRating).toEqual({
    "@type": "Rating",
    alternateName: expect.stringMatching(/^Non évalué\u00a0: les chiffres /),
  });
});

test("nothing unpublished appears anywhere in the open data", async ({ request }) => {
  const tag = uniqueTag();
  const secret = (status: string) => `${status} figure ${tag}`;
  const { quantity, ids } = await storyWithClaims(tag, [
    { source: "governor", quote: "at least 29", low: 29 },
    {
      source: "observatory",
      quote: "at least 41",
      low: 41,
      sentence: `${secret("draft")}: at least 41.`,
      status: "draft",
    },
    {
      source: "observatory",
      quote: "at least 42",
      low: 42,
      sentence: `${secret("in_review")}: at least 42.`,
      status: "in_review",
    },
    {
      source: "observatory",
      quote: "at least 43",
      low: 43,
      sentence: `${secret("retracted")}: at least 43.`,
      status: "retracted",
    },
  ]);
  const slug = await storySlugOf(request, quantity.quantityId);
  const observatory = quantity.sources.observatory as string;

  const urls = [
    `/api/v1/stories/${slug}`,
    `/api/v1/quantities/${quantity.quantityId}`,
    `/api/v1/claims?story=${slug}&limit=100`,
    `/api/v1/claims?source=${observatory}`,
    `/api/v1/sources/${observatory}`,
    `/api/v1/stories?limit=100`,
    `/story/${slug}/claims.csv`,
    "/feed.atom",
    ...ids.slice(1).map((id) => `/api/v1/claims/${id}`),
  ];
  for (const url of urls) {
    const body = await (await request.get(url)).text();
    for (const status of ["draft", "in_review", "retracted"])
      expect(body, `${url} shows the ${status} claim`).not.toContain(secret(status));
    for (const id of ids.slice(1)) expect(body, `${url} names an unpublished claim`).not.toContain(`"id":"${id}"`);
  }

  const onlyPublished = (await (await request.get(`/api/v1/claims?story=${slug}`)).json()) as {
    data: { id: string }[];
  };
  expect(onlyPublished.data.map((c) => c.id)).toEqual([ids[0]]);
  // A source with no published claim is not public yet (its page is not either).
  expect((await request.get(`/api/v1/sources/${observatory}`)).status()).toBe(404);
  for (const id of ids.slice(1, 3)) expect((await request.get(`/api/v1/claims/${id}`)).status()).toBe(404);
});

test("a program pages through a story's claims, newest first, with no claim twice", async ({ request }) => {
  const tag = uniqueTag();
  const { quantity, ids } = await storyWithClaims(tag, [
    { source: "governor", quote: "at least 29", low: 29 },
    { source: "observatory", quote: "more than 30", low: 31, qualifier: "more_than" },
    { source: "governor", quote: "at least 33", low: 33 },
  ]);
  const slug = await storySlugOf(request, quantity.quantityId);

  const seen: string[] = [];
  let next: string | null = `/api/v1/claims?story=${slug}&limit=1`;
  while (next) {
    const page = (await (await request.get(next)).json()) as {
      data: { id: string; standing: string }[];
      next: string | null;
    };
    expect(page.data).toHaveLength(1);
    seen.push(...page.data.map((c) => c.id));
    next = page.next;
    if (next) expect(next).toContain(`story=${slug}`);
  }
  expect(seen).toEqual([...ids].reverse());

  const first = (await (await request.get(`/api/v1/claims?story=${slug}`)).json()) as {
    data: { id: string; standing: string }[];
  };
  expect(first.data.map((c) => c.standing)).toEqual(["current", "current", "superseded"]);
});

test("answers carry an ETag of what they say: 304 until a publication changes it, open to any site", async ({
  request,
}) => {
  const tag = uniqueTag();
  const { quantity } = await storyWithClaims(tag, [{ source: "governor", quote: "at least 29", low: 29 }]);
  const url = `/api/v1/quantities/${quantity.quantityId}`;

  const first = await request.get(url);
  const etag = first.headers()["etag"] as string;
  // Opaque: no edition number for a visitor to watch grow with the newsroom's unpublished work.
  expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
  expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");

  const unchanged = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(unchanged.status()).toBe(304);
  expect(unchanged.headers()["etag"]).toBe(etag);
  expect(unchanged.headers()["access-control-allow-origin"]).toBe("*");

  // A draft nobody sees is a new edition of the database, not a new answer: the tag holds.
  const observatoryClaim = (status: "draft" | "published") =>
    insertClaim({
      quantityId: quantity.quantityId,
      sourceId: quantity.sources.observatory as string,
      author: "editor",
      quote: "at least 30",
      low: 30,
      high: null,
      qualifier: "at_least",
      sentence: "At least 30.",
      reportedAt: new Date(),
      status,
    });
  await observatoryClaim("draft");
  const afterDraft = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(afterDraft.status()).toBe(304);
  expect(afterDraft.headers()["etag"]).toBe(etag);

  // A publication changes the answer, and so the tag.
  await observatoryClaim("published");
  const changed = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).not.toBe(etag);

  const preflight = await request.fetch(url, {
    method: "OPTIONS",
    headers: {
      Origin: "https://elsewhere.example",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-headers"]).toMatch(/If-None-Match/i);
});

/** RFC 4180, enough for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

test("a journalist downloads a story's published claims as a CSV a spreadsheet opens safely", async ({
  request,
  baseURL,
}) => {
  const tag = uniqueTag();
  const formula = '=HYPERLINK("https://evil.example","29")';
  const { quantity, ids } = await storyWithClaims(tag, [
    { source: "governor", quote: formula, low: 29 },
    { source: "observatory", quote: 'more than 30, "at least"', low: 31, qualifier: "more_than" },
    { source: "governor", quote: "at least 33", low: 33 },
    { source: "observatory", quote: "at least 95", low: 95, status: "in_review" },
  ]);
  const slug = await storySlugOf(request, quantity.quantityId);

  const response: APIResponse = await request.get(`/story/${slug}/claims.csv`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${slug}-claims.csv"`);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  expect(text.endsWith("\r\n")).toBe(true);

  const [header, ...rows] = parseCsv(text);
  // The header row, as the file's first line spells it.
  const headerLine =
    "claim_id,quantity,source,relayed_by,reported_at,qualifier,value,low,high,unit,quote,language,article_url,comparison_status,rating,rating_explanation,permalink";
  expect(header).toEqual(headerLine.split(","));
  expect(rows.map((r) => r[0])).toEqual(ids.slice(0, 3));
  const byId = new Map(rows.map((r) => [r[0], Object.fromEntries((header as string[]).map((h, i) => [h, r[i]]))]));
  expect(byId.get(ids[0])).toMatchObject({
    quote: `'${formula}`,
    comparison_status: "superseded",
    low: "29",
    high: "",
    reported_at: "2020-02-27T20:00:00.000Z",
  });
  expect(byId.get(ids[1])).toMatchObject({
    quote: 'more than 30, "at least"',
    qualifier: "more_than",
    value: "30",
    low: "31",
    comparison_status: "current",
  });
  expect(byId.get(ids[2])).toMatchObject({
    comparison_status: "current",
    permalink: `${new URL(baseURL as string).origin}/claim/${ids[2]}`,
    quantity: quantity.label,
  });
});

test("a feed reader gets newly published claims as Atom, and a retracted claim leaves the feed", async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL as string).origin;
  const tag = uniqueTag();
  const { quantity, ids } = await storyWithClaims(tag, [
    { source: "governor", quote: "at least 57", low: 57, status: "in_review" },
  ]);
  const claimId = ids[0] as string;

  // Published the way the newsroom publishes: a second reviewer approves it.
  await signInAs(page, "reviewer2");
  await page.goto(`/review/${claimId}`);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page).toHaveURL(/\/review\?done=approved/);

  const response = await request.get("/feed.atom");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  // Read by the browser's own XML parser: a malformed feed shows as a parsererror.
  const feed = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const text = (el: Element | Document, name: string) =>
        el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        id: text(root, "id"),
        title: text(root, "title"),
        updated: text(root, "updated"),
        self: [...root.children]
          .find((el) => el.localName === "link" && el.getAttribute("rel") === "self")
          ?.getAttribute("href"),
        entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((entry) => ({
          id: text(entry, "id"),
          title: text(entry, "title"),
          updated: text(entry, "updated"),
          published: text(entry, "published"),
          link: entry.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href"),
          summary: text(entry, "summary"),
          author: text(entry, "name"),
        })),
      };
    },
    await response.text(),
  );

  expect(feed).toMatchObject({
    error: false,
    root: "http://www.w3.org/2005/Atom feed",
    id: `${origin}/feed.atom`,
    self: `${origin}/feed.atom`,
  });
  expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(feed.entries.length).toBeLessThanOrEqual(50);
  const entry = feed.entries.find((e) => e.id === `${origin}/claim/${claimId}`);
  expect(entry).toMatchObject({
    title: `Governor of Hatay (${tag}): at least 57 (${quantity.label})`,
    link: `${origin}/claim/${claimId}`,
    author: `Governor of Hatay (${tag})`,
    summary: expect.stringContaining(`said at least 57 as of 27 Feb 2020, 20:00 UTC`),
  });
  expect(Date.parse(entry?.published ?? "")).toBeGreaterThan(Date.now() - 10 * 60_000);

  // A reviewer retracts it: it leaves the feed, the API says why, the CSV no longer has it.
  const slug = await storySlugOf(request, quantity.quantityId);
  await page.goto(`/review/${claimId}`);
  await page.getByRole("textbox", { name: "Reason" }).fill(`Withdrawn by the governor's office (${tag}).`);
  await page.getByRole("button", { name: "Retract this claim" }).click();
  await expect(page.getByRole("status")).toContainText("Retracted: at least 57");

  expect(await (await request.get("/feed.atom")).text()).not.toContain(claimId);
  const gone = await request.get(`/api/v1/claims/${claimId}`);
  expect(gone.status()).toBe(410);
  expect(((await gone.json()) as { error: { message: string } }).error.message).toContain(
    `Withdrawn by the governor's office (${tag}).`,
  );
  // Its story had no other published claim: it is no longer public at all.
  const csv = await request.get(`/story/${slug}/claims.csv`);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain(claimId);
});
