import "server-only";
import type { Role } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { recordHistory } from "./history";

/** What the app knows of the person behind a request, read fresh from the database. */
export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const STAFF_FIELDS = { id: true, email: true, name: true, role: true } satisfies Prisma.UserSelect;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The account a sign-in names, with what is needed to check it. */
export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { ...STAFF_FIELDS, passwordHash: true, disabled: true, sessionVersion: true },
  });
}

/**
 * The signed-in person, if the session still stands: the account exists, is not disabled and
 * has not signed out (or been disabled) since the session began.
 */
export async function findActiveStaffMember(userId: string, sessionVersion: number): Promise<StaffMember | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { ...STAFF_FIELDS, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Ends every session of a user at once: each old cookie fails its next check. */
export async function endSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

/** Creates an account, with its history entry in the same write. `actorId` null: the system. */
export async function createUser(input: NewUser, actorId: string | null): Promise<StaffMember | "email_taken"> {
  const email = normalizeEmail(input.email);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return "email_taken";
    const user = await tx.user.create({ data: { ...input, email }, select: STAFF_FIELDS });
    await recordHistory(tx, { entityType: "user", entityId: user.id, action: "create", actorId, after: user });
    return user;
  });
}
