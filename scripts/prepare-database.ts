// Fills a migrated database (DATABASE_URL) with what it needs before the app serves it:
//   tsx --conditions=react-server scripts/prepare-database.ts
//       seeds the Idlib demo on a database with no story, and prints the demo accounts once;
//   tsx --conditions=react-server scripts/prepare-database.ts --e2e-users FILE
//       also creates the browser tests' accounts and writes their passwords to FILE.
// `--conditions=react-server` because lib/data starts with `import "server-only"`.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { generatePassword, hashPassword } from "../lib/auth/password";
import type { Role } from "../lib/auth/policy";
import { databaseLocation } from "../lib/data/database-location";
import { db } from "../lib/data/db";
import { seedDemo, type DemoAccount } from "../prisma/seed/demo-seed";
import { createUser } from "../lib/data/users";

const CREATE_USER = "npm run user:create -- --email E --name N --role editor|reviewer|admin";

// The accounts the browser tests sign in with (e2e/support/session.ts reads them back).
const E2E_ACCOUNTS: Record<string, { role: Role; name: string }> = {
  editor: { role: "editor", name: "Test Editor" },
  editor2: { role: "editor", name: "Test Editor Two" },
  reviewer: { role: "reviewer", name: "Test Reviewer" },
  reviewer2: { role: "reviewer", name: "Test Reviewer Two" },
  admin: { role: "admin", name: "Test Admin" },
};

function printAccounts(accounts: DemoAccount[]): void {
  const width = Math.max(...accounts.map((account) => account.email.length));
  console.log("\nThe demo story is in place, with these accounts. Their passwords are shown this once:\n");
  for (const account of accounts) {
    const password = account.password ?? "(account already existed: its password is unchanged)";
    console.log(`  ${account.role.padEnd(8)} ${account.email.padEnd(width)}  ${password}`);
  }
  console.log(`\nTo add someone: ${CREATE_USER}`);
}

/** The browser tests' own database (scripts/e2e.mjs), never a newsroom's. */
function isTestDatabase(): boolean {
  if (!process.env.DATABASE_URL) return false;
  const location = databaseLocation();
  if (location.provider === "sqlite") return location.file.includes(`${path.sep}test-results${path.sep}`);
  return /e2e/.test(new URL(location.url).pathname.slice(1));
}

async function createE2EUsers(file: string): Promise<void> {
  // Test accounts with known passwords must never land in a newsroom's database.
  if (!isTestDatabase()) {
    throw new Error(
      '--e2e-users only writes to a database named by DATABASE_URL: a file under test-results/, or a PostgreSQL database with "e2e" in its name.',
    );
  }
  const prepared = await Promise.all(
    Object.entries(E2E_ACCOUNTS).map(async ([key, { role, name }]) => {
      const password = generatePassword();
      return {
        key,
        email: `${key}@e2e.example`,
        name,
        role,
        password,
        passwordHash: await hashPassword(password),
      };
    }),
  );
  const users: Record<string, { email: string; password: string; name: string; role: Role }> = {};
  for (const { key, passwordHash, ...account } of prepared) {
    const { email, name, role } = account;
    const created = await createUser({ email, name, role, passwordHash }, null);
    if (created === "email_taken") throw new Error(`${account.email} already exists: start from a new database.`);
    users[key] = account;
  }
  await writeFile(file, `${JSON.stringify(users, null, 2)}\n`, { mode: 0o600 });
  console.log(`Browser-test accounts (${Object.keys(users).join(", ")}) written to ${file}.`);
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf("--e2e-users");
  const usersFile = flag >= 0 ? process.argv[flag + 1] : undefined;
  if (flag >= 0 && !usersFile) throw new Error("--e2e-users needs a file name.");

  const demo = await seedDemo(db);
  if (demo.seeded && usersFile) console.log("Seeded the Idlib demo story.");
  else if (demo.seeded) printAccounts(demo.accounts);
  else if (!usersFile) {
    console.log("\nThe database already has its stories and accounts (passwords are shown only when created).");
    console.log(`To add someone: ${CREATE_USER}`);
  }
  if (usersFile) await createE2EUsers(path.resolve(usersFile));
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
    await db.$disconnect();
    process.exit(1);
  });
