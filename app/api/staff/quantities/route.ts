import { NextResponse, type NextRequest } from "next/server";
import { currentStaffMember } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { searchQuantities } from "@/lib/data/quantities";
import { staffSearchRefusal } from "@/lib/newsroom/staff-search";
import { searchQuery } from "@/lib/validation/newsroom";

/** Search-as-you-type over the stories' quantities: GET /api/staff/quantities?q=soldiers */
export async function GET(request: NextRequest) {
  const member = await currentStaffMember();
  const refusal = staffSearchRefusal(member ? may(member.role, "read_staff") : null);
  if (refusal) return NextResponse.json(refusal.body, { status: refusal.status });

  const parsed = searchQuery.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
  if (!parsed.success) {
    return NextResponse.json({ error: { code: "invalid", message: "Type at most 100 characters to search." } }, { status: 422 });
  }
  return NextResponse.json({ results: await searchQuantities(parsed.data.q) });
}
