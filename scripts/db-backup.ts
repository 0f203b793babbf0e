// `npm run db:backup [-- --to DIR]`: an online backup of the database (DATABASE_URL, default
// prisma/dev.db) while the server keeps running, checked, into backups/ (or DIR).
import path from "node:path";
import { backupDatabase, backupFileName } from "../lib/data/backup";
import { databaseFile } from "../lib/data/database-location";
import { projectRoot, runMain } from "./run-command.mjs";

async function main(): Promise<number> {
  const to = process.argv.indexOf("--to");
  const dir =
    to > 0 && process.argv[to + 1] ? path.resolve(process.argv[to + 1] as string) : path.join(projectRoot, "backups");
  const source = databaseFile(process.env, projectRoot);
  const result = await backupDatabase(source, path.join(dir, backupFileName()));
  const rows = Object.entries(result.tables)
    .filter(([name]) => !name.startsWith("_prisma"))
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");
  console.log(
    `Backed up ${path.relative(projectRoot, source)} to ${path.relative(projectRoot, result.file)} (${(result.bytes / 1024).toFixed(0)} KB, integrity ok).`,
  );
  console.log(`Rows: ${rows}.`);
  console.log(`Restore it with: npm run db:restore -- ${path.relative(projectRoot, result.file)}`);
  return 0;
}

runMain("db:backup", main);
