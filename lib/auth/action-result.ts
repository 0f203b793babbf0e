// What a server action or API handler answers. Expected outcomes are values with a code and a
// plain-words message (STYLE.md, rule 5); `fields` puts a message next to the field it is about.

export type ActionErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "invalid"
  | "not_found"
  | "conflict"
  | "throttled"
  | "busy"
  | "full"
  | "unavailable"
  | "internal";

export interface ActionError {
  code: ActionErrorCode;
  message: string;
  fields?: Record<string, string>;
  /** For a stale edit: the current version of the thing, so the person can compare. */
  current?: unknown;
}

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };

export const success = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const failure = (code: ActionErrorCode, message: string, extra?: Omit<ActionError, "code" | "message">): { ok: false; error: ActionError } => ({
  ok: false,
  error: { code, message, ...extra },
});

/** The HTTP status for each code, for route handlers. */
export const HTTP_STATUS: Record<ActionErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 422,
  not_found: 404,
  conflict: 409,
  throttled: 429,
  busy: 503,
  full: 507,
  unavailable: 503,
  internal: 500,
};

/** Failures that are the database's state, not the caller's mistake (lib/data/database-faults.ts). */
export const DATABASE_FAULT_CODES: readonly ActionErrorCode[] = ["busy", "full", "unavailable"];
