// Every error code the app answers with, and its HTTP status: one vocabulary for the server
// actions, the staff and token APIs and the open data. Each surface answers with a subset (its
// type below), and the codes a program may read on the wire are documented in the OpenAPI
// document from these same lists. The words a person reads live apart, with the other words of
// the interface (lib/i18n/messages/); a code never changes with the language.

export const ERROR_STATUS = {
  /** The request itself is wrong: a parameter of the open data or the token API. */
  invalid_parameter: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  /** Someone else changed the thing first (a stale version), or a decision already taken. */
  conflict: 409,
  /** A published claim taken back: its address is gone for good. */
  retracted: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** A form's or a body's fields are wrong; `fields` says which. */
  invalid: 422,
  idempotency_key_reused: 422,
  /** Too many attempts (sign-in) or requests (a token), for now. */
  throttled: 429,
  rate_limited: 429,
  internal: 500,
  /** The database's state, not the caller's mistake: try again (lib/data/database-faults.ts). */
  busy: 503,
  unavailable: 503,
  full: 507,
  database_busy: 503,
  database_unavailable: 503,
  database_full: 507,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** What server actions and the staff route handlers answer (ActionResult). */
export const ACTION_ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "invalid",
  "not_found",
  "conflict",
  "throttled",
  "busy",
  "full",
  "unavailable",
  "internal",
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

/** What the Newsroom API answers a token (its codes are part of its OpenAPI contract). */
export const API_ERROR_CODES = [
  "invalid_parameter",
  "unauthenticated",
  "forbidden",
  "not_found",
  "payload_too_large",
  "unsupported_media_type",
  "idempotency_key_reused",
  "rate_limited",
  "database_busy",
  "database_full",
  "database_unavailable",
  "internal",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What the public open data answers (JSON API, CSV, feed). */
export const OPEN_DATA_ERROR_CODES = [
  "invalid_parameter",
  "not_found",
  "retracted",
  "internal",
  "unavailable",
] as const;
export type OpenDataErrorCode = (typeof OPEN_DATA_ERROR_CODES)[number];

/** The HTTP status of a code. */
export const statusOf = (code: ErrorCode): number => ERROR_STATUS[code];

/** Failures that are the database's state, not the caller's mistake. */
export const DATABASE_FAULT_CODES: readonly ActionErrorCode[] = ["busy", "full", "unavailable"];
