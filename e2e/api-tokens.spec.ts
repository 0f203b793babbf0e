import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { RATE_LIMITS } from "../lib/auth/api-token";
import { answerValidator } from "../lib/public/open-data/openapi-check";
import { dashboardSection } from "./pages/newsroom";
import { insertApiToken, userIdOf } from "./support/api-tokens";
import { withTestDatabase } from "./support/database";
import { createQuantity, uniqueTag } from "./support/review-fixtures";
import { signInAs, TEST_USERS, type TestUserKey } from "./support/session";

// API tokens as an admin and a program use them: made on the admin's page and shown once, a
// write token logging a draft that lands on its editor's dashboard, a read token refused when
// it writes, a revoked token refused on its very next request, and every answer of the token
// API checked against the OpenAPI document. The answers do not depend on the screen, so the
// phone project runs only the page's own test.

type Json = Record<string, unknown>;

/** A token written straight into the run's database, as the admin's page would make it. */
function insertToken(scope: "read" | "write_drafts", actingAs: TestUserKey): Promise<string> {
  return withTestDatabase(async (db) =>
    insertApiToken(db, {
      idPrefix: "e2etoken",
      name: "Test token",
      scope,
      createdById: await userIdOf(db, TEST_USERS.admin.email),
      actingUserId: await userIdOf(db, TEST_USERS[actingAs].email),
    }),
  );
}

/** An Idempotency-Key reserved and never completed, as a server killed mid-request left one before issue 17. */
function reserveKeyInProgress(token: string, key: string): Promise<number> {
  return withTestDatabase(async (db) => {
    const prefix = token.slice(3, 13);
    const tokenId = (await db.get<{ id: string }>(`SELECT "id" FROM "ApiToken" WHERE "prefix" = ?`, prefix))?.id;
    if (!tokenId) throw new Error(`No token with the prefix ${prefix}`);
    return db.run(
      `INSERT INTO "ApiIdempotencyKey" ("tokenId", "key", "bodyHash", "createdAt") VALUES (?, ?, ?, ?)`,
      tokenId,
      key,
      "in progress",
      new Date(),
    );
  });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The tag in letters only: a hex tag such as "981308" would be a second figure in the sentence. */
const inLetters = (tag: string) => tag.replace(/[0-9]/g, (digit) => "ghijklmnop"[Number(digit)] as string);

/** A claim body the API takes: the engine reads "at least 29" from the sentence. */
const draftBody = (quantityId: string, sourceId: string, tag: string) => ({
  quantityId,
  sourceId,
  sentence: `At least 29 Turkish soldiers were killed in the strikes (${inLetters(tag)}), the governor said.`,
  language: "en",
  reportedAt: "2020-02-27T22:00:00Z",
  publisher: "Anadolu",
});

/** No WCAG 2.1 A or AA failure that axe-core finds on the page as it is now. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

/** Creates a token on the admin's page and reads it, shown once. */
async function createTokenInUi(
  page: Page,
  name: string,
  scope: "Read" | "Read and write drafts",
  actingAs: TestUserKey,
): Promise<string> {
  const form = page.getByRole("region", { name: "New token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("May").selectOption({ label: scope });
  const option = form
    .getByLabel("Acts as")
    .locator("option")
    .filter({ hasText: TEST_USERS[actingAs].email.toLowerCase() });
  await form.getByLabel("Acts as").selectOption((await option.getAttribute("value")) as string);
  await form.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("region", { name: `Token “${name}” created` });
  await expect(shown).toBeVisible();
  await expect(shown).toContainText("shown only this once");
  const token = ((await shown.getByTestId("one-time-token").textContent()) ?? "").trim();
  expect(token).toMatch(/^ct_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
  return token;
}

test.describe("on one screen size", () => {
  test.skip(({ isMobile }) => isMobile, "one run is enough: the API does not depend on the screen");

  test("an admin makes tokens shown once; a write token logs a draft for its editor, a read token may not write, a revoked one is refused at once", async ({
    page,
    browser,
    request,
  }, testInfo) => {
    const tag = uniqueTag();
    const quantity = await createQuantity(tag, { sources: { governor: "Governor of Hatay" } });

    await signInAs(page, "admin");
    await page.goto("/admin/tokens");
    await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
    const readToken = await createTokenInUi(page, `Reader ${tag}`, "Read", "editor");
    const writeToken = await createTokenInUi(page, `Importer ${tag}`, "Read and write drafts", "editor");
    await page.screenshot({
      path: `test-results/screenshots/admin-tokens-created-${testInfo.project.name}.png`,
      fullPage: true,
    });
    await expectNoAxeViolations(page);

    // Shown once: after a reload, only the prefix is left to recognise each token by.
    await page.reload();
    await expect(page.getByText(writeToken)).toHaveCount(0);
    const readRow = page.getByRole("row").filter({ hasText: `Reader ${tag}` });
    await expect(readRow).toContainText(`${readToken.slice(0, 14)}…`);
    await expect(readRow).toContainText(TEST_USERS.editor.name);
    await expect(readRow).toContainText("Never");

    // The write token logs a draft, as the editor.
    const created = await request.post("/api/v1/claims", {
      headers: bearer(writeToken),
      data: draftBody(quantity.quantityId, quantity.sources.governor as string, tag),
    });
    expect(created.status(), await created.text()).toBe(201);
    const draft = (
      (await created.json()) as {
        data: { id: string; status: string; figureFrom: string; author: { name: string } };
      }
    ).data;
    expect(draft).toMatchObject({
      status: "draft",
      figureFrom: "engine",
      author: { name: TEST_USERS.editor.name },
    });
    expect(created.headers()["location"]).toMatch(new RegExp(`/claims/${draft.id}$`));

    // The read token may read the draft through the staff endpoint, but not write.
    const listed = await request.get(`/api/v1/staff/claims?quantity=${quantity.quantityId}`, {
      headers: bearer(readToken),
    });
    expect(listed.status()).toBe(200);
    expect(((await listed.json()) as { data: Json[] }).data).toEqual([
      expect.objectContaining({ id: draft.id, status: "draft", quote: "At least 29", low: 29 }),
    ]);
    const refused = await request.post("/api/v1/claims", {
      headers: bearer(readToken),
      data: draftBody(quantity.quantityId, quantity.sources.governor as string, tag),
    });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({
      error: { code: "forbidden", message: expect.stringContaining("may only read") },
    });

    // Nothing of it is public.
    expect((await request.get(`/api/v1/claims/${draft.id}`)).status()).toBe(404);
    expect((await request.get("/api/v1/staff/claims")).status()).toBe(401);

    // The editor finds the draft on their dashboard, its history saying who logged it.
    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await signInAs(editor, "editor");
    await editor.goto("/dashboard");
    const item = dashboardSection(editor, "Your drafts").getByRole("listitem").filter({ hasText: quantity.label });
    await expect(item).toContainText("At least 29");
    await editor.goto(`/claims/${draft.id}`);
    await expect(editor.getByRole("region", { name: "History" })).toContainText(TEST_USERS.editor.name);
    await editorContext.close();

    // The admin's list shows both tokens used; revoking the read token stops it on its next request.
    await page.reload();
    await expect(readRow).not.toContainText("Never");
    await readRow.getByRole("button", { name: `Revoke Reader ${tag}` }).click();
    await expectNoAxeViolations(page);
    await readRow.getByRole("button", { name: `Yes, revoke Reader ${tag}` }).click();
    await expect(readRow).toContainText("Revoked");
    const afterRevoke = await request.get("/api/v1/staff/claims", { headers: bearer(readToken) });
    expect(afterRevoke.status()).toBe(401);
    expect(await afterRevoke.json()).toEqual({
      error: { code: "unauthenticated", message: expect.stringContaining("revoked") },
    });
    // The write token still works: revoking one token touches no other.
    expect((await request.get("/api/v1/staff/claims?limit=1", { headers: bearer(writeToken) })).status()).toBe(200);
    await page.screenshot({
      path: `test-results/screenshots/admin-tokens-revoked-${testInfo.project.name}.png`,
      fullPage: true,
    });
  });

  test("an editor cannot open the tokens page", async ({ page }) => {
    await signInAs(page, "editor");
    await page.goto("/admin/tokens");
    await expect(page).toHaveURL(/\/dashboard\?denied=1/);
    await expect(
      page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "API tokens" }),
    ).toHaveCount(0);
  });

  test("every documented answer of the token API, fetched for real, matches the document exactly", async ({
    request,
  }) => {
    test.setTimeout(90_000);
    const document = (await (await request.get("/api/v1/openapi.json")).json()) as Json;
    const tag = uniqueTag();
    const quantity = await createQuantity(tag, {
      sources: { governor: "Governor of Hatay", observatory: "Syrian Observatory" },
    });
    const body = draftBody(quantity.quantityId, quantity.sources.governor as string, tag);
    const writer = await insertToken("write_drafts", "reviewer");
    const reader = await insertToken("read", "editor");

    const checked = new Set<string>();
    async function check(method: "get" | "post", path: string, response: APIResponse, status: number): Promise<Json> {
      expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(status);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      const json = (await response.json()) as Json;
      const validate = answerValidator(document, path, String(status), method);
      expect(
        validate(json),
        `${method.toUpperCase()} ${path} (${status}) against the document: ${JSON.stringify(validate.errors, null, 1)}`,
      ).toBe(true);
      if (status !== 401) expect(Number(response.headers()["ratelimit-limit"])).toBeGreaterThan(0);
      checked.add(`${method} ${path} ${status}`);
      return json;
    }
    const post = (data: unknown, headers: Record<string, string> = bearer(writer)) =>
      request.post("/api/v1/claims", { headers, data });

    // Writing
    const created = await check("post", "/api/v1/claims", await post(body), 201);
    expect(created.data).toMatchObject({ status: "draft", figureFrom: "engine" });
    const explicit = await check(
      "post",
      "/api/v1/claims",
      await post({
        ...body,
        sourceId: undefined,
        sourceName: "governor of HATAY province",
        quote: "At least 29",
        qualifier: "at_least",
        value: 29,
        kind: "count",
      }),
      201,
    );
    expect(explicit.data).toMatchObject({ figureFrom: "body" });
    const invalid = await check(
      "post",
      "/api/v1/claims",
      await post({ ...body, sentence: "No figure here.", colour: "red" }),
      400,
    );
    expect(invalid).toEqual({
      error: {
        code: "invalid_parameter",
        message: expect.any(String),
        fields: { colour: expect.stringContaining("Unknown field") },
      },
    });
    // The form's own rules, in the form's own words.
    const quote = await check(
      "post",
      "/api/v1/claims",
      await post({ ...body, quote: "nearly 50", qualifier: "nearly", value: 50 }),
      400,
    );
    expect((quote.error as Json).fields).toEqual({
      quote: "The figure must be written as in the sentence: copy it from there.",
    });
    const day = await check("post", "/api/v1/claims", await post({ ...body, reportedAt: "2020-02-31T22:00:00Z" }), 400);
    expect((day.error as Json).fields).toEqual({
      reportedAt: "Enter a real date and time, such as 2020-02-27 22:00 (UTC).",
    });
    const notJson = await request.post("/api/v1/claims", {
      headers: { ...bearer(writer), "Content-Type": "application/json" },
      data: "{not json",
    });
    await check("post", "/api/v1/claims", notJson, 400);
    await check("post", "/api/v1/claims", await post({ ...body, quantityId: "no-such-quantity" }), 404);
    await check("post", "/api/v1/claims", await post(body, bearer(reader)), 403);
    await check("post", "/api/v1/claims", await post(body, {}), 401);
    await check("post", "/api/v1/claims", await post(body, bearer(`ct_0000000000_${"A".repeat(43)}`)), 401);
    await check("post", "/api/v1/claims", await post(body, { Authorization: writer }), 401);
    const large = { ...body, headline: "x".repeat(70 * 1024) };
    await check("post", "/api/v1/claims", await post(large), 413);
    const form = await request.post("/api/v1/claims", {
      headers: bearer(writer),
      form: { quantityId: quantity.quantityId },
    });
    await check("post", "/api/v1/claims", form, 415);

    // A retry with the same Idempotency-Key gets the same draft, never a second one.
    const key = { ...bearer(writer), "Idempotency-Key": `retry-${tag}` };
    const first = await check("post", "/api/v1/claims", await post(body, key), 201);
    const retried = await post(body, key);
    const replay = await check("post", "/api/v1/claims", retried, 201);
    expect(retried.headers()["idempotent-replayed"]).toBe("true");
    expect((replay.data as Json).id).toBe((first.data as Json).id);
    await check("post", "/api/v1/claims", await post({ ...body, publisher: "Reuters" }, key), 422);
    // A key left reserved by a server that died answers no 409: the retry saves, once.
    await reserveKeyInProgress(writer, `slow-${tag}`);
    const slow = { ...bearer(writer), "Idempotency-Key": `slow-${tag}` };
    const saved = await check("post", "/api/v1/claims", await post(body, slow), 201);
    expect(((await check("post", "/api/v1/claims", await post(body, slow), 201)).data as Json).id).toBe(
      (saved.data as Json).id,
    );
    await check(
      "post",
      "/api/v1/claims",
      await post(body, { ...bearer(writer), "Idempotency-Key": "x".repeat(256) }),
      400,
    );

    // Reading
    const page = await check(
      "get",
      "/api/v1/staff/claims",
      await request.get(`/api/v1/staff/claims?quantity=${quantity.quantityId}&limit=1`, {
        headers: bearer(reader),
      }),
      200,
    );
    expect((page.data as Json[])[0]).toMatchObject({
      status: "draft",
      author: { name: TEST_USERS.reviewer.name },
    });
    const next = new URL(page.next as string);
    const second = await check(
      "get",
      "/api/v1/staff/claims",
      await request.get(next.pathname + next.search, { headers: bearer(reader) }),
      200,
    );
    expect((second.data as Json[])[0]?.id).not.toBe((page.data as Json[])[0]?.id);
    await check(
      "get",
      "/api/v1/staff/claims",
      await request.get("/api/v1/staff/claims?status=secret", { headers: bearer(reader) }),
      400,
    );
    await check(
      "get",
      "/api/v1/staff/claims",
      await request.get("/api/v1/staff/claims", {
        headers: bearer(`ct_0000000000_${"A".repeat(43)}`),
      }),
      401,
    );

    // The limits: requests until none is left in this minute (400s count too), then one more.
    let last = await post({});
    for (let i = 0; i < RATE_LIMITS.write && last.headers()["ratelimit-remaining"] !== "0"; i += 1)
      last = await post({});
    expect(last.status()).toBe(400);
    expect(last.headers()["ratelimit-remaining"]).toBe("0");
    const limited = await post(body);
    await check("post", "/api/v1/claims", limited, 429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({
      error: {
        code: "rate_limited",
        message: expect.stringContaining(`${RATE_LIMITS.write} a minute`),
      },
    });
    // Reads are counted apart from writes.
    expect((await request.get("/api/v1/staff/claims?limit=1", { headers: bearer(writer) })).status()).toBe(200);

    const read = () => request.get("/api/v1/staff/claims?limit=1", { headers: bearer(reader) });
    let lastRead = await read();
    for (let i = 0; i < RATE_LIMITS.read && lastRead.headers()["ratelimit-remaining"] !== "0"; i += 1)
      lastRead = await read();
    expect(lastRead.status()).toBe(200);
    await check("get", "/api/v1/staff/claims", await read(), 429);

    // Every answer the document promises for the token API was fetched and checked (the server's faults aside).
    const documented = Object.entries(
      document.paths as Record<
        string,
        Record<string, { security?: unknown; responses: Record<string, { content?: Json }> }>
      >,
    ).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        // The token API's operations name a scheme; the public ones say security: [] (none).
        Array.isArray(operation.security) && operation.security.length > 0
          ? Object.entries(operation.responses)
              // 500, and the database's 503 and 507: e2e/durability/faults.spec.ts makes those for real.
              .filter(
                ([status, answer]) => !["500", "503", "507"].includes(status) && answer.content?.["application/json"],
              )
              .map(([status]) => `${method} ${path} ${status}`)
          : [],
      ),
    );
    expect([...checked].sort()).toEqual([...new Set(documented)].sort());
  });

  test("the staff endpoint answers a signed-in member of staff without a token", async ({ page }) => {
    await signInAs(page, "reviewer");
    const answer = await page.request.get("/api/v1/staff/claims?limit=1");
    expect(answer.status()).toBe(200);
    expect(answer.headers()["cache-control"]).toBe("private, no-store");
  });
});

test.describe("on a phone", () => {
  test.skip(({ isMobile }) => !isMobile, "the phone's own layout");

  test("the tokens page fits a phone's screen and shows the new token whole", async ({ page }, testInfo) => {
    await signInAs(page, "admin");
    await page.goto("/admin/tokens");
    const token = await createTokenInUi(page, `Phone ${uniqueTag()}`, "Read", "reviewer");
    await expect(page.getByTestId("one-time-token")).toHaveText(token);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screenshots/admin-tokens-${testInfo.project.name}.png`,
      fullPage: true,
    });
  });
});
