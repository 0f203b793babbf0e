// The key that signs session cookies (NEXTAUTH_SECRET). There is no default: a default secret
// in the code would let anyone who reads it forge a session.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "./run-command.mjs";

// Kept out of git (.gitignore: /.data/), readable by its owner only.
const SECRET_FILE = path.join(projectRoot, ".data", "auth-secret");

/** A new random secret: 32 bytes, base64url. */
export function newAuthSecret() {
  return randomBytes(32).toString("base64url");
}

/**
 * The secret `npm start` serves with: NEXTAUTH_SECRET when set, else the one kept in
 * .data/auth-secret, made on the first start. Keeping it means a restart does not sign
 * everyone out.
 */
export async function ensureAuthSecret(env = process.env) {
  if (env.NEXTAUTH_SECRET) return { secret: env.NEXTAUTH_SECRET, origin: "NEXTAUTH_SECRET" };
  const kept = await readFile(SECRET_FILE, "utf8").then(
    (text) => text.trim(),
    () => "",
  );
  if (kept) return { secret: kept, origin: path.relative(projectRoot, SECRET_FILE) };
  const secret = newAuthSecret();
  await mkdir(path.dirname(SECRET_FILE), { recursive: true, mode: 0o700 });
  // "wx": two first starts at once must not each write their own secret.
  await writeFile(SECRET_FILE, `${secret}\n`, { mode: 0o600, flag: "wx" }).catch(async (error) => {
    if (error.code !== "EEXIST") throw error;
  });
  const written = (await readFile(SECRET_FILE, "utf8")).trim();
  return { secret: written, origin: `${path.relative(projectRoot, SECRET_FILE)} (new)` };
}
