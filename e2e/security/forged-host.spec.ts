// A forged Host changes nothing: every absolute URL the app hands out (Atom ids and links, the
// JSON API's links, ClaimReview's url, a Location header, the sitemap, robots.txt, the CSV
// downloads) is on the configured origin (NEXTAUTH_URL here, PUBLIC_ORIGIN in production;
// lib/public/public-origin.ts), whatever Host, X-Forwarded-Host or X-Forwarded-Proto a request
// names. A shared cache or a feed reader keeps what it is given for everyone, and an Atom id must
// not change with the host name (RFC 4287 section 4.2.6). Raw HTTP (`rawRequest`): Playwright
// would send the real Host. The ETags name no edition and move only when the answer does.
import { expect, test } from "@playwright/test";
import { insertApiToken, userIdOf } from "../support/api-tokens";
import { withTestDatabase } from "../support/database";
import { governorQuantity, insertAtLeast, uniqueTag } from "../support/review-fixtures";
import { TEST_USERS } from "../support/session";
import { newTag, ORIGIN, rawRequest, type RawAnswer } from "./support";

test.skip(({ isMobile }) => isMobile, "HTTP answers do not depend on the screen: checked once, on desktop.");

// A name no story, quote or source of the run's database holds (the XSS corpus writes
// "evil.example" into some), so finding it in an answer can only mean the request's header.
const FORGED = `evil-${newTag()}.example`;

const FORGERIES: Record<string, Record<string, string>> = {
  "a forged Host": { host: FORGED },
  "a forged X-Forwarded-Host and X-Forwarded-Proto": {
    "x-forwarded-host": FORGED,
    "x-forwarded-proto": "https",
  },
  "a forged Host and X-Forwarded-Host with a port": {
    host: `${FORGED}:8443`,
    "x-forwarded-host": `${FORGED}:8443`,
    "x-forwarded-proto": "https",
  },
};

/** Nothing of the forged host anywhere in the answer, its headers included. */
function expectNothingForged(answer: RawAnswer, what: string) {
  expect(answer.status, `${what}: ${answer.body.slice(0, 300)}`).toBeLessThan(400);
  expect(answer.body, what).not.toContain(FORGED);
  expect(JSON.stringify(answer.headers), what).not.toContain(FORGED);
}

/** A published claim and a draft of a story of this test's own; their ids and the story's slug (its id). */
async function publishedStory(tag: string) {
  const { quantity, claim } = await governorQuantity(tag);
  const published = await claim("published", 29);
  await claim("draft", 41);
  const slug = await withTestDatabase(
    async (db) =>
      (await db.get<{ storyId: string }>(`SELECT "storyId" FROM "Quantity" WHERE "id" = ?`, quantity.quantityId))
        ?.storyId,
  );
  return {
    quantity,
    quantityId: quantity.quantityId,
    sourceId: quantity.sources.governor as string,
    claimId: published.id,
    slug: slug as string,
  };
}

/** A write token acting as the editor, written straight into the run's database as the admin's page makes it. */
function writeToken(): Promise<string> {
  return withTestDatabase(async (db) =>
    insertApiToken(db, {
      idPrefix: "e2etoken",
      name: "Forged host",
      scope: "write_drafts",
      createdById: await userIdOf(db, TEST_USERS.admin.email),
      actingUserId: await userIdOf(db, TEST_USERS.editor.email),
    }),
  );
}

for (const [forgery, forged] of Object.entries(FORGERIES)) {
  test(`${forgery} changes no address in the feed, the API, the downloads, the sitemap or robots.txt`, async () => {
    const { quantityId, sourceId, claimId, slug } = await publishedStory(uniqueTag());

    const feed = await rawRequest("GET", "/feed.atom", forged);
    expectNothingForged(feed, "feed");
    // The feed's id is the same whoever asks: the Atom id of the feed, and of each entry, is permanent.
    expect(feed.body).toContain(`<id>${ORIGIN}/feed.atom</id>`);
    expect(feed.body).toContain(`<id>${ORIGIN}/claim/${claimId}</id>`);
    expect(feed.body).toContain(`href="${ORIGIN}/claim/${claimId}"`);
    // Byte for byte what an honest reader gets, tag included (asked again should another test
    // publish in between: an answer that followed the Host would never match).
    await expect(async () => {
      const [forgedAgain, honest] = [
        await rawRequest("GET", "/feed.atom", forged),
        await rawRequest("GET", "/feed.atom"),
      ];
      expect(forgedAgain.body).toBe(honest.body);
      expect(forgedAgain.headers.etag).toBe(honest.headers.etag);
    }).toPass({ timeout: 10_000 });

    for (const path of [
      "/api/v1/stories",
      `/api/v1/stories/${slug}`,
      `/api/v1/quantities/${quantityId}`,
      `/api/v1/claims/${claimId}`,
      `/api/v1/claims?story=${slug}&limit=1`,
      `/api/v1/sources/${sourceId}`,
      "/api/v1/openapi.json",
      `/story/${slug}/claims.csv`,
      `/api/v1/claims/export.csv?quantity=${quantityId}`,
      `/api/v1/claims/export.json?quantity=${quantityId}`,
    ]) {
      const answer = await rawRequest("GET", path, forged);
      expectNothingForged(answer, path);
      expect(answer.body, path).toContain(ORIGIN);
    }
    const claim = JSON.parse((await rawRequest("GET", `/api/v1/claims/${claimId}`, forged)).body) as {
      data: { permalink: string };
    };
    expect(claim.data.permalink).toBe(`${ORIGIN}/claim/${claimId}`);
    const openApi = JSON.parse((await rawRequest("GET", "/api/v1/openapi.json", forged)).body) as {
      servers: unknown;
    };
    expect(openApi.servers).toEqual([{ url: ORIGIN }]);

    const sitemap = await rawRequest("GET", "/sitemap.xml", forged);
    expectNothingForged(sitemap, "sitemap");
    expect(sitemap.body).toContain(`<loc>${ORIGIN}/claim/${claimId}</loc>`);
    const robots = await rawRequest("GET", "/robots.txt", forged);
    expectNothingForged(robots, "robots.txt");
    expect(robots.body).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  test(`${forgery} changes nothing in a claim page's ClaimReview, for its reader or the next`, async () => {
    const { claimId } = await publishedStory(uniqueTag());
    // The first reader's request renders the page for the HTML cache; the second is answered from it.
    const page = await rawRequest("GET", `/claim/${claimId}`, { ...forged, accept: "text/html" });
    expectNothingForged(page, "claim page");
    const again = await rawRequest("GET", `/claim/${claimId}`, { accept: "text/html" });
    expectNothingForged(again, "claim page, next reader");
    for (const answer of [page, again]) {
      const jsonLd = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(answer.body)?.[1];
      expect(jsonLd, "a ClaimReview").toBeDefined();
      const review = JSON.parse(jsonLd as string) as { url: string; author: { url: string } };
      expect(review.url).toBe(`${ORIGIN}/claim/${claimId}`);
      expect(review.author.url).toBe(ORIGIN);
    }
  });

  test(`${forgery} changes nothing in the Location of a draft logged through the API`, async () => {
    const { quantityId, sourceId } = await publishedStory(uniqueTag());
    const token = await writeToken();
    const body = JSON.stringify({
      quantityId,
      sourceId,
      sentence: "At least 29 soldiers were killed, the governor said.",
      language: "en",
      reportedAt: "2020-02-27T22:00:00Z",
    });
    const created = await rawRequest(
      "POST",
      "/api/v1/claims",
      { ...forged, authorization: `Bearer ${token}`, "content-type": "application/json" },
      body,
    );
    expect(created.status, created.body).toBe(201);
    expectNothingForged(created, "a draft logged through the API");
    const draft = (JSON.parse(created.body) as { data: { id: string; page: string } }).data;
    expect(created.headers.location).toBe(`${ORIGIN}/claims/${draft.id}`);
    expect(draft.page).toBe(`${ORIGIN}/claims/${draft.id}`);

    const listed = await rawRequest("GET", `/api/v1/staff/claims?quantity=${quantityId}&limit=1`, {
      ...forged,
      authorization: `Bearer ${token}`,
    });
    expectNothingForged(listed, "the staff API");
    const staff = JSON.parse(listed.body) as { data: { page: string }[]; next: string | null };
    expect(staff.data[0]?.page.startsWith(`${ORIGIN}/claims/`)).toBe(true);
    expect(staff.next?.startsWith(`${ORIGIN}/api/v1/staff/claims?`)).toBe(true);
  });
}

test("the open data's ETag names no edition: drafts saved leave it as it is, a publication changes it", async () => {
  const { quantity, quantityId } = await publishedStory(uniqueTag());
  const addresses = [`/api/v1/quantities/${quantityId}`, `/api/v1/claims/export.csv?quantity=${quantityId}`];
  const tags = new Map<string, string>();
  for (const address of addresses) {
    const first = await rawRequest("GET", address);
    const etag = String(first.headers.etag);
    expect(etag, address).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
    tags.set(address, etag);
  }

  const draft = (low: number, status: "draft" | "published") =>
    insertAtLeast(quantity, "governor", low, {
      sentence: `At least ${low}.`,
      reportedAt: new Date(),
      status,
    });
  // Three drafts: three newer editions, none a visitor can see, so nothing to count.
  for (const low of [51, 52, 53]) await draft(low, "draft");
  for (const address of addresses) {
    const unchanged = await rawRequest("GET", address, {
      "if-none-match": tags.get(address) as string,
    });
    expect(unchanged.status, address).toBe(304);
    expect(unchanged.headers.etag, address).toBe(tags.get(address));
  }

  await draft(54, "published");
  for (const address of addresses) {
    const changed = await rawRequest("GET", address, {
      "if-none-match": tags.get(address) as string,
    });
    expect(changed.status, address).toBe(200);
    expect(changed.headers.etag, address).not.toBe(tags.get(address));
    expect(changed.body, address).toContain("at least 54");
  }
});
