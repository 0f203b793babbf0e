// Every server action and route handler in the production build, read from Next's own
// manifests, so a new entry point cannot be added without the authorization test seeing it.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface ServerActionEntry {
  id: string;
  /** "app/claims/actions.ts#saveDraft" */
  name: string;
  /** A page that hosts the action, as a URL path (dynamic segments filled with a placeholder). */
  pagePath: string;
}

export interface RouteHandlerEntry {
  /** "/api/staff/sources" */
  path: string;
  /** "app/api/staff/sources/route" */
  name: string;
}

const NEXT_SERVER = path.join(process.cwd(), ".next", "server");

/** "app/claims/[id]/page" -> "/claims/authorization-check"; route groups dropped. */
export function pagePathOf(worker: string, placeholder = "authorization-check"): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith("[") ? placeholder : s));
  return `/${segments.join("/")}`;
}

export function serverActions(): ServerActionEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_SERVER, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => w.endsWith("/page")) ?? "app/page";
    return { id, name: `${entry.filename}#${entry.exportedName}`, pagePath: pagePathOf(worker) };
  });
}

export function routeHandlers(): RouteHandlerEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_SERVER, "app-paths-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  return (
    Object.keys(manifest)
      .filter((key) => key.endsWith("/route"))
      .map((key) => ({ name: `app${key}`, path: key.replace(/\/route$/, "") }))
      // Next's own routes, the site's icon (app/icon.svg: a static file, the same for everyone) and next-auth's.
      .filter((r) => !r.path.startsWith("/_") && !/\.(ico|svg)$/.test(r.path) && !r.path.includes("/api/auth/"))
  );
}
