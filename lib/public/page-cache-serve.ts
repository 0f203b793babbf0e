// The public pages' HTML cache as proxy.ts uses it: a kept page is answered from memory without
// React; a missing one is rendered once by this very server (a request to itself on loopback,
// marked with this process's secret so it goes straight to Next), kept, and answered.
// The rules (what is kept, under which key, how much) are in ./page-cache.ts; the reasons in
// docs/decisions/007-page-cache.md.
import { request as httpRequest, Agent } from "node:http";
import type { NextRequest } from "next/server";
import { readEdition } from "@/lib/data/edition";
import { env } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { publicOrigin } from "@/lib/public/public-origin";
import { newNonce } from "@/lib/security/headers";
import {
  isCacheableAnswer,
  keptHeaders,
  PageStore,
  pageKey,
  policyNonce,
  readerLocale,
  uncacheableReason,
  withFreshNonce,
  withVary,
  type RenderedPage,
} from "./page-cache";

/** Memory for kept pages (the demo story is 61 kB: some five hundred pages of its size). */
const MAX_BYTES = 32 * 1024 * 1024;
/** A page larger than this is rendered each time rather than crowd out a hundred others. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** A render that takes longer is abandoned and the request rendered the ordinary way. */
const RENDER_TIMEOUT_MS = 30_000;

/** The header that marks the server's request to itself. */
export const RENDER_HEADER = "x-claim-tracker-render";

interface CacheState {
  secret: string;
  store: PageStore;
  rendering: Map<string, Promise<RenderedPage | null>>;
  agent: Agent;
}

// One per process, on globalThis so that every copy of this module (Next may bundle it more
// than once) shares the store and the secret.
const globalForPages = globalThis as typeof globalThis & { claimTrackerPageCache?: CacheState };
const state: CacheState = (globalForPages.claimTrackerPageCache ??= {
  secret: randomSecret(),
  store: new PageStore(MAX_BYTES),
  rendering: new Map(),
  agent: new Agent({ keepAlive: true, maxSockets: 16 }),
});

function randomSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Whether this request is the server rendering a page for its own cache. */
export function isCacheRender(request: NextRequest): boolean {
  const value = request.headers.get(RENDER_HEADER);
  return value !== null && value.length === state.secret.length && value === state.secret;
}

/**
 * The answer for a public page from the cache (rendering it first when missing), or null when
 * this request is not the cache's to answer (a member signed in, a router request, no database):
 * the caller lets Next render it as usual. The answer carries the headers of its render, its
 * Content-Security-Policy among them, with a nonce of its own; the caller adds the common
 * security headers.
 */
export async function cachedPage(request: NextRequest): Promise<Response | null> {
  const url = new URL(request.url);
  const pathAndQuery = url.pathname + url.search;
  const cookies = new Map(request.cookies.getAll().map((c) => [c.name, c.value] as const));
  const reason = uncacheableReason({
    method: request.method,
    pathAndQuery,
    header: (name) => request.headers.get(name),
    cookies,
  });
  if (reason) return null;
  const port = env().PORT;
  const edition = await readEdition();
  if (edition === null || !port) return null;

  const locale = readerLocale(cookies.get(LOCALE_COOKIE), request.headers.get("accept-language"));
  const key = pageKey(locale, pathAndQuery);

  const kept = state.store.get(key, edition);
  if (kept) {
    const fresh = withFreshNonce(kept, newNonce());
    return answer(request.method, 200, fresh.headers, fresh.body, "hit");
  }
  // HEAD is cheap to render and tells nothing to keep.
  if (request.method !== "GET") return null;

  const rendered = await renderOnce(`${edition} ${key}`, () =>
    renderPage(port, pathAndQuery, {
      // The render sees only what the key holds: the language, nothing else of the reader's, not
      // even the Host they named.
      host: new URL(publicOrigin()).host,
      cookie: `${LOCALE_COOKIE}=${locale}`,
      accept: "text/html",
      "accept-encoding": "identity",
      [RENDER_HEADER]: state.secret,
    }),
  );
  if (!rendered) return null;
  const nonce = policyNonce(rendered.headers.get("content-security-policy"));
  if (!nonce || !isCacheableAnswer(rendered, MAX_PAGE_BYTES)) {
    return answer(
      request.method,
      rendered.status,
      keptHeaders(rendered.headers),
      rendered.body,
      "pass",
      rendered.headers.getSetCookie(),
    );
  }
  const headers = keptHeaders(rendered.headers).filter(([name]) => name.toLowerCase() !== "vary");
  headers.push(["Vary", withVary(rendered.headers.get("vary"))]);
  state.store.set(key, { edition, nonce, headers, body: rendered.body });
  return answer(request.method, 200, headers, rendered.body, "miss");
}

/** Readers asking for the same missing page at once wait for one render. */
function renderOnce(key: string, render: () => Promise<RenderedPage | null>): Promise<RenderedPage | null> {
  const running = state.rendering.get(key);
  if (running) return running;
  const started = render().finally(() => state.rendering.delete(key));
  state.rendering.set(key, started);
  return started;
}

/** The page as this server renders it for a visitor, or null if the request to itself failed. */
function renderPage(port: string, pathAndQuery: string, headers: Record<string, string>): Promise<RenderedPage | null> {
  return renderOwnPage(port, pathAndQuery, headers, state.agent);
}

/**
 * GET `pathAndQuery` from this server on loopback, as a visitor's request with `headers`; null
 * when the request fails. Also used to answer a retracted claim's page as 410 (lib/security).
 */
export function renderOwnPage(
  port: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  agent?: Agent,
): Promise<RenderedPage | null> {
  return new Promise((resolve) => {
    try {
      const outgoing = httpRequest(
        {
          host: "127.0.0.1",
          port,
          path: pathAndQuery,
          method: "GET",
          headers,
          agent,
          timeout: RENDER_TIMEOUT_MS,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", () => resolve(null));
          incoming.on("end", () => {
            const received = new Headers();
            for (const [name, value] of Object.entries(incoming.headers)) {
              if (value === undefined) continue;
              for (const one of Array.isArray(value) ? value : [value]) received.append(name, one);
            }
            resolve({
              status: incoming.statusCode ?? 500,
              headers: received,
              body: new Uint8Array(Buffer.concat(chunks)),
            });
          });
        },
      );
      outgoing.on("timeout", () => outgoing.destroy());
      outgoing.on("error", () => resolve(null));
      outgoing.end();
    } catch {
      // A Host header Node refuses to send, for one.
      resolve(null);
    }
  });
}

function answer(
  method: string,
  status: number,
  headers: [string, string][],
  body: Uint8Array,
  cache: string,
  setCookies: string[] = [],
): Response {
  const out = new Headers(headers);
  for (const cookie of setCookies) out.append("set-cookie", cookie);
  out.set("X-Page-Cache", cache);
  return new Response(method === "HEAD" ? null : (body as BodyInit), { status, headers: out });
}
