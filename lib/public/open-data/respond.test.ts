import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDraftClaim, submitClaim } from "@/lib/data/claims";
import { approveClaim } from "@/lib/data/review";
import { publicEdition } from "@/lib/data/edition";
import { publicExportRoute } from "@/lib/export/claim-export-responses";
import { testDraftInput, testNewsroom, testPerson } from "@/tests/database/test-newsroom";
import { feedAnswer, storiesAnswer } from "./answers";
import { openDataRoute } from "./respond";

// The open data's answers as a feed reader, a script or a prober gets them: every link on the
// configured origin whatever Host the request names, and an ETag that moves only when the answer
// does. The routes are built as app/ builds them, on a database of this file's own.

// Set before any module loads: lib/env.ts reads the settings once, on first use.
const ORIGIN = vi.hoisted(() => {
  const origin = "https://claims.example.org";
  vi.stubEnv("PUBLIC_ORIGIN", origin);
  return origin;
});
const FORGED = {
  host: "evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "http",
};

const feed = openDataRoute(async ({ query, urls }) => feedAnswer(query, urls));
const stories = openDataRoute(async ({ query, urls }) => ({
  json: await storiesAnswer(query, urls),
}));
const exportCsv = publicExportRoute("csv");
const noParams = { params: Promise.resolve({}) };

const get = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, { headers });

let newsroom: Awaited<ReturnType<typeof testNewsroom>>;
let reviewer: Awaited<ReturnType<typeof testPerson>>;

/** A claim of the newsroom's, left a draft or published through the review, as the app does it. */
async function claim(low: number, publish: boolean): Promise<string> {
  const draft = await createDraftClaim(
    newsroom.editor.id,
    testDraftInput(newsroom.quantityId, newsroom.sourceId, {
      sentence: `At least ${low} Turkish soldiers were killed, the governor of Hatay said.`,
      quote: `At least ${low}`,
      value: String(low),
      low: String(low),
    }),
  );
  if (!draft.ok) throw new Error("no draft");
  if (!publish) return draft.data.id;
  const submitted = await submitClaim(newsroom.editor, { claimId: draft.data.id, version: 1 });
  if (!submitted.ok) throw new Error("not submitted");
  const approved = await approveClaim(reviewer, {
    claimId: draft.data.id,
    version: submitted.data.version,
  });
  if (!approved.ok) throw new Error("not approved");
  return draft.data.id;
}

beforeAll(async () => {
  newsroom = await testNewsroom("respond");
  reviewer = await testPerson("reviewer", "respond-reviewer");
  await claim(29, true);
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("the addresses in the open data", () => {
  it("are on the configured origin in the feed, whatever Host or X-Forwarded-Host the request names", async () => {
    const forged = await feed(get("/feed.atom", FORGED), noParams);
    const text = await forged.text();
    expect(text).toContain(`<id>${ORIGIN}/feed.atom</id>`);
    expect(text).toMatch(new RegExp(`<entry>[\\s\\S]*<id>${ORIGIN}/claim/`));
    expect(text).not.toContain("evil.example");
    expect(text).not.toContain("127.0.0.1");
    // The same bytes as an honest reader gets: the Atom ids do not move with the host name.
    const honest = await feed(get("/feed.atom"), noParams);
    expect(await honest.text()).toBe(text);
    expect(honest.headers.get("etag")).toBe(forged.headers.get("etag"));
  });

  it("are on the configured origin in the JSON API and the CSV export", async () => {
    const json = await (await stories(get("/api/v1/stories", FORGED), noParams)).text();
    expect(json).toContain(`"${ORIGIN}/api/v1/stories/`);
    expect(json).not.toContain("evil.example");
    const csv = await (
      await exportCsv(get(`/api/v1/claims/export.csv?quantity=${newsroom.quantityId}`, FORGED))
    ).text();
    expect(csv).toContain(`${ORIGIN}/claim/`);
    expect(csv).not.toContain("evil.example");
  });
});

describe("the open data's ETag", () => {
  it("names no edition, stays while only unpublished work is saved, and moves when a claim is published", async () => {
    const first = await feed(get("/feed.atom"), noParams);
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
    const edition = await publicEdition();

    // Three drafts: three newer editions, and nothing a visitor can see, so nothing to count.
    for (const low of [31, 32, 33]) await claim(low, false);
    expect(await publicEdition()).toBeGreaterThan(edition);
    const unchanged = await feed(get("/feed.atom", { "If-None-Match": etag }), noParams);
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect(unchanged.headers.get("access-control-allow-origin")).toBe("*");

    await claim(34, true);
    const changed = await feed(get("/feed.atom", { "If-None-Match": etag }), noParams);
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("at least 34");
  });

  it("answers a tag it knows at this edition with a 304 before reading anything", async () => {
    const answer = vi.fn(async () => ({ json: { data: [] } }));
    const route = openDataRoute(answer);
    const first = await route(get("/api/v1/sources?tagged"), noParams);
    const again = await route(
      get("/api/v1/sources?tagged", { "If-None-Match": first.headers.get("etag") as string }),
      noParams,
    );
    expect(again.status).toBe(304);
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it("tags the public export by its bytes too: 304 across a draft, a new tag once a claim is published", async () => {
    const url = `/api/v1/claims/export.csv?quantity=${newsroom.quantityId}`;
    const first = await exportCsv(get(url));
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
    expect((await first.text()).length).toBeGreaterThan(0);

    await claim(40, false);
    const unchanged = await exportCsv(get(url, { "If-None-Match": etag }));
    expect(unchanged.status).toBe(304);

    await claim(41, true);
    const changed = await exportCsv(get(url, { "If-None-Match": etag }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("At least 41");
  });
});
