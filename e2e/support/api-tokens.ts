import { generateApiToken } from "../../lib/auth/api-token";
import type { TestDatabase } from "./database";

/** What a token written straight into the database is called and may do. */
export interface TokenRow {
  /** The start of its id and of its name; the token's prefix ends both. */
  idPrefix: string;
  name: string;
  scope: "read" | "write_drafts";
  createdById: string;
  actingUserId: string;
}

/** A token written straight into `db` as the admin's page would make it: the secret to send. */
export async function insertApiToken(db: TestDatabase, row: TokenRow): Promise<string> {
  const { token, prefix, secretHash } = generateApiToken();
  await db.run(
    `INSERT INTO "ApiToken" ("id", "name", "scope", "prefix", "secretHash", "createdById", "actingUserId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    `${row.idPrefix}${prefix}`,
    `${row.name} ${prefix}`,
    row.scope,
    prefix,
    secretHash,
    row.createdById,
    row.actingUserId,
    new Date(),
  );
  return token;
}

/** The id of the account with this e-mail address; fails when there is none. */
export async function userIdOf(db: TestDatabase, email: string): Promise<string> {
  const user = await db.get<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, email.toLowerCase());
  if (!user) throw new Error(`No account for ${email} in the run's database`);
  return user.id;
}
