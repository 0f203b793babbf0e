import "server-only";
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { StaffMember } from "@/lib/data/users";
import { HTTP_STATUS, type ActionErrorCode } from "./action-result";
import { currentStaffMember } from "./current-user";
import { may, type Permission } from "./policy";

/** An API error in the shape every endpoint uses: `{ "error": { "code", "message" } }`. */
export function apiError(code: ActionErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status: HTTP_STATUS[code] });
}

/**
 * Every staff route handler goes through here: who is asking (the session, checked against the
 * database), may their role do this, then the handler. Anything unexpected is logged with a
 * reference and answered with that reference only, never the error itself.
 */
export async function runRoute(
  permission: Permission,
  request: NextRequest,
  handle: (member: StaffMember, request: NextRequest) => Promise<NextResponse>,
): Promise<NextResponse> {
  try {
    const member = await currentStaffMember();
    if (!member) return apiError("unauthenticated", "Sign in to use the newsroom's lists.");
    if (!may(member.role, permission)) return apiError("forbidden", "Your role does not allow this.");
    return await handle(member, request);
  } catch (error) {
    const reference = randomBytes(4).toString("hex");
    console.error(`[route ${reference}]`, error);
    return apiError("internal", `Something went wrong on our side. Reference: ${reference}.`);
  }
}
