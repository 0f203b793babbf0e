import type { NextRequest } from "next/server";
import { staffClaimsAnswer } from "@/lib/api/staff-claims";
import { runStaffReadRoute } from "@/lib/auth/run-token-route";

/** GET /api/v1/staff/claims?status=…&quantity=…&limit=…&cursor=…: every claim, for a token or staff. */
export const GET = (request: NextRequest) => runStaffReadRoute(request, staffClaimsAnswer);
