import "server-only";
import type { Role } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "./database-faults";
import { db } from "./db";
import { recordCreation, recordHistory } from "./history";

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
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return "email_taken" as const;
      const user = await tx.user.create({ data: { ...input, email }, select: STAFF_FIELDS });
      await recordCreation(tx, "user", user, actorId);
      return user;
    });
  } catch (error) {
    // Two invitations for one address at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return "email_taken";
    throw error;
  }
}

/** One row of the admin's list of accounts. */
export interface UserListing extends StaffMember {
  disabled: boolean;
  createdAt: Date;
}

/** Every account, admins first, then by name: the admin's users page. */
export async function listUsers(): Promise<UserListing[]> {
  const users = await db.user.findMany({
    select: { ...STAFF_FIELDS, disabled: true, createdAt: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  const rank: Record<Role, number> = { admin: 0, reviewer: 1, editor: 2 };
  return users.sort((a, b) => rank[a.role] - rank[b.role]);
}

/** The account as history records it: never the password hash or the session counter. */
const HISTORY_FIELDS = { ...STAFF_FIELDS, disabled: true } satisfies Prisma.UserSelect;
type AccountState = Prisma.UserGetPayload<{ select: typeof HISTORY_FIELDS }>;

/** An account after an admin's change; `changed` is false when it already was that way. */
export type UserChange =
  { ok: true; user: StaffMember & { disabled: boolean }; changed: boolean } | { ok: false; reason: "not_found" };

/**
 * Gives an account a new role. The change ends the person's sessions in the same write, so
 * they sign in again and see what their new role allows (and no longer see what it does not).
 */
export function changeUserRole(userId: string, role: Role, actorId: string): Promise<UserChange> {
  return changeUser(userId, actorId, {
    action: "change_role",
    already: (user) => user.role === role,
    data: { role, sessionVersion: { increment: 1 } },
  });
}

/**
 * Disables or enables an account. Disabling ends every session in the same write: an old
 * cookie is refused on its very next request. Enabling does not bring old sessions back.
 */
export function setUserDisabled(userId: string, disabled: boolean, actorId: string): Promise<UserChange> {
  return changeUser(userId, actorId, {
    action: disabled ? "disable" : "enable",
    already: (user) => user.disabled === disabled,
    data: { disabled, ...(disabled ? { sessionVersion: { increment: 1 } } : {}) },
  });
}

/** One admin change to an account and its history entry, in one write; nothing written when it `already` was so. */
function changeUser(
  userId: string,
  actorId: string,
  change: { action: string; already: (user: AccountState) => boolean; data: Prisma.UserUpdateInput },
): Promise<UserChange> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: HISTORY_FIELDS });
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (change.already(before)) return { ok: true, user: before, changed: false } as const;
    const after = await tx.user.update({ where: { id: userId }, data: change.data, select: HISTORY_FIELDS });
    await recordHistory(tx, { entityType: "user", entityId: userId, action: change.action, actorId, before, after });
    return { ok: true, user: after, changed: true } as const;
  });
}
