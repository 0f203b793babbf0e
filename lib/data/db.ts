import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientFor } from "./database-client";
import { databaseLocation } from "./database-location";

// One client per process, kept on globalThis: `next dev` re-evaluates modules on every change,
// and in production the proxy (proxy.ts) is bundled apart from the pages, so each would open
// connections of its own. One client means one writer's connection and one queue of writes per
// process (lib/data/sqlite-adapter.ts), whichever bundle asks.
const globalForDatabase = globalThis as typeof globalThis & { claimTrackerDb?: PrismaClient };

/**
 * The app's database, named by DATABASE_URL: an SQLite file (default prisma/dev.db) or a
 * PostgreSQL server (docs/deploy.md). Typed as the SQLite client either way: the models are the same.
 */
export const db: PrismaClient = globalForDatabase.claimTrackerDb ?? clientFor(databaseLocation());

globalForDatabase.claimTrackerDb = db;
