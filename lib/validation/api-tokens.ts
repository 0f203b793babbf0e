import { z } from "zod";
import { API_TOKEN_SCOPES } from "@/lib/auth/api-token";
import { recordId } from "./newsroom";

// The admin's token forms (app/admin/tokens).

const id = (message: string) => recordId(message);

/** A new token: what it is for, what it may do, and whose work it does. */
export const createApiTokenInput = z.object({
  name: z
    .string({ error: "Say what the token is for, such as “Wire desk importer”." })
    .trim()
    .min(1, "Say what the token is for, such as “Wire desk importer”.")
    .max(100, "Keep the name under 100 characters."),
  scope: z.enum(API_TOKEN_SCOPES as ["read", "write_drafts"], {
    error: "Choose what the token may do.",
  }),
  actingUserId: id("Choose the account the token acts as."),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export const revokeApiTokenInput = z.object({ tokenId: id("Choose a token.") });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenInput>;
