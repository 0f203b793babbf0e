// Node's fetch (undici) will not build a Request for TRACE (the Fetch standard forbids it, with
// CONNECT and TRACK), and Next builds one for the proxy and for every route: TRACE failed with a
// bare 500, no words and no security headers, before any code of ours ran. So it is answered
// where the request arrives, on Node's HTTP server, as the proxy answers any other method an
// address does not take: 405 with Allow. instrumentation.ts installs this at start. CONNECT and
// TRACK never arrive as requests: Node's own parser deals with them first.
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { methodVerdict } from "./allowed-methods";
import { COMMON_SECURITY_HEADERS, NON_PAGE_CONTENT_SECURITY_POLICY } from "./headers";
import { hasMalformedEncoding, MALFORMED_PATH_MESSAGE } from "./malformed-path";

const FETCH_FORBIDDEN = new Set(["TRACE"]);

const installed = Symbol.for("claim-tracker.fetch-forbidden-methods");

/** The status, headers and words for a request Next cannot take, or null for any other. */
export function fetchForbiddenRefusal(
  method: string,
  url: string,
): { status: number; headers: Record<string, string>; body: string } | null {
  if (!FETCH_FORBIDDEN.has(method)) return null;
  const pathname = url.split("?")[0] || "/";
  const verdict = hasMalformedEncoding(pathname) ? null : methodVerdict(method, pathname);
  const headers: Record<string, string> = {
    ...COMMON_SECURITY_HEADERS,
    "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  };
  if (!verdict) return { status: 400, headers, body: `${MALFORMED_PATH_MESSAGE}\n` };
  if (verdict.ok) return null;
  if (verdict.status === 405) headers.Allow = verdict.allow;
  return { status: verdict.status, headers, body: `${verdict.message}\n` };
}

/** Answers TRACE on every HTTP server of this process before Next sees it; a second call does nothing. */
export function refuseFetchForbiddenMethods(): void {
  const prototype = Server.prototype as Server & { [installed]?: true };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      const refusal = fetchForbiddenRefusal(request.method ?? "", request.url ?? "/");
      if (refusal) {
        response.writeHead(refusal.status, refusal.headers);
        response.end(refusal.body);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
