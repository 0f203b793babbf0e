import { NextResponse, type NextRequest } from "next/server";
import { currentStaffMember } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { searchSources } from "@/lib/data/sources";
import { staffSearchRefusal } from "@/lib/newsroom/staff-search";
import { searchQuery } from "@/lib/validation/newsroom";

/** Search-as-you-type over sources: GET /api/staff/sources?q=observatory */
export async function GET(request: NextRequest) {
  const member = await currentStaffMember();
  const refusal = staffSearchRefusal(member ? may(member.role, "read_staff") : null);
  if (refusal) return NextResponse.json(refusal.body, { status: refusal.status });

  const parsed = searchQuery.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
  if (!parsed.success) {
    return NextResponse.json({ error: { code: "invalid", message: "Type at most 100 characters to search." } }, { status: 422 });
  }
  const sources = await searchSources(parsed.data.q);
  return NextResponse.json({
    results: sources.map((s) => ({ id: s.id, label: s.name, detail: [s.country, s.kind.replace(/_/g, " ")].filter(Boolean).join(" · ") })),
  });
}
