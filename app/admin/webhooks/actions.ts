"use server";

import { revalidatePath } from "next/cache";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import type { RegistrationResult } from "@/components/admin-webhooks/register-webhook-form";
import { createWebhook, deleteWebhook, enqueuePing, setWebhookActive } from "@/lib/data/webhooks";
import { registerWebhookInput, setWebhookActiveInput, webhookIdInput } from "@/lib/validation/webhooks";
import { allowedHosts } from "@/lib/webhooks/allowed-hosts";
import { NOT_PUBLIC_AT_REGISTRATION } from "@/lib/webhooks/receiver-rules";
import { isNonPublicReceiver } from "@/lib/webhooks/send-delivery";

// The admin's webhooks page (app/admin/webhooks/page.tsx). Each action: who -> what -> may they -> do.

const PAGE = "/admin/webhooks";
const fieldsOf = (form: unknown) => (form instanceof FormData ? formToObject(form) : form);
const GONE = failure("not_found", "This webhook no longer exists. Reload the page.");

// A refused registration echoes the URL typed, so the form keeps it.
export async function registerWebhookAction(_previous: unknown, formData: FormData): Promise<RegistrationResult> {
  const input = fieldsOf(formData);
  const result = await runAction("manage_users", registerWebhookInput, input, async (actor, input) => {
    // The name's DNS answer, too: a public-looking name that resolves to a private address.
    if (await isNonPublicReceiver(input.url, { allowed: allowedHosts() })) {
      return failure("invalid", "Some fields need attention.", {
        fields: { url: NOT_PUBLIC_AT_REGISTRATION },
      });
    }
    const webhook = await createWebhook(actor.id, input);
    revalidatePath(PAGE);
    return success(webhook);
  });
  if (result.ok) return result;
  const url = input && typeof input === "object" ? (input as Record<string, unknown>).url : undefined;
  return { ...result, submitted: { url: typeof url === "string" ? url.slice(0, 2_000) : "" } };
}

export async function setWebhookActiveAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ active: boolean }>> {
  return runAction("manage_users", setWebhookActiveInput, fieldsOf(formData), async (_actor, input) => {
    if (!(await setWebhookActive(input.webhookId, input.active))) return GONE;
    revalidatePath(PAGE);
    return success({ active: input.active });
  });
}

export async function deleteWebhookAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return runAction("manage_users", webhookIdInput, fieldsOf(formData), async (_actor, input) => {
    if (!(await deleteWebhook(input.webhookId))) return GONE;
    revalidatePath(PAGE);
    return success(undefined);
  });
}

export async function pingWebhookAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return runAction("manage_users", webhookIdInput, fieldsOf(formData), async (_actor, input) => {
    if (!(await enqueuePing(input.webhookId))) {
      return failure("conflict", "This webhook is inactive or gone: activate it before sending a ping.");
    }
    revalidatePath(PAGE);
    return success(undefined);
  });
}
