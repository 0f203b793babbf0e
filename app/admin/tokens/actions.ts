"use server";

import { revalidatePath } from "next/cache";
import { success, type ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import type { NewToken } from "@/components/admin-tokens/create-token-form";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { createApiTokenInput, revokeApiTokenInput } from "@/lib/validation/api-tokens";

// The admin's tokens page (app/admin/tokens/page.tsx). Each action: who -> what -> may they -> do.

const fieldsOf = (form: unknown) => (form instanceof FormData ? formToObject(form) : form);

export async function createApiTokenAction(_previous: unknown, formData: FormData): Promise<ActionResult<NewToken>> {
  return runAction("manage_users", createApiTokenInput, fieldsOf(formData), async (admin, input) => {
    const made = await createApiToken(admin.id, input);
    if (made.ok) revalidatePath("/admin/tokens");
    return made;
  });
}

export async function revokeApiTokenAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ changed: boolean }>> {
  return runAction("manage_users", revokeApiTokenInput, fieldsOf(formData), async (admin, input) => {
    const revoked = await revokeApiToken(admin.id, input.tokenId);
    if (!revoked.ok) return revoked;
    revalidatePath("/admin/tokens");
    return success({ changed: revoked.data.changed });
  });
}
