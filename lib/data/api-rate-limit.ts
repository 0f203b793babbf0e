import "server-only";
import { RATE_WINDOW_MS, type RateWindow } from "@/lib/auth/api-token";
import { db } from "./db";

// Requests per token, counted in the database so every app process sees the same count. One
// statement reads and writes the window (an upsert with RETURNING): two requests at the same
// moment cannot both read 29 and both write 30, as a read-then-write in two statements could.
// The window rule is nextWindow's in lib/auth/api-token.ts, written in SQL; the test checks both
// agree. In an UPDATE, SQLite and PostgreSQL read every column's old value on the right of each
// `=`. Columns there are named with their table: PostgreSQL calls a bare "count" ambiguous
// beside the `excluded` row of the upsert. The same statement runs on both databases.

/** Counts one request against `key` at `nowMs`, and answers the window it fell in. */
export async function countRequest(key: string, nowMs = Date.now(), windowMs = RATE_WINDOW_MS): Promise<RateWindow> {
  const rows = await db.$queryRaw<{ count: number | bigint; windowStartMs: number | bigint }[]>`
    INSERT INTO "ApiRateLimit" ("key", "windowStartMs", "count") VALUES (${key}, ${nowMs}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${nowMs} - "ApiRateLimit"."windowStartMs" >= ${windowMs} OR ${nowMs} < "ApiRateLimit"."windowStartMs"
        THEN 1 ELSE "ApiRateLimit"."count" + 1 END,
      "windowStartMs" = CASE WHEN ${nowMs} - "ApiRateLimit"."windowStartMs" >= ${windowMs} OR ${nowMs} < "ApiRateLimit"."windowStartMs"
        THEN ${nowMs} ELSE "ApiRateLimit"."windowStartMs" END
    RETURNING "count", "windowStartMs"`;
  const row = rows[0];
  if (!row) throw new Error(`The rate-limit upsert for ${key} returned no row.`);
  return { count: Number(row.count), windowStartMs: Number(row.windowStartMs) };
}
