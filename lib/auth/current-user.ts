import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { findActiveStaffMember, type StaffMember } from "@/lib/data/users";
import { authOptions } from "./auth-options";
import { may, type Permission } from "./policy";

/**
 * The signed-in person behind this request, checked against the database every time: a
 * disabled account, a changed role or a sign-out reaches an old cookie on its next request.
 */
export async function currentStaffMember(): Promise<StaffMember | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return findActiveStaffMember(id, session.user.sessionVersion);
}

/**
 * For pages: the signed-in person with `permission`, or a redirect to sign in (then back to
 * `returnTo`). Someone signed in without the permission is sent to their dashboard.
 */
export async function requireStaffPage(permission: Permission, returnTo: string): Promise<StaffMember> {
  const member = await currentStaffMember();
  if (!member) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!may(member.role, permission)) redirect("/dashboard?denied=1");
  return member;
}
