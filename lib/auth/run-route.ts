import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { databaseFault, faultMessage, RETRY_AFTER_SECONDS } from "@/lib/data/database-faults";
import type { StaffMember } from "@/lib/data/users";
import { CROSS_SITE_REFUSED, isSameOriginPost } from "@/lib/security/same-origin";
import { HTTP_STATUS, type ActionErrorCode } from "./action-result";
import { currentStaffMember } from "./current-user";
import { may, type Permission } from "./policy";
import { unexpectedFault } from "@/lib/faults";

/** An API error in the shape every endpoint uses: `{ "error": { "code", "message" } }`. */
export function apiError(code: ActionErrorCode, message: string, headers?: Record<string, string>): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status: HTTP_STATUS[code], headers });
}

/** The answer to a database fault behind `error` (503 or 507 with Retry-After), or null for anything else. */
export function databaseFaultAnswer(error: unknown): NextResponse | null {
  const fault = databaseFault(error);
  if (!fault) return null;
  console.warn(`[route] database ${fault}: ${(error as Error).message?.split("\n")[0] ?? error}`);
  return apiError(fault, faultMessage(fault), {
    "Retry-After": String(RETRY_AFTER_SECONDS[fault]),
    "Cache-Control": "no-store",
  });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that changes something comes from this site's own pages. A session cookie
 * rides along with a post from any page of the same *site* (another port, another subdomain:
 * SameSite=Lax lets it through), so the Origin must be this one (isSameOriginPost), and the
 * browser's own word, Sec-Fetch-Site, must not say another site or another origin of this site.
 */
export function fromOwnPages(request: Pick<Request, "method" | "headers">): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return false;
  return isSameOriginPost(request.headers);
}

/**
 * Every staff route handler goes through here: a change must come from this site's own pages,
 * then who is asking (the session, checked against the
 * database), may their role do this, then the handler. Anything unexpected is logged with a
 * reference and answered with that reference only, never the error itself.
 */
export async function runRoute(
  permission: Permission,
  request: NextRequest,
  handle: (member: StaffMember, request: NextRequest) => Promise<NextResponse>,
): Promise<NextResponse> {
  if (!fromOwnPages(request)) return apiError("forbidden", CROSS_SITE_REFUSED);
  try {
    const member = await currentStaffMember();
    if (!member) return apiError("unauthenticated", "Sign in to use the newsroom's lists.");
    if (!may(member.role, permission)) return apiError("forbidden", "Your role does not allow this.");
    return await handle(member, request);
  } catch (error) {
    const busy = databaseFaultAnswer(error);
    if (busy) return busy;
    return apiError("internal", unexpectedFault("route", error));
  }
}
