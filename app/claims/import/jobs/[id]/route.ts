import { NextResponse, type NextRequest } from "next/server";
import { apiError, runRoute } from "@/lib/auth/run-route";
import { importJobOf } from "@/lib/data/imports";

/** An import's progress, for its author's page: GET /claims/import/jobs/{id}. */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return runRoute("write_newsroom", request, async (member) => {
    const { id } = await params;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return apiError("not_found", "There is no such import.");
    const job = await importJobOf(member.id, id);
    if (!job) return apiError("not_found", "There is no such import of yours.");
    return NextResponse.json({ job }, { headers: { "Cache-Control": "no-store" } });
  });
}
