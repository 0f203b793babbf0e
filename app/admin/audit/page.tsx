import type { Metadata } from "next";
import Link from "next/link";
import { SignInTable, WorkflowTable } from "@/components/admin-audit/audit-tables";
import styles from "@/components/admin-audit/audit.module.css";
import { Button } from "@/components/ui/button";
import { Options } from "@/components/ui/field";
import { requireStaffPage } from "@/lib/auth/current-user";
import { signInEvents, workflowEntries } from "@/lib/data/audit";
import { AUDIT_ENTITIES, auditQuery } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("manage_users", "/admin/audit");
  const query = auditQuery.parse(await searchParams);
  const signIns = query.view === "sign-ins";
  const [events, steps] = signIns
    ? [await signInEvents({ email: query.email, before: query.before }), null]
    : [null, await workflowEntries({ entityType: query.entity, before: query.before })];
  const next = (events ?? steps)?.nextBefore ?? null;
  const nextHref = (() => {
    const params = new URLSearchParams({ view: query.view });
    if (query.email && signIns) params.set("email", query.email);
    if (query.entity && !signIns) params.set("entity", query.entity);
    if (next) params.set("before", String(next));
    return `/admin/audit?${params}`;
  })();

  return (
    <>
      <h1>Audit</h1>
      <p>
        Every sign-in and every step of the newsroom&rsquo;s work, newest first. These records can be added to, never
        changed or deleted: the database refuses it.
      </p>
      <ul className={styles.tabs} aria-label="Audit records">
        <li>
          <Link href="/admin/audit?view=workflow" className={styles.tab} aria-current={signIns ? undefined : "page"}>
            Workflow
          </Link>
        </li>
        <li>
          <Link href="/admin/audit?view=sign-ins" className={styles.tab} aria-current={signIns ? "page" : undefined}>
            Sign-ins
          </Link>
        </li>
      </ul>

      <form method="get" action="/admin/audit" className={styles.filters}>
        <input type="hidden" name="view" value={query.view} />
        {signIns ? (
          <label>
            Email
            <input type="email" name="email" defaultValue={query.email ?? ""} />
          </label>
        ) : (
          <label>
            Kind of thing
            <select name="entity" defaultValue={query.entity ?? ""}>
              <option value="">Everything</option>
              <Options values={AUDIT_ENTITIES} label={(entity) => entity} />
            </select>
          </label>
        )}
        <Button type="submit">Show</Button>
      </form>

      {events &&
        (events.rows.length > 0 ? (
          <SignInTable rows={events.rows} />
        ) : (
          <p>No sign-in recorded{query.email ? ` for ${query.email}` : ""}.</p>
        ))}
      {steps && (steps.rows.length > 0 ? <WorkflowTable rows={steps.rows} /> : <p>Nothing recorded yet.</p>)}
      {next && (
        <p className={styles.more}>
          <Link href={nextHref}>Older records</Link>
        </p>
      )}
    </>
  );
}
