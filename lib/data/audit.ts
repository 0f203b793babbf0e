import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";

// The audit trail admins read: every sign-in attempt (SecurityEvent) and every step of the
// newsroom's work (HistoryEntry). Both tables are append-only, enforced by SQLite triggers.

export type SecurityEventKind = "sign_in" | "sign_in_refused" | "sign_in_locked" | "sign_out";

export interface SecurityEventInput {
  kind: SecurityEventKind;
  email?: string | null;
  userId?: string | null;
  address?: string | null;
  detail?: string | null;
}

/**
 * Records a sign-in event. Never fails the sign-in it records: a full disk must not lock people
 * out, so a failure to write is logged and swallowed.
 */
export async function recordSecurityEvent(event: SecurityEventInput): Promise<void> {
  try {
    await db.securityEvent.create({
      data: {
        kind: event.kind,
        email: event.email?.slice(0, 320) ?? null,
        userId: event.userId ?? null,
        address: event.address?.slice(0, 100) ?? null,
        detail: event.detail ?? null,
      },
    });
  } catch (error) {
    console.error("Could not record a sign-in event", error);
  }
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPage<T> {
  rows: T[];
  /** The id to pass as `before` for the next (older) page, or null on the last one. */
  nextBefore: number | null;
}

/** The query for one page: the rows matching `where`, newest first, from just below `before`, one more than a page (to tell whether another follows). */
function newestFirst<Where extends object>(where: Where, before: number | undefined) {
  return {
    where: { ...where, ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" as const },
    take: AUDIT_PAGE_SIZE + 1,
  };
}

function page<T extends { id: number }>(rows: T[]): AuditPage<T> {
  const more = rows.length > AUDIT_PAGE_SIZE;
  const shown = more ? rows.slice(0, AUDIT_PAGE_SIZE) : rows;
  return { rows: shown, nextBefore: more ? (shown[shown.length - 1]?.id ?? null) : null };
}

/** One sign-in attempt as the audit trail shows it: the row as recorded. */
export type SignInEvent = Prisma.SecurityEventGetPayload<object>;

/** Sign-in events, newest first, optionally for one email address, older than `before`. */
export async function signInEvents(filter: { email?: string; before?: number }): Promise<AuditPage<SignInEvent>> {
  const rows = await db.securityEvent.findMany(newestFirst(filter.email ? { email: filter.email } : {}, filter.before));
  return page(rows);
}

const WORKFLOW_FIELDS = {
  id: true,
  at: true,
  entityType: true,
  entityId: true,
  action: true,
  reason: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.HistoryEntrySelect;

export type WorkflowEntry = Prisma.HistoryEntryGetPayload<{ select: typeof WORKFLOW_FIELDS }>;

/** Every recorded step of the newsroom's work, newest first, optionally one kind of thing. */
export async function workflowEntries(filter: {
  entityType?: WorkflowEntry["entityType"];
  before?: number;
}): Promise<AuditPage<WorkflowEntry>> {
  const rows = await db.historyEntry.findMany({
    ...newestFirst(filter.entityType ? { entityType: filter.entityType } : {}, filter.before),
    select: WORKFLOW_FIELDS,
  });
  return page(rows);
}
