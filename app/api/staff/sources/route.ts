import { NextResponse, type NextRequest } from "next/server";
import { apiError, runRoute } from "@/lib/auth/run-route";
import { searchSources } from "@/lib/data/sources";
import { searchQuery } from "@/lib/validation/newsroom";

/** Search-as-you-type over sources: GET /api/staff/sources?q=observatory */
export function GET(request: NextRequest) {
  return runRoute("read_staff", request, async () => {
    const parsed = searchQuery.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
    if (!parsed.success) return apiError("invalid", "Type at most 100 characters to search.");
    const sources = await searchSources(parsed.data.q);
    return NextResponse.json({
      results: sources.map((s) => ({
        id: s.id,
        label: s.name,
        detail: [s.country, s.kind.replace(/_/g, " ")].filter(Boolean).join(" · "),
      })),
    });
  });
}
