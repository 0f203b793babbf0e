import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { COMMON_PASSWORDS } from "./common-passwords";

// bcrypt at cost 12: about a quarter of a second to check, which is nothing for a person
// signing in and a great deal for someone trying a million guesses.
const COST = 12;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A hash of a password nobody has, compared against when the email is unknown, so an unknown
// account takes as long to refuse as a wrong password.
const NOBODY = "$2b$12$wAvy7t8bjeU5sYUV4Et.POpUrS57Ov5nenS/2nYC56ezFusKC4RCy";
export async function spendTimeLikeAPasswordCheck(password: string): Promise<void> {
  await bcrypt.compare(password, NOBODY);
}

/** A password to print once: 20 characters from 120 random bits, easy to copy, no look-alikes. */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(20);
  let out = "";
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return `${out.slice(0, 5)}-${out.slice(5, 10)}-${out.slice(10, 15)}-${out.slice(15, 20)}`;
}

/** Why a chosen password is refused, in plain words, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded)) return "This password is on lists attackers try first; choose another.";
  if (/^(.)\1+$/.test(password)) return "Do not repeat one character.";
  const localPart = email?.toLowerCase().split("@")[0] ?? "";
  // Only a name long enough to guess from: "b@x.org" must not forbid every "b".
  if (localPart.length >= 4 && folded.includes(localPart)) return "Do not put your email in your password.";
  return null;
}
