import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientFor } from "./database-client";
import { databaseLocation } from "./database-location";

// One client per process. `next dev` re-evaluates modules on every change; keeping the client
// on globalThis stops each reload from opening one more connection to the file.
const globalForDatabase = globalThis as typeof globalThis & { claimTrackerDb?: PrismaClient };

/**
 * The app's database, named by DATABASE_URL: an SQLite file (default prisma/dev.db) or a
 * PostgreSQL server (docs/deploy.md). Typed as the SQLite client either way: the models are the same.
 */
export const db: PrismaClient = globalForDatabase.claimTrackerDb ?? clientFor(databaseLocation());

if (process.env.NODE_ENV !== "production") globalForDatabase.claimTrackerDb = db;
