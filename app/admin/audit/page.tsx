import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { SignInTable, WorkflowTable } from "@/components/admin-audit/audit-tables";
import styles from "@/components/admin-audit/audit.module.css";
import { Button } from "@/components/ui/button";
import { Options } from "@/components/ui/field";
import { requireStaffPage } from "@/lib/auth/current-user";
import { signInEvents, workflowEntries } from "@/lib/data/audit";
import { AUDIT_ENTITIES, auditQuery } from "@/lib/validation/audit";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(ADMIN_MESSAGES, (t) => t.auditPage.pageTitle);

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const t = (await messagesFor(ADMIN_MESSAGES)).auditPage;
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
      <h1>{t.audit}</h1>
      <p>{t.everySignInAnd}</p>
      <ul className={styles.tabs} aria-label={t.auditRecords}>
        <li>
          <Link href="/admin/audit?view=workflow" className={styles.tab} aria-current={signIns ? undefined : "page"}>
            {t.workflow}
          </Link>
        </li>
        <li>
          <Link href="/admin/audit?view=sign-ins" className={styles.tab} aria-current={signIns ? "page" : undefined}>
            {t.signIns}
          </Link>
        </li>
      </ul>

      <form method="get" action="/admin/audit" className={styles.filters}>
        <input type="hidden" name="view" value={query.view} />
        {signIns ? (
          <label>
            {t.email}
            <input type="email" name="email" defaultValue={query.email ?? ""} />
          </label>
        ) : (
          <label>
            {t.kindOfThing}
            <select name="entity" defaultValue={query.entity ?? ""}>
              <option value="">{t.everything}</option>
              <Options values={AUDIT_ENTITIES} label={(entity) => entity} />
            </select>
          </label>
        )}
        <Button type="submit">{t.show}</Button>
      </form>

      {events &&
        (events.rows.length > 0 ? (
          <SignInTable rows={events.rows} />
        ) : (
          <p>
            {t.noSignInRecorded}
            {query.email ? t.forEmail(query.email) : ""}.
          </p>
        ))}
      {steps && (steps.rows.length > 0 ? <WorkflowTable rows={steps.rows} /> : <p>{t.nothingRecordedYet}</p>)}
      {next && (
        <p className={styles.more}>
          <Link href={nextHref}>{t.olderRecords}</Link>
        </p>
      )}
    </>
  );
}
