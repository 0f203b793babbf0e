// Prisma 6.19 run without native engines: Migrate runs on WebAssembly over a driver adapter
// (`engine: "js"`), the client on the query compiler. Why: docs/decisions/002. DATABASE_URL picks
// the database: an SQLite file (the default) through better-sqlite3, or a PostgreSQL server
// through node-postgres, each with its own schema and migrations (docs/decisions/008).
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, databaseLocation, postgresPoolConfig } from "./lib/data/database-location";

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
        const severalStatements = error instanceof RangeError && error.message.includes("more than one statement");
        if (!severalStatements || query.args.length > 0) throw error;
        await shadow.executeScript(query.sql);
        return 0;
      }
    };
    return shadow;
  }
}

/**
 * Migrate reads PostgreSQL's catalogs, whose columns are of the internal types `name` (object
 * names) and `"char"` (one-letter codes). @prisma/adapter-pg 6.19 knows neither, and every
 * Migrate command fails with "Column type 'name' could not be deserialized from the database"
 * (prisma/orm issue #27403). Both arrive as text; node-postgres is told they are `text` as each
 * result's columns are described, in this CLI process only (the app never reads the catalogs).
 */
function readCatalogTypesAsText(): void {
  const NAME = 19;
  const CHAR = 18;
  const TEXT = 25;
  const Result = createRequire(import.meta.url)("pg/lib/result") as {
    prototype: { addFields(fields: Array<{ dataTypeID: number }>): void; textCatalogTypes?: true };
  };
  const proto = Result.prototype;
  if (proto.textCatalogTypes) return;
  const addFields = proto.addFields;
  proto.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === NAME || field.dataTypeID === CHAR) field.dataTypeID = TEXT;
    addFields.call(this, fields);
  };
  proto.textCatalogTypes = true;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The adapter runs a migration script by splitting it on every ";", which cuts a function body
 * ($$ ... $$, as in the append-only and search triggers) or a comment in pieces. PostgreSQL runs
 * a whole script sent as one simple query, in one implicit transaction: a migration that fails
 * leaves nothing half done.
 */
function runScriptsWhole(adapter: PgAdapter): PgAdapter {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // The adapter's own translation into Prisma's error kinds.
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return adapter;
}

/**
 * Migrate's scratch ("shadow") database on PostgreSQL, for `migrate dev` and `migrate diff
 * --from-migrations`. The adapter's own drops the database while its pool still holds a
 * connection to it, which PostgreSQL refuses ("is being accessed by other users"): here the
 * pool is closed first, then the database dropped.
 */
class PgForMigrate extends PrismaPg {
  constructor(private readonly settings: ReturnType<typeof postgresPoolConfig>) {
    super(settings);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.settings, database: name }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await main.dispose();
    };
    return shadow;
  }
}

const location = databaseLocation();

// The public search index: on SQLite an FTS5 virtual table and the shadow tables SQLite keeps
// for it (prisma/migrations/20261124160000_public_search), on PostgreSQL a table with a tsvector
// (prisma/postgresql/migrations/20261124160000_public_search). Prisma cannot model either.
// Declared external so `migrate dev` and `migrate diff` leave them alone.
const SEARCH_TABLES =
  location.provider === "sqlite"
    ? [
        "PublicSearch",
        "PublicSearch_config",
        "PublicSearch_content",
        "PublicSearch_data",
        "PublicSearch_docsize",
        "PublicSearch_idx",
      ]
    : ["public.PublicSearch"];

export default defineConfig(
  location.provider === "sqlite"
    ? {
        schema: "prisma/schema.prisma",
        migrations: { path: "prisma/migrations" },
        experimental: { adapter: true, externalTables: true },
        tables: { external: SEARCH_TABLES },
        engine: "js",
        adapter: async () => new BetterSQLite3ForMigrate({ url: location.file }),
      }
    : {
        // Generated from prisma/schema.prisma by scripts/postgres-schema.mjs.
        schema: "prisma/postgresql/schema.prisma",
        migrations: { path: "prisma/postgresql/migrations" },
        experimental: { adapter: true, externalTables: true },
        tables: { external: SEARCH_TABLES },
        engine: "js",
        adapter: async () => {
          readCatalogTypesAsText();
          return new PgForMigrate(postgresPoolConfig(location.url));
        },
      },
);
