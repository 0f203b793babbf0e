// Prisma 6.19 run without native engines: Migrate runs on WebAssembly over the better-sqlite3
// driver adapter (`engine: "js"`), the client on the query compiler. Why: docs/decisions/002.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, databaseFile } from "./lib/data/database-location";

// The schema's `env("DATABASE_URL")` must resolve even when it is unset (`prisma validate`).
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;

/**
 * The WebAssembly schema engine replays the migrations on its shadow database (an in-memory
 * one, for `migrate dev` and `migrate diff --from-migrations`) through `executeRaw`, one
 * prepared statement, which better-sqlite3 refuses for a script of several statements
 * ("The supplied SQL string contains more than one statement"). Such a script is run whole.
 */
class BetterSQLite3ForMigrate extends PrismaBetterSQLite3 {
  override async connectToShadowDb() {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        const severalStatements =
          error instanceof RangeError && error.message.includes("more than one statement");
        if (!severalStatements || query.args.length > 0) throw error;
        await shadow.executeScript(query.sql);
        return 0;
      }
    };
    return shadow;
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // The public search index (prisma/migrations/20261124160000_public_search): an FTS5 virtual
  // table and the shadow tables SQLite keeps for it, which Prisma cannot model. Declared
  // external so `migrate dev` and `migrate diff` leave them alone.
  experimental: { adapter: true, externalTables: true },
  tables: {
    external: ["PublicSearch", "PublicSearch_config", "PublicSearch_content", "PublicSearch_data", "PublicSearch_docsize", "PublicSearch_idx"],
  },
  engine: "js",
  adapter: async () => new BetterSQLite3ForMigrate({ url: databaseFile() }),
});
