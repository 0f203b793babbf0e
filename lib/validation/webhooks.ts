import { z } from "zod";
import { allowedHosts } from "@/lib/webhooks/allowed-hosts";
import { isRefusedReceiverUrl, NOT_PUBLIC_AT_REGISTRATION } from "@/lib/webhooks/receiver-rules";

// An admin's webhook: where to send, and which events.
//
// Only http and https: anything else (file:, ftp:, javascript:) is not a webhook. Only public
// receivers: a URL naming this machine or a loopback, private, link-local, multicast or other
// non-public address is refused here, unless WEBHOOK_ALLOWED_HOSTS names it (a receiver on the
// newsroom's own network is allowed by the operator, not by whoever holds an admin account).
// A name is checked again by the worker before every attempt, on every address it resolves to
// (lib/webhooks/send-delivery.ts): what a name points at can change after registration.

export const WEBHOOK_EVENTS = ["published", "retracted"] as const;
export type SubscribableEvent = (typeof WEBHOOK_EVENTS)[number];

const URL_MESSAGE = "Enter the receiver's address, starting with http:// or https://.";

export const webhookUrl = z
  .string({ error: URL_MESSAGE })
  .trim()
  .min(1, URL_MESSAGE)
  .max(2_000, "Keep the address under 2,000 characters.")
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: URL_MESSAGE });
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      context.addIssue({
        code: "custom",
        message: "Only http:// and https:// addresses can receive webhooks.",
      });
    } else if (url.username || url.password) {
      // A password in the URL would be shown on the admin page and written in logs.
      context.addIssue({
        code: "custom",
        message: "Leave the user name and password out of the address: deliveries are signed instead.",
      });
    } else if (isRefusedReceiverUrl(url, allowedHosts())) {
      context.addIssue({ code: "custom", message: NOT_PUBLIC_AT_REGISTRATION });
    }
  });

const events = z
  .union([z.enum(WEBHOOK_EVENTS), z.array(z.enum(WEBHOOK_EVENTS))], {
    error: "Choose at least one event.",
  })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
  .pipe(z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event."));

/** A new webhook, from the admin's form. */
export const registerWebhookInput = z.object({ url: webhookUrl, events });
export type RegisterWebhookInput = z.infer<typeof registerWebhookInput>;

const webhookId = z
  .string({ error: "Choose a webhook." })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a webhook.");

/** Deactivating, activating, deleting or pinging one webhook. */
export const webhookIdInput = z.object({ webhookId });
export type WebhookIdInput = z.infer<typeof webhookIdInput>;

export const setWebhookActiveInput = z.object({
  webhookId,
  active: z.enum(["true", "false"], { error: "Choose on or off." }).transform((v) => v === "true"),
});
export type SetWebhookActiveInput = z.infer<typeof setWebhookActiveInput>;
