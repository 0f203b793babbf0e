// What a server action or API handler answers. Expected outcomes are values with a code and a
// plain-words message (STYLE.md, rule 5); `fields` puts a message next to the field it is about.

import { ERROR_STATUS, type ActionErrorCode } from "@/lib/errors";

export { DATABASE_FAULT_CODES, type ActionErrorCode } from "@/lib/errors";

export interface ActionError {
  code: ActionErrorCode;
  message: string;
  fields?: Record<string, string>;
  /** For a stale edit: the current version of the thing, so the person can compare. */
  current?: unknown;
}

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };

export const success = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const failure = (
  code: ActionErrorCode,
  message: string,
  extra?: Omit<ActionError, "code" | "message">,
): { ok: false; error: ActionError } => ({
  ok: false,
  error: { code, message, ...extra },
});

/** The HTTP status for each code, for route handlers (lib/errors.ts). */
export const HTTP_STATUS: Record<ActionErrorCode, number> = ERROR_STATUS;
