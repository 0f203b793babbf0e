// The mistakes a reader of the open data can make, each with its HTTP status and a stable code
// that programs can test ("invalid_parameter"), beside a message written for the person.

import { ERROR_STATUS, OPEN_DATA_ERROR_CODES, type OpenDataErrorCode } from "@/lib/errors";

export type { OpenDataErrorCode } from "@/lib/errors";

/** The open data's codes and their statuses (lib/errors.ts), as the OpenAPI document lists them. */
export const OPEN_DATA_ERRORS = Object.fromEntries(
  OPEN_DATA_ERROR_CODES.map((code) => [code, ERROR_STATUS[code]]),
) as Record<OpenDataErrorCode, number>;

/** An expected refusal (a bad parameter, an unknown id), thrown by the open data's answers and sent as JSON. */
export class OpenDataError extends Error {
  readonly code: OpenDataErrorCode;

  constructor(code: OpenDataErrorCode, message: string) {
    super(message);
    this.name = "OpenDataError";
    this.code = code;
  }

  get status(): number {
    return OPEN_DATA_ERRORS[this.code];
  }
}

export const invalidParameter = (message: string) => new OpenDataError("invalid_parameter", message);
export const notFound = (message: string) => new OpenDataError("not_found", message);
