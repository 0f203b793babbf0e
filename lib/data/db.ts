import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabaseClient } from "./database-client";
import { databaseFile } from "./database-location";

// One client per process. `next dev` re-evaluates modules on every change; keeping the client
// on globalThis stops each reload from opening one more connection to the file.
const globalForDatabase = globalThis as typeof globalThis & { claimTrackerDb?: PrismaClient };

/** The app's database: the SQLite file named by DATABASE_URL (default prisma/dev.db). */
export const db: PrismaClient =
  globalForDatabase.claimTrackerDb ?? createDatabaseClient(databaseFile());

if (process.env.NODE_ENV !== "production") globalForDatabase.claimTrackerDb = db;
