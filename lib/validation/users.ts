import { z } from "zod";

// The roles of DESIGN.md, in the order an admin reads them (least to most).
export const ROLE_VALUES = ["editor", "reviewer", "admin"] as const;

const role = z.enum(ROLE_VALUES, { error: "Choose a role: editor, reviewer or admin." });

const name = z
  .string({ error: "Enter the person's name." })
  .trim()
  .min(1, "Enter the person's name.")
  .max(120, "Keep the name under 120 characters.");

const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .min(1, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address such as name@newsroom.org." }))
  .transform((value) => value.toLowerCase());

const userId = z.string({ error: "Choose a user." }).trim().min(1, "Choose a user.").max(64, "Choose a user.");

/** An admin's invitation, and the `user:create` command's options. */
export const inviteUserInput = z.object({ name, email, role });
export type InviteUserInput = z.infer<typeof inviteUserInput>;

/** A new role for someone else's account. */
export const changeRoleInput = z.object({ userId, role });
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

/** Disabling or enabling someone else's account. */
export const accountAccessInput = z.object({ userId });
export type AccountAccessInput = z.infer<typeof accountAccessInput>;
