import { describe, expect, it } from "vitest";
import { ACTION_ERROR_CODES, API_ERROR_CODES, ERROR_STATUS, OPEN_DATA_ERROR_CODES, statusOf } from "./errors";

describe("one vocabulary of error codes", () => {
  it("gives every code of every surface one HTTP status: the caller's mistakes 4xx, the database's state 503 or 507", () => {
    for (const code of [...ACTION_ERROR_CODES, ...API_ERROR_CODES, ...OPEN_DATA_ERROR_CODES]) {
      expect(ERROR_STATUS[code], code).toBeGreaterThanOrEqual(400);
    }
    expect(
      ["busy", "unavailable", "database_busy", "database_unavailable"].map((code) => statusOf(code as "busy")),
    ).toEqual([503, 503, 503, 503]);
    expect([statusOf("full"), statusOf("database_full")]).toEqual([507, 507]);
    expect([statusOf("invalid"), statusOf("invalid_parameter"), statusOf("retracted"), statusOf("throttled")]).toEqual([
      422, 400, 410, 429,
    ]);
  });

  it("keeps the codes programs read on the wire: the token API's and the open data's", () => {
    // Part of the OpenAPI contract: a rename here breaks every API client.
    expect(API_ERROR_CODES).toContain("database_busy");
    expect(API_ERROR_CODES).toContain("idempotency_key_reused");
    expect([...OPEN_DATA_ERROR_CODES].sort()).toEqual([
      "internal",
      "invalid_parameter",
      "not_found",
      "retracted",
      "unavailable",
    ]);
  });
});
