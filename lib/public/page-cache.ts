// The rules of the public pages' HTML cache (proxy.ts serves it, docs/decisions/007-page-cache.md
// says why). Pure: no Next, no database, so each rule is tested on its own.
//
// A public page is a function of three things only: the database's edition (the id of its newest
// history entry, lib/data/public-cache.ts), the reader's language and the address (path and
// query). Its absolute URLs (the claim page's JSON-LD) are on the configured origin
// (lib/public/public-origin.ts), never the Host asked: a forged one cannot reach other readers
// through the cache. Everything else a page could read (a staff session above all) makes the
// request uncacheable instead.
import { isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locale";

/** The pages kept: home, story, quantity, claim, source and search. Data routes have their ETags. */
const CACHEABLE_PATH = /^\/(?:|(?:story|quantity|claim|source)\/[^/]+|search)$/;

/** next-auth's session cookie, whatever its prefix (__Secure-, __Host-) or chunk (.0, .1). */
const SESSION_COOKIE = /next-auth\.session-token/;

/** Headers of Next's client router (RSC payloads, prefetches) and of server actions. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];

/**
 * Whether the request asks for an HTML document. Next strips its router's headers (RSC: 1) and
 * its `_rsc` parameter before the proxy sees them, so the proxy tells a router fetch from a page
 * load the way the browser does: a fetch says `Sec-Fetch-Dest: empty` and accepts anything, a
 * page load says `document` and `text/html`. Where a browser sends no Sec-Fetch headers (plain http
 * on another host), a router fetch given HTML makes Next load the page in full instead: slower,
 * never wrong.
 */
function asksForDocument(request: PageRequest): boolean {
  const destination = request.header("sec-fetch-dest");
  if (destination !== null && destination !== "document") return false;
  const accept = request.header("accept");
  return accept === null || accept.includes("text/html") || accept.trim() === "*/*";
}

export interface PageRequest {
  method: string;
  /** Path and query, as asked: "/search?q=turkish". */
  pathAndQuery: string;
  /** Reads a request header (case-insensitive), null when absent. */
  header(name: string): string | null;
  /** The request's cookies by name. */
  cookies: ReadonlyMap<string, string>;
}

/**
 * Why a request is answered without the cache, or null when the cache may answer it. Only a
 * visitor's plain GET or HEAD of a public page qualifies: a signed-in member sees the staff bar
 * in the same layout, the client router asks for RSC payloads, not HTML.
 */
export function uncacheableReason(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return "method";
  const url = new URL(request.pathAndQuery, "http://x");
  if (!CACHEABLE_PATH.test(url.pathname)) return "path";
  if (url.searchParams.has("_rsc")) return "router";
  if (ROUTER_HEADERS.some((name) => request.header(name) !== null)) return "router";
  if (!asksForDocument(request)) return "router";
  if ([...request.cookies.keys()].some((name) => SESSION_COOKIE.test(name))) return "session";
  return null;
}

/** The reader's language as lib/i18n/server.ts resolves it: the switch's cookie, else Accept-Language. */
export function readerLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}

/**
 * The cache key of a page: the language and the full address. The edition is not in the key but
 * on the entry: a newer edition makes every entry stale at once.
 */
export function pageKey(locale: Locale, pathAndQuery: string): string {
  return `${locale} ${pathAndQuery}`;
}

/** The answer Next gave for a page, as the cache receives it. */
export interface RenderedPage {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/**
 * Whether a rendered answer may be kept: a 200 HTML page that sets no cookie. Errors, redirects
 * and not-founds are rendered again each time (they are cheap and may be passing).
 */
export function isCacheableAnswer(page: RenderedPage, maxEntryBytes: number): boolean {
  if (page.status !== 200) return false;
  if (page.headers.has("set-cookie")) return false;
  if (!(page.headers.get("content-type") ?? "").startsWith("text/html")) return false;
  return page.body.byteLength <= maxEntryBytes;
}

/** Headers that describe one connection or one encoding, never replayed from the cache. */
const NOT_KEPT = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "set-cookie",
]);

/** The headers kept with a page: the render's own (its CSP and nonce among them), less the connection's. */
export function keptHeaders(headers: Headers): [string, string][] {
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (!NOT_KEPT.has(name.toLowerCase())) kept.push([name, value]);
  });
  return kept;
}

/** The Vary of a cached page: what else, besides the address, chose this answer. */
export function withVary(vary: string | null): string {
  const names = (vary ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  for (const needed of ["Cookie", "Accept-Language"]) {
    if (!names.some((n) => n.toLowerCase() === needed.toLowerCase())) names.push(needed);
  }
  return names.join(", ");
}

export interface CachedPage {
  edition: number;
  /** The nonce the page was rendered with: in its CSP header and on its scripts. */
  nonce: string;
  headers: [string, string][];
  body: Uint8Array;
}

/** The script nonce of a page's Content-Security-Policy, or null when it has none. */
export function policyNonce(policy: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1] ?? null;
}

/**
 * The kept page with a new nonce, so that no two answers share one, as if rendered again: every
 * occurrence of the render's nonce (the CSP header, the scripts' attributes, Next's payload)
 * replaced by `fresh`. The old nonce is 128 random bits drawn after the page's content was
 * written, so it occurs nowhere else; both are 24 characters, so the page keeps its length.
 */
export function withFreshNonce(page: CachedPage, fresh: string): { headers: [string, string][]; body: Uint8Array } {
  const old = Buffer.from(page.nonce);
  const replacement = Buffer.from(fresh);
  if (old.length !== replacement.length) throw new Error("A nonce must keep its length");
  const body = Buffer.from(page.body);
  for (let at = body.indexOf(old); at !== -1; at = body.indexOf(old, at + old.length)) replacement.copy(body, at);
  const headers = page.headers.map(([name, value]): [string, string] => [name, value.replaceAll(page.nonce, fresh)]);
  return { headers, body };
}

/**
 * Pages by key, bounded by the bytes they hold; the least recently used go first. A request that
 * reads another edition than the last one empties it: every page kept was rendered before the
 * write and is stale (or after, if a backup was restored: stale too).
 */
export class PageStore {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private edition = -1;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The page for `key` rendered at `edition`, or undefined. */
  get(key: string, edition: number): CachedPage | undefined {
    this.observe(edition);
    const page = this.pages.get(key);
    if (!page || page.edition !== edition) return undefined;
    // Re-inserted to mark it the most recently used.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Keeps a page, unless a request has seen another edition while it was rendered. */
  set(key: string, page: CachedPage): void {
    if (page.edition !== this.edition) return;
    this.delete(key);
    if (weight(page) > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += weight(page);
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= weight(old);
    }
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const old = this.pages.get(key);
    if (!old) return;
    this.pages.delete(key);
    this.bytes -= weight(old);
  }

  private observe(edition: number): void {
    if (edition !== this.edition) {
      this.edition = edition;
      this.clear();
    }
  }
}

/** What a page costs in memory: its body and headers, roughly. */
function weight(page: CachedPage): number {
  return page.body.byteLength + page.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) + 64;
}
