import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { CsvImport } from "@/components/newsroom/import/csv-import";
import styles from "@/components/newsroom/newsroom.module.css";
import { requireStaffPage } from "@/lib/auth/current-user";
import { importJobOf, runningImportOf } from "@/lib/data/imports";
import { IMPORT_MESSAGES } from "@/lib/i18n/messages/staff/import";
import { messagesFor, titleFrom } from "@/lib/i18n/server";
import { discardImportAction } from "../delete-actions";

export const generateMetadata = titleFrom(IMPORT_MESSAGES, (t) => t.page.pageTitle);

export default async function ImportPage({ searchParams }: { searchParams: SearchParams }) {
  const t = (await messagesFor(IMPORT_MESSAGES)).page;
  const member = await requireStaffPage("write_newsroom", "/claims/import");
  const { job: jobId } = await searchParams;
  // The job in the address (a reload, a link), else one of the editor's still running.
  const job =
    typeof jobId === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(jobId)
      ? await importJobOf(member.id, jobId)
      : await runningImportOf(member.id);
  return (
    <div className={styles.page}>
      <h1>{t.importACsvFile}</h1>
      <p className={styles.lede}>
        {t.aSpreadsheetOfOne} <Link href="/claims/new">{t.logAClaim}</Link>.
      </p>
      <CsvImport key={job?.id ?? "new"} initialJob={job} discardImport={discardImportAction} />
    </div>
  );
}
