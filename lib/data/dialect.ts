import "server-only";
import { dialectOf, type Dialect } from "./database-client";
import { db } from "./db";

// Nearly every query goes through Prisma, which speaks both databases. The few written in raw
// SQL (a rate-limit upsert, the CSV import's bulk statements, the public search) use what only
// one database has (SQLite's json_each and FTS5, PostgreSQL's jsonb and tsvector): each has
// one version per dialect, chosen here, next to each other in the same file.

export type { Dialect };

/** The dialect of the app's database (in tests, of the test database standing in for it). */
export function sqlDialect(): Dialect {
  return dialectOf(db);
}

/** The value for the app's database: `forDialect({ sqlite: ..., postgresql: ... })`. */
export function forDialect<T>(choices: Record<Dialect, T>): T {
  return choices[sqlDialect()];
}
