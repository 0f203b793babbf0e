import { NextResponse, type NextRequest } from "next/server";
import { apiError, runRoute } from "@/lib/auth/run-route";
import { searchQuantities } from "@/lib/data/quantities";
import { searchQuery } from "@/lib/validation/newsroom";

/** Search-as-you-type over the stories' quantities: GET /api/staff/quantities?q=soldiers */
export function GET(request: NextRequest) {
  return runRoute("read_staff", request, async () => {
    const parsed = searchQuery.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
    if (!parsed.success) return apiError("invalid", "Type at most 100 characters to search.");
    return NextResponse.json({ results: await searchQuantities(parsed.data.q) });
  });
}
