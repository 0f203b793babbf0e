import type { SearchParams } from "@/lib/page-props";
import { redirect } from "next/navigation";
import { SignInPanel } from "@/components/sign-in/sign-in-form";
import { SIGN_IN_REFUSED, SIGN_IN_THROTTLED } from "@/lib/auth/auth-options";
import { currentStaffMember } from "@/lib/auth/current-user";
import { SIGN_IN_MESSAGES } from "@/lib/i18n/messages/staff/sign-in";
import { titleFrom } from "@/lib/i18n/server";
import { safeReturnPath } from "@/lib/validation/return-path";

export const generateMetadata = titleFrom(SIGN_IN_MESSAGES, (t) => t.title);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl } = await searchParams;
  const returnTo = typeof callbackUrl === "string" ? callbackUrl : undefined;
  // Already signed in: straight on to where they were going.
  if (await currentStaffMember()) redirect(safeReturnPath(returnTo));

  return <SignInPanel messages={{ refused: SIGN_IN_REFUSED, throttled: SIGN_IN_THROTTLED }} callbackUrl={returnTo} />;
}
