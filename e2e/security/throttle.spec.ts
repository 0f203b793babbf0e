// Sign-in limits seen from outside (docs/security.md, "Sign-in limits"): a stranger can neither
// dodge them by writing addresses into X-Forwarded-For nor use them to keep the owner out; and
// next-auth's callbackUrl, however mangled, never makes its routes answer 500.
import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { createAccount, newTag, readRows, type Account } from "./support";

const WAIT = /^Too many attempts from this address: try again in \d+ seconds\.$/;
// What authorize() throws for a wrong password; next-auth hands its message to the form.
const REFUSED = "Wrong email or password.";

const randomAddress = (first: number) => [first, ...randomBytes(3)].join(".");

/**
 * One sign-in through next-auth's endpoints, as the form sends it, with this X-Forwarded-For:
 * the error it answers (its message, as the form receives it), or null when signed in.
 */
async function attempt(
  request: APIRequestContext,
  email: string,
  password: string,
  forwardedFor: string,
): Promise<string | null> {
  const headers = { "x-forwarded-for": forwardedFor };
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as {
    csrfToken: string;
  };
  const answer = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(answer.status(), "a refusal is an answer, not a server error").toBeLessThan(500);
  const { url } = (await answer.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

/** A new account of this role, and a stranger's own request context to guess its password from. */
async function accountAndStranger(role: Account["role"], baseURL: string | undefined) {
  return {
    account: await createAccount(role, newTag()),
    request: await playwrightRequest.newContext({ baseURL }),
  };
}

test("a stranger who writes a new address into X-Forwarded-For for each guess is slowed all the same", async ({
  baseURL,
}) => {
  const { account, request } = await accountAndStranger("reviewer", baseURL);
  // What a proxy in front sends: the client's own (forged) entries, then the address it saw.
  const seenByProxy = randomAddress(10);
  for (let guess = 1; guess <= 5; guess++) {
    expect(await attempt(request, account.email, `guess ${guess}`, `${randomAddress(1)}, ${seenByProxy}`)).toBe(
      REFUSED,
    );
  }
  const refused = await attempt(request, account.email, account.password, `${randomAddress(2)}, ${seenByProxy}`);
  expect(refused).toMatch(WAIT);

  // Every refusal is in the admins' audit, with the address that was counted.
  const events = await readRows<{ kind: string; address: string; detail: string | null }>(
    `SELECT "kind", "address", "detail" FROM "SecurityEvent" WHERE "email" = ? ORDER BY "id"`,
    account.email,
  );
  expect(events.map((event) => event.kind)).toEqual([...Array<string>(5).fill("sign_in_refused"), "sign_in_locked"]);
  expect(new Set(events.map((event) => event.address))).toEqual(new Set([seenByProxy]));
  expect(events.at(-1)?.detail).toMatch(/too many failures for this account from this address/);
  await request.dispose();
});

test("a stranger's wrong passwords do not keep the owner out: from their own address, they sign in at once", async ({
  baseURL,
}) => {
  const { account, request } = await accountAndStranger("admin", baseURL);
  const stranger = randomAddress(10);
  for (let guess = 1; guess <= 8; guess++) await attempt(request, account.email, `guess ${guess}`, stranger);
  expect(await attempt(request, account.email, account.password, stranger)).toMatch(WAIT);

  const owner = await playwrightRequest.newContext({ baseURL });
  expect(await attempt(owner, account.email, account.password, randomAddress(10))).toBeNull();
  const session = (await (await owner.get("/api/auth/session")).json()) as {
    user?: { email?: string };
  };
  expect(session.user?.email).toBe(account.email);
  await Promise.all([request.dispose(), owner.dispose()]);
});

test.describe("next-auth's callbackUrl", () => {
  const mangled = [
    "%ZZ",
    "%",
    "javascript:alert(1)",
    "https://evil.example/phish",
    "//evil.example",
    "/\u0001evil",
    "/\\evil.example",
    "/caf\u00e9",
    "x".repeat(5000),
  ];

  for (const callbackUrl of mangled) {
    test(`${JSON.stringify(callbackUrl.slice(0, 40))} leads to a page of this site, never a 500`, async ({
      request,
      baseURL,
    }) => {
      const origin = new URL(baseURL as string).origin;
      // Raw in the query string where a browser would send it so (a bad escape, a letter).
      const query = callbackUrl.startsWith("%") ? callbackUrl : encodeURIComponent(callbackUrl);
      for (const route of ["signin", "session", "csrf", "providers", "signout"]) {
        const answer = await request.get(`/api/auth/${route}?callbackUrl=${query}`, {
          maxRedirects: 0,
        });
        expect(answer.status(), `/api/auth/${route}`).toBeLessThan(500);
      }
      const signIn = await request.get(`/api/auth/signin?callbackUrl=${query}`, {
        maxRedirects: 0,
      });
      expect(signIn.status()).toBe(302);
      const location = new URL(signIn.headers().location ?? "", origin);
      expect(location.origin).toBe(origin);
      const next = new URL(location.searchParams.get("callbackUrl") ?? "", origin);
      expect(next.origin, "where the sign-in page will send them").toBe(origin);
    });
  }

  test("a mangled callback-URL cookie is answered like a mangled parameter", async ({ baseURL }) => {
    const origin = new URL(baseURL as string).origin;
    // Not a URL, which next-auth's own check refused with a 500 before any option of ours ran.
    const request = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: "next-auth.callback-url=javascript:alert(1)" },
    });
    const answer = await request.get("/api/auth/signin", { maxRedirects: 0 });
    expect(answer.status()).toBe(302);
    expect(new URL(answer.headers().location ?? "", origin).origin).toBe(origin);
    await request.dispose();
  });
});
