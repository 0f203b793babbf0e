import { describe, expect, it } from "vitest";
import { isCacheableAnswer, keptHeaders, PageStore, pageKey, policyNonce, readerLocale } from "./page-cache";
import { uncacheableReason, withFreshNonce, withVary, type CachedPage, type PageRequest } from "./page-cache";

function visitor(
  pathAndQuery: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    cookies?: Record<string, string>;
  } = {},
): PageRequest {
  const headers = new Headers(options.headers);
  return {
    method: options.method ?? "GET",
    pathAndQuery,
    header: (name) => headers.get(name),
    cookies: new Map(Object.entries(options.cookies ?? {})),
  };
}

describe("which requests the page cache answers", () => {
  it.each([
    "/",
    "/story/idlib-strikes",
    "/quantity/q1",
    "/claim/c1",
    "/source/s1",
    "/search?q=turkish+troops",
    "/?page=2",
  ])("a visitor's GET of the public page %s", (path) => {
    expect(uncacheableReason(visitor(path))).toBeNull();
    expect(uncacheableReason(visitor(path, { method: "HEAD" }))).toBeNull();
  });

  it.each([
    "/dashboard",
    "/review",
    "/stories",
    "/sources",
    "/claims/new",
    "/admin/users",
    "/sign-in",
    "/api/auth/session",
    "/api/v1/stories",
    "/story/x/claims.csv",
    "/feed.atom",
    "/story/x/y",
  ])("never the staff, auth or data address %s", (path) => expect(uncacheableReason(visitor(path))).toBe("path"));

  it("never a server action's POST, nor any other method", () => {
    expect(uncacheableReason(visitor("/", { method: "POST", headers: { "next-action": "abc" } }))).toBe("method");
    expect(uncacheableReason(visitor("/story/x", { method: "PUT" }))).toBe("method");
  });

  it("never a signed-in member, whichever form the session cookie takes", () => {
    for (const name of [
      "next-auth.session-token",
      "__Secure-next-auth.session-token",
      "__Secure-next-auth.session-token.0",
    ]) {
      expect(uncacheableReason(visitor("/", { cookies: { [name]: "jwt" } }))).toBe("session");
    }
    // The language and next-auth's CSRF cookie say nothing about who is reading.
    expect(uncacheableReason(visitor("/", { cookies: { "ct-lang": "fr", "next-auth.csrf-token": "x" } }))).toBeNull();
  });

  it("never the client router's RSC payloads and prefetches", () => {
    expect(uncacheableReason(visitor("/story/x", { headers: { RSC: "1" } }))).toBe("router");
    expect(uncacheableReason(visitor("/story/x", { headers: { "Next-Router-Prefetch": "1" } }))).toBe("router");
    expect(uncacheableReason(visitor("/story/x?_rsc=abc"))).toBe("router");
    // What is left of a router fetch once Next has stripped its headers: a fetch, not a document.
    expect(uncacheableReason(visitor("/story/x", { headers: { "Sec-Fetch-Dest": "empty", Accept: "*/*" } }))).toBe(
      "router",
    );
    expect(uncacheableReason(visitor("/story/x", { headers: { Accept: "text/x-component" } }))).toBe("router");
  });

  it("a browser's page load, and a plain client's GET", () => {
    const browser = {
      "Sec-Fetch-Dest": "document",
      Accept: "text/html,application/xhtml+xml,*/*;q=0.8",
    };
    expect(uncacheableReason(visitor("/story/x", { headers: browser }))).toBeNull();
    expect(uncacheableReason(visitor("/story/x", { headers: { Accept: "*/*" } }))).toBeNull();
    expect(uncacheableReason(visitor("/story/x"))).toBeNull();
  });
});

describe("the reader's language and the key", () => {
  it("follows the switch's cookie first, then Accept-Language, as the pages do", () => {
    expect(readerLocale("fr", "en-GB")).toBe("fr");
    expect(readerLocale(undefined, "fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(readerLocale("de", "en")).toBe("en");
    expect(readerLocale(undefined, null)).toBe("en");
  });

  it("differs by language and the full address, query included", () => {
    const keys = new Set([
      pageKey("en", "/search?q=a"),
      pageKey("fr", "/search?q=a"),
      pageKey("en", "/search?q=b"),
      pageKey("en", "/search"),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe("which answers are kept", () => {
  const page = (status: number, headers: Record<string, string>, bytes = 100) => ({
    status,
    headers: new Headers(headers),
    body: new Uint8Array(bytes),
  });

  it("keeps a 200 HTML page", () => {
    expect(isCacheableAnswer(page(200, { "content-type": "text/html; charset=utf-8" }), 1_000)).toBe(true);
  });

  it("never an error, a not-found, a redirect, a page that sets a cookie, a non-HTML answer or an oversized page", () => {
    const html = { "content-type": "text/html; charset=utf-8" };
    expect(isCacheableAnswer(page(404, html), 1_000)).toBe(false);
    expect(isCacheableAnswer(page(500, html), 1_000)).toBe(false);
    expect(isCacheableAnswer(page(307, { ...html, location: "/" }), 1_000)).toBe(false);
    expect(isCacheableAnswer(page(200, { ...html, "set-cookie": "a=b" }), 1_000)).toBe(false);
    expect(isCacheableAnswer(page(200, { "content-type": "application/json" }), 1_000)).toBe(false);
    expect(isCacheableAnswer(page(200, html, 1_001), 1_000)).toBe(false);
  });

  it("keeps the render's headers, its CSP with the nonce among them, but not the connection's", () => {
    const kept = keptHeaders(
      new Headers({
        "content-security-policy": "script-src 'nonce-abc'",
        "content-type": "text/html",
        "content-length": "10",
        "transfer-encoding": "chunked",
        date: "x",
        connection: "keep-alive",
      }),
    );
    expect(Object.fromEntries(kept)).toEqual({
      "content-security-policy": "script-src 'nonce-abc'",
      "content-type": "text/html",
    });
  });

  it("says the answer varies with the cookie and Accept-Language, once each", () => {
    expect(withVary("rsc, Accept-Encoding")).toBe("rsc, Accept-Encoding, Cookie, Accept-Language");
    expect(withVary("cookie")).toBe("cookie, Accept-Language");
    expect(withVary(null)).toBe("Cookie, Accept-Language");
  });
});

/** A store of `bytes`, a request rendering at edition 1 (so pages of edition 1 may be kept). */
function storeRendering(bytes: number) {
  const store = new PageStore(bytes);
  store.get("", 1);
  return store;
}

describe("the page store", () => {
  const stored = (edition: number, bytes: number): CachedPage => ({
    edition,
    nonce: "n",
    headers: [],
    body: new Uint8Array(bytes),
  });

  it("answers a page only at the edition it was rendered at", () => {
    const store = new PageStore(10_000);
    expect(store.get("a", 7)).toBeUndefined();
    store.set("a", stored(7, 100));
    expect(store.get("a", 7)?.body.byteLength).toBe(100);
    // A write: the next request reads edition 8 and the page is gone.
    expect(store.get("a", 8)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("drops a page rendered before a write that another request has already seen", () => {
    const store = new PageStore(10_000);
    store.get("a", 7); // this request starts rendering at edition 7
    store.get("b", 8); // meanwhile a write, seen by another request
    store.set("a", stored(7, 100));
    expect(store.get("a", 8)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("stays within its bytes, the least recently used going first", () => {
    const store = storeRendering(1_200);
    store.set("a", stored(1, 300));
    store.set("b", stored(1, 300));
    store.set("c", stored(1, 300));
    store.get("a", 1); // a is used again: b is now the oldest
    store.set("d", stored(1, 300));
    expect(store.totalBytes).toBeLessThanOrEqual(1_200);
    expect(store.get("b", 1)).toBeUndefined();
    expect(store.get("a", 1)).toBeDefined();
    expect(store.get("d", 1)).toBeDefined();
  });

  it("never keeps a page larger than the whole store", () => {
    const store = storeRendering(1_000);
    store.set("big", stored(1, 2_000));
    expect(store.size).toBe(0);
    expect(store.totalBytes).toBe(0);
  });

  it("replacing a page does not count it twice", () => {
    const store = storeRendering(10_000);
    store.set("a", stored(1, 100));
    store.set("a", stored(1, 200));
    expect(store.size).toBe(1);
    expect(store.totalBytes).toBeLessThan(400);
  });
});

describe("a fresh nonce for every answer", () => {
  const old = "Nn4FGYtqPEaa6t/nv9mhpA==";
  const fresh = "AAAAbbbbCCCCdddd+/+/EE==";
  const html = `<script nonce="${old}">self.__next_f.push([1,"{\\"nonce\\":\\"${old}\\"}"])</script><p>${old.slice(0, 10)}</p><script nonce="${old}" src="/a.js"></script>`;
  const page: CachedPage = {
    edition: 1,
    nonce: old,
    headers: [
      ["content-security-policy", `script-src 'self' 'nonce-${old}' 'strict-dynamic'`],
      ["content-type", "text/html"],
    ],
    body: new TextEncoder().encode(html),
  };

  it("reads the nonce from the page's policy", () => {
    expect(policyNonce(page.headers[0]?.[1] ?? null)).toBe(old);
    expect(policyNonce("default-src 'none'")).toBeNull();
    expect(policyNonce(null)).toBeNull();
  });

  it("replaces it in the policy, on every script and in Next's payload, and nowhere else", () => {
    const answer = withFreshNonce(page, fresh);
    const text = new TextDecoder().decode(answer.body);
    expect(text).not.toContain(old);
    expect(text.split(fresh)).toHaveLength(4);
    expect(text).toBe(html.replaceAll(old, fresh));
    expect(answer.body.byteLength).toBe(page.body.byteLength);
    expect(Object.fromEntries(answer.headers)["content-security-policy"]).toBe(
      `script-src 'self' 'nonce-${fresh}' 'strict-dynamic'`,
    );
  });

  it("leaves the kept page as it was, for the next reader", () => {
    withFreshNonce(page, fresh);
    expect(new TextDecoder().decode(page.body)).toBe(html);
    expect(page.headers[0]?.[1]).toContain(old);
  });
});
