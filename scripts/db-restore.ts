// `npm run db:restore -- FILE [--force]`: replaces the database (DATABASE_URL, default
// prisma/dev.db) with a backup made by db:backup. Stop the server first. The backup is checked
// before anything is touched, and the replaced database is kept as <name>.before-restore.
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { restoreDatabase } from "../lib/data/backup";
import { databaseFile } from "../lib/data/database-location";
import { projectRoot, runCommand, runMain } from "./run-command.mjs";

async function confirmed(shown: string): Promise<boolean> {
  if (process.argv.includes("--force")) return true;
  if (!process.stdin.isTTY) {
    console.error(`db:restore would replace ${shown}: stop the server, then run it with --force to confirm.`);
    return false;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`Stop the server first. Replace ${shown} with the backup? [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

async function main(): Promise<number> {
  const backup = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!backup) {
    console.error("Name the backup to restore: npm run db:restore -- backups/claim-tracker-….db");
    return 1;
  }
  const target = databaseFile(process.env, projectRoot);
  const shown = path.relative(projectRoot, target);
  if (!(await confirmed(shown))) return 1;
  const result = await restoreDatabase(path.resolve(backup), target);
  console.log(`Restored ${backup} to ${shown} (integrity ok); the previous database is in ${shown}.before-restore.`);
  // A backup from before the latest migrations is brought up to date.
  if ((await runCommand("node", ["scripts/prisma.mjs", "migrate", "deploy"], process.env)) !== 0) {
    console.error("The migrations could not be applied to the restored database.");
    return 1;
  }
  console.log(`Stories: ${result.tables.Story ?? 0}, claims: ${result.tables.Claim ?? 0}. Start the server again.`);
  return 0;
}

runMain("db:restore", main);
