import type { Metadata } from "next";
import Link from "next/link";
import { CsvImport } from "@/components/newsroom/import/csv-import";
import styles from "@/components/newsroom/newsroom.module.css";
import { requireStaffPage } from "@/lib/auth/current-user";
import { importJobOf, runningImportOf } from "@/lib/data/imports";

export const metadata: Metadata = { title: "Import a CSV file" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ImportPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireStaffPage("write_newsroom", "/claims/import");
  const { job: jobId } = await searchParams;
  // The job in the address (a reload, a link), else one of the editor's still running.
  const job =
    typeof jobId === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(jobId)
      ? await importJobOf(member.id, jobId)
      : await runningImportOf(member.id);
  return (
    <div className={styles.page}>
      <h1>Import a CSV file</h1>
      <p className={styles.lede}>
        A spreadsheet of one quantity&apos;s figures, one row per claim: each row is checked before anything is saved,
        then added as your draft. Importing the same file again adds nothing twice. One figure?{" "}
        <Link href="/claims/new">Log a claim</Link>.
      </p>
      <CsvImport key={job?.id ?? "new"} initialJob={job} />
    </div>
  );
}
