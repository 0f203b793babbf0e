"use server";

import { revalidatePath } from "next/cache";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { mayManageUser } from "@/lib/auth/policy";
import { formToObject, runAction } from "@/lib/auth/run-action";
import type { Invitation, InvitationResult } from "@/components/admin-users/invite-user-form";
import type { AccountChange } from "@/components/admin-users/user-account-controls";
import { changeUserRole, createUser, setUserDisabled, type UserChange } from "@/lib/data/users";
import { accountAccessInput, changeRoleInput, inviteUserInput } from "@/lib/validation/users";

// The admin's users page (app/admin/users/page.tsx). Each action: who -> what -> may they -> do.

const fieldsOf = (form: unknown) => (form instanceof FormData ? formToObject(form) : form);

const NOT_YOURSELF = "You cannot change your own role or disable your own account. Ask another admin to do it.";

function answer(change: UserChange): ActionResult<AccountChange> {
  if (!change.ok) return failure("not_found", "This account no longer exists. Reload the page.");
  revalidatePath("/admin/users");
  return success({ ...change.user, changed: change.changed });
}

// A refused invitation echoes what was typed, so the form keeps it even after a full page load.
export async function inviteUserAction(_previous: unknown, formData: FormData): Promise<InvitationResult> {
  const input = fieldsOf(formData);
  const result = await invite(input);
  if (result.ok) return result;
  const typed = (key: string) => {
    const value = input && typeof input === "object" ? (input as Record<string, unknown>)[key] : undefined;
    return typeof value === "string" ? value.slice(0, 320) : "";
  };
  return {
    ...result,
    submitted: { name: typed("name"), email: typed("email"), role: typed("role") },
  };
}

function invite(input: unknown): Promise<ActionResult<Invitation>> {
  return runAction("manage_users", inviteUserInput, input, async (actor, input) => {
    const password = generatePassword();
    const created = await createUser({ ...input, passwordHash: await hashPassword(password) }, actor.id);
    if (created === "email_taken") {
      return failure("conflict", "This person already has an account.", {
        fields: { email: "An account with this email already exists." },
      });
    }
    revalidatePath("/admin/users");
    return success({ user: created, password });
  });
}

export async function changeUserRoleAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<AccountChange>> {
  return runAction("manage_users", changeRoleInput, fieldsOf(formData), async (actor, input) => {
    if (!mayManageUser(actor, input.userId)) return failure("forbidden", NOT_YOURSELF);
    return answer(await changeUserRole(input.userId, input.role, actor.id));
  });
}

export async function disableUserAction(_previous: unknown, formData: FormData): Promise<ActionResult<AccountChange>> {
  return runAction("manage_users", accountAccessInput, fieldsOf(formData), async (actor, input) => {
    if (!mayManageUser(actor, input.userId)) return failure("forbidden", NOT_YOURSELF);
    return answer(await setUserDisabled(input.userId, true, actor.id));
  });
}

export async function enableUserAction(_previous: unknown, formData: FormData): Promise<ActionResult<AccountChange>> {
  return runAction("manage_users", accountAccessInput, fieldsOf(formData), async (actor, input) => {
    if (!mayManageUser(actor, input.userId)) return failure("forbidden", NOT_YOURSELF);
    return answer(await setUserDisabled(input.userId, false, actor.id));
  });
}
