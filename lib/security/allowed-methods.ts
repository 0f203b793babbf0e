// Which HTTP methods each address takes, so the proxy can refuse the others the way RFC 9110
// asks: 405 with an `Allow` header naming what the address does take (section 15.5.6), and
// 501 for a method the server does not know at all (15.6.2). Next answers a route handler's
// missing method with a bare 405 (no Allow), a TRACE with 400, and renders pages for any
// method. Pure: e2e/security/web-rules.spec.ts walks every route handler of the build to prove
// this table says what each one exports.

/** Methods RFC 9110 (and RFC 5789 for PATCH) defines: anything else is not a method we know. */
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]);

/**
 * The route handlers (app/**\/route.ts) and the methods each exports, HEAD and OPTIONS aside:
 * Next answers HEAD with GET's handler and OPTIONS itself (204 with its own Allow).
 */
const ROUTE_HANDLERS: readonly [RegExp, readonly string[]][] = [
  [/^\/api\/auth\/.+$/, ["GET", "POST"]],
  [/^\/api\/staff\/(?:quantities|sources)$/, ["GET"]],
  [/^\/api\/v1\/claims$/, ["GET", "POST"]],
  [/^\/api\/v1\/staff\/claims$/, ["GET"]],
  [/^\/api\/v1\/(?:claims|quantities|sources|stories)\/[^/]+$/, ["GET"]],
  [/^\/api\/v1\/(?:openapi\.json|sources|stories)$/, ["GET"]],
  [/^\/claims\/export\.(?:csv|json)$/, ["GET"]],
  [/^\/claims\/import\/(?:check|jobs)$/, ["POST"]],
  [/^\/claims\/import\/jobs\/[^/]+$/, ["GET"]],
  [/^\/feed\.atom$/, ["GET"]],
  [/^\/language$/, ["POST"]],
  [/^\/story\/[^/]+\/claims\.csv$/, ["GET"]],
  // Next's own metadata routes: app/sitemap.ts, app/robots.ts, app/icon.svg.
  [/^\/(?:sitemap\.xml|robots\.txt|icon\.svg)$/, ["GET"]],
];

/** Pages take GET and HEAD, and POST for their server actions; the proxy answers OPTIONS. */
const PAGE_METHODS = ["GET", "HEAD", "OPTIONS", "POST"];

/** The methods `pathname` takes, as an `Allow` header lists them (sorted, as Next sorts its own). */
export function allowedMethods(pathname: string): string[] {
  const exported = ROUTE_HANDLERS.find(([pattern]) => pattern.test(pathname))?.[1];
  if (!exported) return PAGE_METHODS;
  const methods = new Set([...exported, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}

/** Whether `pathname` is a page (as opposed to a route handler): the proxy answers OPTIONS for pages. */
export function isPagePath(pathname: string): boolean {
  return !ROUTE_HANDLERS.some(([pattern]) => pattern.test(pathname));
}

export type MethodVerdict =
  | { ok: true }
  | { ok: false; status: 405; allow: string; message: string }
  | { ok: false; status: 501; message: string };

/** Whether `method` may go on to `pathname`, or the refusal to answer instead. */
export function methodVerdict(method: string, pathname: string): MethodVerdict {
  if (!KNOWN_METHODS.has(method)) {
    return {
      ok: false,
      status: 501,
      message: `This server does not know the method ${method.slice(0, 20)}.`,
    };
  }
  const allowed = allowedMethods(pathname);
  if (allowed.includes(method)) return { ok: true };
  const allow = allowed.join(", ");
  return {
    ok: false,
    status: 405,
    allow,
    message: `This address does not take ${method}; it takes ${allow}.`,
  };
}
