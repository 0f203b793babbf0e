import Link from "next/link";
import type { SignInEvent, WorkflowEntry } from "@/lib/data/audit";
import { DataTable } from "@/components/ui/data-table";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./audit.module.css";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor } from "@/lib/i18n/server";

// Where each kind of thing is read in the newsroom; users have no page of their own.
const ENTITY_LINKS: Record<string, (id: string) => string | null> = {
  claim: (id) => `/claims/${id}`,
  story: (id) => `/stories/${id}`,
  quantity: () => null,
  source: () => null,
  user: () => null,
};

/** Every step of the newsroom's work: who did what to which thing, when, and why. */
export async function WorkflowTable({ rows }: { rows: WorkflowEntry[] }) {
  const t = (await messagesFor(ADMIN_MESSAGES)).auditTables;
  return (
    <DataTable caption={t.workflowStepsNewestFirst} columns={[t.whenUtc, t.who, t.what, t.note]} narrow="scroll">
      {rows.map((row) => {
        // A deleted draft has no page any more: its history is all that is left of it.
        const href = row.action === "delete" ? null : (ENTITY_LINKS[row.entityType]?.(row.entityId) ?? null);
        const thing = `${row.entityType} ${row.entityId.slice(-8)}`;
        return (
          <tr key={row.id}>
            <td>
              <time dateTime={row.at.toISOString()}>{formatUtcTime(row.at)}</time>
            </td>
            <td>
              {row.actor ? (
                `${row.actor.name} (${row.actor.email})`
              ) : (
                <span className={styles.muted}>{t.theSystem}</span>
              )}
            </td>
            <td>
              {t.actions[row.action] ?? row.action} · {href ? <Link href={href}>{thing}</Link> : thing}
            </td>
            <td className={styles.note}>{row.reason ?? ""}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

const KIND_WORDS: Record<string, string> = {
  sign_in: "Signed in",
  sign_in_refused: "Refused",
  sign_in_locked: "Locked out (too many failures)",
  sign_out: "Signed out",
};

const DETAIL_WORDS: Record<string, string> = {
  unknown_email: "no account with this email",
  wrong_password: "wrong password",
  disabled: "account disabled",
  invalid_input: "form not filled in",
};

/** Every sign-in attempt: successes, refusals with the real reason (admins only), lock-outs, sign-outs. */
export async function SignInTable({ rows }: { rows: SignInEvent[] }) {
  const t = (await messagesFor(ADMIN_MESSAGES)).auditTables;
  return (
    <DataTable caption={t.signInsNewestFirst} columns={[t.whenUtc, t.event, t.email, t.address]} narrow="scroll">
      {rows.map((row) => (
        <tr key={row.id} className={row.kind === "sign_in" || row.kind === "sign_out" ? undefined : styles.warning}>
          <td>
            <time dateTime={row.at.toISOString()}>{formatUtcTime(row.at)}</time>
          </td>
          <td>
            {KIND_WORDS[row.kind] ?? row.kind}
            {row.detail && <span className={styles.muted}>: {DETAIL_WORDS[row.detail] ?? row.detail}</span>}
          </td>
          <td>{row.email ?? <span className={styles.muted}>{t.noneGiven}</span>}</td>
          <td>{row.address ?? ""}</td>
        </tr>
      ))}
    </DataTable>
  );
}
