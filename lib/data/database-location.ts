import path from "node:path";
import { z } from "zod";

// Read by prisma.config.ts as well as by the app, so no "server-only" here: the Prisma CLI
// loads this file outside Next, where that import throws.

/** Where the database lives when DATABASE_URL is not set: prisma/dev.db. */
export const DEFAULT_DATABASE_URL = "file:./dev.db";

const databaseUrl = z
  .string()
  .trim()
  .default(DEFAULT_DATABASE_URL)
  .refine((url) => /^file:[^?#]+$/.test(url), {
    message: 'DATABASE_URL must be an SQLite file URL such as "file:./dev.db"',
  });

/**
 * The absolute path of the SQLite file named by DATABASE_URL (default `file:./dev.db`).
 * A relative path is read from prisma/, as Prisma has always done for SQLite, so the CLI, the
 * app and the tests open the same file whichever of them resolves it; better-sqlite3 alone
 * would resolve it from the working directory instead.
 */
export function databaseFile(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  const parsed = databaseUrl.safeParse(env.DATABASE_URL || undefined);
  if (!parsed.success) {
    throw new Error(parsed.error.issues[0]?.message ?? "DATABASE_URL is not valid");
  }
  return path.resolve(root, "prisma", parsed.data.slice("file:".length));
}
