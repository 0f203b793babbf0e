import type { NextRequest } from "next/server";
import { runRoute } from "@/lib/auth/run-route";
import { staffExportResponse } from "@/lib/export/claim-export-responses";

/** GET /claims/export.json?status=…&story=…&quantity=…&source=…&author=…: every claim the filters match, any status, streamed. */
export function GET(request: NextRequest) {
  return runRoute("read_staff", request, async (_member, request) => staffExportResponse(request, "json"));
}
