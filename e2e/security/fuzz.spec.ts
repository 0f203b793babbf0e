import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { routeHandlers } from "../authorization/build-entry-points";
import { createQuantity, insertAtLeast } from "../support/review-fixtures";
import {
  FORM_ACTIONS,
  ORIGIN,
  action,
  actionResult,
  callAction,
  createAccount,
  expectNoLeak,
  readRow,
  runStatement,
  signedInRequest,
  tableDigest,
  type FormFields,
} from "./support";

// Bad input, generated: thousands of malformed payloads (wrong types, missing and extra fields,
// huge and odd unicode strings, arrays for scalars, numbers as words, NaN and Infinity, negative
// versions, other rows' ids) sent to every server action, as a signed-in admin so authorization
// lets them through to validation, and to every open-data and staff route handler. Every answer
// is a refusal that says what is wrong, never a 5xx or a stack trace, and nothing is written.
test.skip(({ isMobile }) => isMobile, "one run is enough: the calls do not depend on the screen");
test.describe.configure({ timeout: 180_000 });

/** The fixed seed of the run: a failure prints it, and FUZZ_SEED=<seed> replays the same payloads. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const ACTION_RUNS = 700;
const ROUTE_RUNS = 1_300;
export const FUZZ_PAYLOADS = ACTION_RUNS + ROUTE_RUNS;

// ---------------------------------------------------------------------------------------------
// The ids fuzzed requests may name: rows of this spec, in states no payload can legally change
// (every version is 7, which no generated version equals), and ids of no row at all.

interface Targets {
  storyId: string;
  quantityId: string;
  sourceId: string;
  claims: string[];
  users: string[];
}

async function makeTargets(): Promise<Targets> {
  const quantity = await createQuantity("fuzz", {
    sources: { ministry: "Ministry", observatory: "Observatory" },
  });
  const { quantityId, sources } = quantity;
  const claim = async (status: "draft" | "in_review" | "published" | "retracted") => {
    const { id } = await insertAtLeast(quantity, "ministry", 29, {
      sentence: `At least 29 soldiers were killed (fuzz ${status}).`,
      status,
    });
    return id;
  };
  const claims = [await claim("draft"), await claim("in_review"), await claim("published"), await claim("retracted")];
  await runStatement(`UPDATE "Claim" SET "version" = 7 WHERE "id" IN (${claims.map(() => "?").join(", ")})`, ...claims);
  const storyId = (await readRow(`SELECT "storyId" FROM "Quantity" WHERE "id" = ?`, quantityId))?.storyId as string;
  return { storyId, quantityId, sourceId: sources.ministry as string, claims, users: [] };
}

// ---------------------------------------------------------------------------------------------
// Generators

const HUGE = fc.integer({ min: 2_001, max: 30_000 }).map((n) => "x".repeat(n));
const ODD_TEXT = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "💥".repeat(300),
  "NaN",
  "Infinity",
  "-Infinity",
  "1e400",
  "-1",
  "0",
  "1.5",
  "0x1F",
  "twenty-nine",
  "null",
  "undefined",
  "true",
  "[object Object]",
  '{"nested":{"deep":[1,2,3]}}',
  "$K1",
  "$@0",
  "$Q1",
  "__proto__",
  '\'; DROP TABLE "Claim"; --',
  "../../etc/passwd",
  "%00",
  "\ud800",
);
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), ODD_TEXT, HUGE);
const version = fc.oneof(
  fc.integer({ min: -1_000, max: 6 }).map(String),
  fc.constantFrom("NaN", "Infinity", "-1", "1.5", "1e21", "9007199254740993", "", "seven"),
);

/** A form field: usually one odd value, sometimes several (an array where a scalar was expected). */
const fieldValue = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.array(text, { minLength: 2, maxLength: 3 }) },
);

/**
 * A form for an action: the fields it reads, each missing, odd, huge or repeated, plus extra
 * fields; at least one field it requires is broken, so no payload is a valid request.
 */
function formFor(
  fields: Record<string, fc.Arbitrary<string | string[]>>,
  breakable: string[],
): fc.Arbitrary<FormFields> {
  return fc
    .record({
      values: fc.record(
        Object.fromEntries(
          Object.entries(fields).map(([k, v]) => [k, fc.option(fc.oneof(v, fieldValue), { nil: undefined })]),
        ),
      ),
      broken: fc.constantFrom(...breakable),
      // Longer than any field allows, or several values for one: never valid, whatever the field.
      brokenValue: fc.oneof(HUGE, fc.array(text, { minLength: 2, maxLength: 3 })),
      extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), text, { maxKeys: 3 }),
    })
    .map(({ values, broken, brokenValue, extra }) => {
      const form: FormFields = { ...extra };
      for (const [key, value] of Object.entries(values)) if (value !== undefined) form[key] = value;
      form[broken] = brokenValue;
      return form;
    });
}

function actionForms(t: Targets): Record<string, fc.Arbitrary<FormFields>> {
  const claimId = fc.constantFrom(...t.claims, "no-such-claim", "", "x".repeat(65));
  const enumish = (...values: string[]) => fc.oneof(fc.constantFrom(...values), text);
  const claimFields = {
    sentence: text,
    language: enumish("en", "fr", "de"),
    quote: text,
    value: text,
    low: text,
    high: text,
    qualifier: enumish("exact", "at_least", "range", "vague", "plenty"),
    kind: enumish("count", "percent", "weight"),
    unit: text,
    quantityId: fc.constantFrom(t.quantityId, "no-such-quantity"),
    sourceId: fc.constantFrom(t.sourceId, "no-such-source"),
    relayedById: fc.constantFrom(t.sourceId, ""),
    articleUrl: fc.oneof(fc.webUrl(), text),
    archiveUrl: fc.oneof(fc.webUrl(), text),
    publisher: text,
    headline: text,
    publishedAt: text,
    reportedAt: fc.oneof(
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? "never" : d.toISOString())),
      text,
    ),
  };
  // Every required field that can be broken; an odd value for it is never valid.
  const required = ["sentence", "quote", "qualifier", "kind", "language", "reportedAt"];
  const decision = { claimId, version };
  return {
    "app/claims/actions.ts#createDraftAction": formFor(claimFields, required),
    "app/claims/actions.ts#updateDraftAction": formFor({ ...claimFields, ...decision }, [...required, "version"]),
    "app/claims/actions.ts#submitClaimAction": formFor(decision, ["version", "claimId"]),
    "app/stories/actions.ts#createStoryAction": formFor({ title: text, summary: text, date: text, place: text }, [
      "title",
      "date",
    ]),
    "app/stories/actions.ts#createQuantityAction": formFor(
      {
        storyId: fc.constantFrom(t.storyId, "no-such-story"),
        label: text,
        unit: text,
        cumulative: enumish("on", "true", "yes"),
        scopeWho: text,
        scopePlace: text,
        scopeFrom: text,
        scopeTo: text,
        measure: enumish("killed", "eaten"),
        headlinePolicy: enumish("range", "loudest"),
      },
      ["label", "measure", "headlinePolicy"],
    ),
    "app/sources/actions.ts#createSourceAction": formFor(
      {
        name: text,
        kind: enumish("ngo", "oracle"),
        country: text,
        homepage: fc.oneof(fc.webUrl(), text),
      },
      ["name", "kind"],
    ),
    "app/review/actions.ts#approveClaimAction": formFor(decision, ["version", "claimId"]),
    "app/review/actions.ts#rejectClaimAction": formFor({ ...decision, note: text }, ["version", "claimId", "note"]),
    "app/review/actions.ts#retractClaimAction": formFor({ ...decision, reason: text }, [
      "version",
      "claimId",
      "reason",
    ]),
    "app/review/actions.ts#rateClaimAction": formFor(
      { ...decision, rating: enumish("confirmed", "amazing"), ratingExplanation: text },
      ["version", "claimId", "rating", "ratingExplanation"],
    ),
    "app/admin/users/actions.ts#inviteUserAction": formFor(
      {
        name: text,
        email: fc.oneof(fc.emailAddress(), text),
        role: enumish("editor", "superuser"),
      },
      ["email", "role", "name"],
    ),
    "app/admin/users/actions.ts#changeUserRoleAction": formFor(
      { userId: fc.constantFrom(...t.users, "no-such-user"), role: enumish("reviewer", "root") },
      ["role", "userId"],
    ),
    "app/admin/users/actions.ts#disableUserAction": formFor(
      { userId: fc.constantFrom("no-such-user", "", "x".repeat(65)) },
      ["userId"],
    ),
    "app/admin/users/actions.ts#enableUserAction": formFor(
      { userId: fc.constantFrom("no-such-user", "", "x".repeat(65)) },
      ["userId"],
    ),
  };
}

/**
 * React's wire format for plain arguments: a JSON array in which a string starting with "$" is a
 * reference, so React writes a real "$" as "$$". Payloads keep to that format (a browser never
 * sends anything else; a body that is not React's encoding is answered by Next itself, see
 * no-stack-traces.spec.ts) and carry odd values inside it.
 */
const asReactArguments = (args: unknown[]) =>
  JSON.stringify(args, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );

/** Arguments that are not a form at all, for every action, and odd objects for the plain ones. */
const plainArguments = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => asReactArguments([v])),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }).map((v) => asReactArguments(v)),
  fc
    .record(
      {
        articleText: text,
        language: text,
        reportedAt: text,
        articleUrl: text,
        relayedById: text,
        figures: fc.oneof(
          fc.array(
            fc.record(
              {
                start: fc.oneof(fc.integer(), text),
                end: fc.oneof(fc.integer(), text),
                quantityId: text,
                sourceId: text,
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      },
      { requiredKeys: [] },
    )
    .map((v) => asReactArguments([v])),
  fc.constantFrom(
    "[]",
    "[null]",
    "[null,null]",
    '["$undefined"]',
    "[1e400]",
    "[-1e400]",
    '["\\ud800"]',
    "[[[[[[[[[[]]]]]]]]]]",
    '[{"__proto__":{"admin":true}}]',
  ),
);

// ---------------------------------------------------------------------------------------------
// Checks

/** A refusal that says what is wrong: an error code and a message, or a 4xx. */
function expectClearRefusal(
  name: string,
  answer: { status: number; body: string; redirect: string | null },
  payload: unknown,
) {
  const what = `${name} with ${JSON.stringify(payload).slice(0, 300)} (seed ${SEED})`;
  expect(answer.status, `${what} answered ${answer.status}`).toBeLessThan(500);
  expectNoLeak(answer.body, what);
  expect(answer.redirect, `${what} succeeded`).toBeNull();
  if (answer.status !== 200) return;
  if (name === "app/actions/read-figures.ts#readFiguresAction") {
    // The public reader answers with its form's state: refused with a message, or read (a read
    // stores nothing, so finding figures in odd text is fine).
    expect(answer.body, what).toMatch(
      /"status":"(?:read|limited)"|"status":"invalid","fields":.*"errors":\{"(text|lang)":"[^"]{3,}/,
    );
    return;
  }
  const result = actionResult(answer.body);
  expect(result?.ok, `${what} should be refused`).toBe(false);
  expect(result?.error?.code, what).not.toBe("internal");
  expect(result?.error?.message ?? "", `${what} should say what is wrong`).toMatch(/\w{3,}/);
}

/** A path segment as a browser would send it; a lone surrogate (which cannot be) becomes "x". */
function safelyEncoded(segment: string): string {
  try {
    return encodeURIComponent(segment);
  } catch {
    return "x";
  }
}

const WATCHED_TABLES = ["Story", "Quantity", "Source", "Claim"] as const;

/** The fuzzer's targets and whatever the fuzzing admin wrote, taken before and after a run. */
async function snapshot(t: Targets, actorId: string) {
  const ids = [t.storyId, t.quantityId, t.sourceId, ...t.claims, ...t.users];
  return {
    targets: await tableDigest([...WATCHED_TABLES, "User"], ids),
    byFuzzer: await readRow(
      `SELECT (SELECT count(*) FROM "HistoryEntry" WHERE "actorId" = ?) AS "history",
              (SELECT count(*) FROM "Claim" WHERE "authorId" = ? OR "reviewerId" = ?) AS "claims"`,
      actorId,
      actorId,
      actorId,
    ),
  };
}

// ---------------------------------------------------------------------------------------------

test(`${ACTION_RUNS} malformed payloads to every server action: each refused with a reason, nothing written`, async ({
  browser,
  baseURL,
}) => {
  const admin = await createAccount("admin");
  const request = await signedInRequest(browser, baseURL as string, admin);
  const targets = await makeTargets();
  targets.users.push((await createAccount("editor")).id, (await createAccount("reviewer")).id);
  const before = await snapshot(targets, admin.id);
  expect(before.byFuzzer).toEqual({ history: 0, claims: 0 });

  const forms = actionForms(targets);
  const names = [
    ...FORM_ACTIONS,
    "app/claims/actions.ts#saveArticleDraftsAction",
    "app/actions/read-figures.ts#readFiguresAction",
  ];
  for (const name of names) action(name); // every name is in the build
  const call = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...FORM_ACTIONS)
        .chain((name) => forms[name]!.map((form) => ({ name, form, json: null as string | null }))),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...names).chain((name) =>
        plainArguments.map((json) => ({
          name: name as string,
          form: null as FormFields | null,
          json,
        })),
      ),
    },
  );

  let sent = 0;
  await fc.assert(
    fc.asyncProperty(call, async ({ name, form, json }) => {
      const answer = await callAction(request, name, form ? { form } : { json: json as string });
      sent += 1;
      expectClearRefusal(name, answer, form ?? json);
    }),
    { seed: SEED, numRuns: ACTION_RUNS, endOnFailure: true },
  );
  expect(sent).toBe(ACTION_RUNS);
  expect(await snapshot(targets, admin.id), "the database is unchanged").toEqual(before);
});

test(`${ROUTE_RUNS} malformed requests to every route handler: each a 4xx with a message or a normal answer`, async ({
  browser,
  baseURL,
}) => {
  const admin = await createAccount("admin");
  const request: APIRequestContext = await signedInRequest(browser, baseURL as string, admin);
  const routes = routeHandlers().filter(
    (r) => r.path.startsWith("/api/") || r.path.endsWith(".csv") || r.path === "/feed.atom" || r.path === "/language",
  );
  expect(routes.length).toBeGreaterThan(8);
  const targets = await makeTargets();
  const before = await snapshot(targets, admin.id);

  // No "." or ".." segments: the client resolves them, and the request would leave the route
  // handler for a page (no-stack-traces.spec.ts sends encoded traversals instead).
  const segment = fc
    .oneof(
      fc.string({ maxLength: 30 }),
      ODD_TEXT.filter((s) => s.length < 500),
      fc.constant("x".repeat(300)),
    )
    .filter((s) => !/^(\.|%2e){1,2}$/i.test(s));
  const query = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom("limit", "cursor", "q", "story", "quantity", "source", "locale"),
        fc.string({ maxLength: 10 }),
      ),
      fc.oneof(
        text.filter((s) => s.length < 5_000),
        fc.integer().map(String),
        fc.constantFrom("-1", "0", "1e9", "NaN", "999999999999999999999"),
      ),
    ),
    { maxLength: 4 },
  );
  const requestArb = fc.record({
    route: fc.constantFrom(...routes),
    segment,
    query,
    method: fc.constantFrom("GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH"),
    body: fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 100 }),
    ),
    contentType: fc.constantFrom(
      "application/json",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/xml",
    ),
  });

  await fc.assert(
    fc.asyncProperty(requestArb, async ({ route, segment: part, query: pairs, method, body, contentType }) => {
      const path = route.path.replace(/\[[^\]]+\]/g, safelyEncoded(part) || "x");
      const search = new URLSearchParams(pairs).toString();
      const url = `${path}${search ? `?${search}` : ""}`;
      const response = await request.fetch(url, {
        method,
        headers: { "Content-Type": contentType, Origin: ORIGIN },
        data: method === "GET" ? undefined : body,
        maxRedirects: 0,
      });
      const status = response.status();
      const text = await response.text();
      const what = `${method} ${url.slice(0, 200)} (seed ${SEED})`;
      expect(status, `${what} answered ${status}: ${text.slice(0, 200)}`).toBeLessThan(500);
      expectNoLeak(text, what);
      if (status >= 400 && status !== 405 && (response.headers()["content-type"] ?? "").includes("json")) {
        const message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? "";
        expect(message, `${what} should say what is wrong`).toMatch(/\w{3,}/);
      }
    }),
    { seed: SEED, numRuns: ROUTE_RUNS, endOnFailure: true },
  );
  expect(await snapshot(targets, admin.id), "the database is unchanged").toEqual(before);
});
