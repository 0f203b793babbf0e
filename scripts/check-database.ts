// Refuses a bad DATABASE_URL in one line before anything uses it (lib/data/database-check.ts):
//   tsx scripts/check-database.ts [--require-migrated]
// prints what is wrong on stderr and exits 1, or says nothing and exits 0. `npm start` runs it
// before the migrations, so without --require-migrated: they create or update the database.
import { checkDatabase } from "../lib/data/database-check";

checkDatabase(process.env, { requireMigrated: process.argv.includes("--require-migrated") })
  .then((result) => {
    if (result.ok) return;
    console.error(result.problem);
    process.exit(1);
  })
  .catch((error: unknown) => {
    console.error(`Could not check the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
