import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { databaseFault, faultMessage } from "@/lib/data/database-faults";
import type { StaffMember } from "@/lib/data/users";
import { failure, type ActionResult } from "./action-result";
import { currentStaffMember } from "./current-user";
import { may, type Permission } from "./policy";
import { unexpectedFault } from "@/lib/faults";

/**
 * Turns a form into a plain object for zod; repeated names become arrays. Anything that is not
 * a form (a hand-made request) becomes an empty object, which zod then refuses field by field.
 */
export function formToObject(form: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!(form instanceof FormData)) return out;
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** zod's issues as one plain message per field. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Every server action runs these steps (STYLE.md, rule 4): who is asking (the session, checked
 * against the database), may their role do this at all (the role table needs no input, so it
 * comes first and a forbidden caller learns nothing about the fields), what they ask (zod), then
 * `act`, which applies the rules that look at the thing itself (policy.ts) and does it.
 * A database that is busy, full or out of reach is said in words (nothing was saved, when to try
 * again); anything else unexpected is logged with a reference and answered with that reference only.
 */
export async function runAction<Schema extends z.ZodType, T>(
  permission: Permission,
  schema: Schema,
  input: unknown,
  act: (actor: StaffMember, input: z.infer<Schema>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  try {
    const actor = await currentStaffMember();
    if (!actor) return failure("unauthenticated", "Your session has ended. Sign in again to continue.");
    if (!may(actor.role, permission)) return failure("forbidden", "Your role does not allow this.");
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return failure("invalid", "Some fields need attention.", {
        fields: fieldMessages(parsed.error),
      });
    }
    return await act(actor, parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    const fault = databaseFault(error);
    if (fault) {
      console.warn(`[action] database ${fault}: ${(error as Error).message?.split("\n")[0] ?? error}`);
      return failure(fault, faultMessage(fault));
    }
    return failure("internal", unexpectedFault("action", error, { nothingSaved: true }));
  }
}
