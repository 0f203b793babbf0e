import { existsSync } from "node:fs";
import path from "node:path";
import { e2eFiles } from "../support/e2e-files.mjs";

/** As e2e/global-setup.ts, for a run on PostgreSQL: there is no database file, only the accounts. */
export default function globalSetup(): void {
  const { users } = e2eFiles(path.resolve(__dirname, "../.."));
  if (!existsSync(users)) {
    throw new Error(`Not prepared for the browser tests (missing ${users}): run them with \`npm run test:postgres\`.`);
  }
}
