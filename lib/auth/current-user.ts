import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { StaffMember } from "@/lib/data/users";
import { authOptions } from "./auth-options";
import { may, type Permission } from "./policy";

/**
 * The signed-in person behind this request, checked against the database every time: a
 * disabled account, a changed role or a sign-out reaches an old cookie on its next request.
 */
export const currentStaffMember = cache(async (): Promise<StaffMember | null> => {
  // The session callback has just read the person from the database (lib/auth/auth-options.ts);
  // React's cache() reads it once per render, however many components ask.
  const user = (await getServerSession(authOptions))?.user;
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
});

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
