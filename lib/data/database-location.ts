import path from "node:path";
import { parseIntoClientConfig } from "pg-connection-string";
import { z } from "zod";

// Read by prisma.config.ts as well as by the app, so no "server-only" here: the Prisma CLI
// loads this file outside Next, where that import throws.

/** Where the database lives when DATABASE_URL is not set: prisma/dev.db. */
export const DEFAULT_DATABASE_URL = "file:./dev.db";

/**
 * Which database DATABASE_URL names: an SQLite file (the default, one newsroom on one machine)
 * or a PostgreSQL server (several app servers sharing one database: docs/deploy.md).
 */
export type DatabaseLocation = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;

const databaseUrl = z
  .string()
  .trim()
  .default(DEFAULT_DATABASE_URL)
  .refine((url) => /^file:[^?#]+$/.test(url) || POSTGRES_URL.test(url), {
    message:
      'DATABASE_URL must be an SQLite file URL such as "file:./dev.db" or a PostgreSQL URL such as "postgresql://user:password@host:5432/database"',
  });

/** True when `url` names a PostgreSQL server rather than an SQLite file. */
export function isPostgresUrl(url: string | undefined): boolean {
  return POSTGRES_URL.test((url ?? "").trim());
}

/**
 * The database named by DATABASE_URL (default `file:./dev.db`). A relative SQLite path is read
 * from prisma/, as Prisma has always done for SQLite, so the CLI, the app and the tests open the
 * same file whichever of them resolves it; better-sqlite3 alone would resolve it from the
 * working directory instead.
 */
export function databaseLocation(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): DatabaseLocation {
  const parsed = databaseUrl.safeParse(env.DATABASE_URL || undefined);
  if (!parsed.success) {
    throw new Error(parsed.error.issues[0]?.message ?? "DATABASE_URL is not valid");
  }
  if (isPostgresUrl(parsed.data)) return { provider: "postgresql", url: parsed.data };
  return {
    provider: "sqlite",
    file: path.resolve(root, "prisma", parsed.data.slice("file:".length)),
  };
}

/**
 * The absolute path of the SQLite file named by DATABASE_URL, for the tools that work on the
 * file itself (backup, restore, reset). On PostgreSQL there is no file: they say so and name
 * PostgreSQL's own tools instead of failing somewhere deeper.
 */
export function databaseFile(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  const location = databaseLocation(env, root);
  if (location.provider === "postgresql") {
    throw new Error(
      "DATABASE_URL names a PostgreSQL database, and this command works on an SQLite file. On PostgreSQL, back up with pg_dump and restore with pg_restore; see docs/deploy.md.",
    );
  }
  return location.file;
}

/**
 * node-postgres settings for a PostgreSQL URL, spelled out rather than left as a connection
 * string: node-postgres lets a connection string override every other setting, and Prisma's
 * adapter opens Migrate's scratch ("shadow") database by overriding `database`, which would
 * otherwise land on the real database.
 */
export function postgresPoolConfig(url: string) {
  const { host, port, user, password, database, ssl, application_name } = parseIntoClientConfig(url);
  return { host, port, user, password, database, ssl, application_name };
}
