// The mistakes a reader of the open data can make, each with its HTTP status and a stable code
// that programs can test ("invalid_parameter"), beside a message written for the person.

export const OPEN_DATA_ERRORS = {
  invalid_parameter: 400,
  not_found: 404,
  retracted: 410,
  internal: 500,
  unavailable: 503,
} as const;

export type OpenDataErrorCode = keyof typeof OPEN_DATA_ERRORS;

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
