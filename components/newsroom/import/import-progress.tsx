"use client";

import Link from "next/link";
import { useEffect, useId, useState } from "react";
import type { ImportJobView } from "@/lib/data/imports";
import styles from "./import.module.css";
import { DiscardImport, type DiscardImportAction } from "./discard-import";
import { useMessages } from "@/lib/i18n/client";
import { IMPORT_MESSAGES } from "@/lib/i18n/messages/staff/import";

const POLL_MS = 500;
const count = (n: number) => n.toLocaleString("en");
const rows = (n: number) => (n === 1 ? "1 row" : `${count(n)} rows`);

/** The words under the bar: where the job stands, said as the newsroom would. */
export function progressWords(job: ImportJobView): string {
  if (job.status === "failed") return job.error ?? "The import failed, and nothing was kept.";
  if (job.status === "running")
    return job.done < job.total
      ? `${count(job.done)} of ${rows(job.total)} written`
      : `Saving ${count(job.total)} drafts…`;
  if (job.total === 0)
    return job.skipped > 0
      ? `${rows(job.skipped)} already imported, nothing added.`
      : "Nothing added: no row was left to import.";
  const added = job.total === 1 ? "1 draft added" : `${count(job.total)} drafts added`;
  const skipped = job.skipped > 0 ? ` ${rows(job.skipped)} already imported were skipped.` : "";
  return `${added} from ${job.fileName}.${skipped}`;
}

/**
 * An import's progress bar, read from the server every half second while the job runs, so a
 * reload (the job's id is in the address) shows the same bar at the same place.
 */
export function ImportProgress({
  initial,
  discardImport,
}: {
  initial: ImportJobView;
  /** Given, a finished import's drafts can be discarded from here. */
  discardImport?: DiscardImportAction;
}) {
  const t = useMessages(IMPORT_MESSAGES).importProgress;
  const [job, setJob] = useState(initial);
  const [offline, setOffline] = useState(false);
  const labelId = useId();

  useEffect(() => {
    if (job.status !== "running") return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/claims/import/jobs/${encodeURIComponent(job.id)}`, {
          cache: "no-store",
        });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { job: ImportJobView };
        setOffline(false);
        setJob(body.job);
      } catch {
        // Keep the last known progress and try again: the job runs on the server regardless.
        setOffline(true);
        setJob((current) => ({ ...current }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const finished = job.status !== "running";
  const max = Math.max(job.total, 1);
  return (
    <section className={`${styles.progress}`} aria-labelledby={`${labelId}-title`}>
      <h2 id={`${labelId}-title`}>
        {finished ? t.importFinished : t.importing}: {job.fileName}
      </h2>
      <progress
        max={max}
        value={finished && job.status === "done" ? max : Math.min(job.done, max)}
        aria-labelledby={labelId}
      />
      <p id={labelId} className={styles.progressLabel} role={job.status === "failed" ? "alert" : "status"}>
        {progressWords(job)}
      </p>
      {offline && <p className={styles.progressLabel}>{t.theServerDidNot}</p>}
      {job.status === "running" && <p className={styles.progressLabel}>{t.youMayLeaveThis}</p>}
      {job.status === "done" && job.total > 0 && (
        <p>
          <Link href="/dashboard">{t.openYourDrafts}</Link>
          {t.toCheckEachOne}
        </p>
      )}
      {job.status === "done" && discardImport && (
        <DiscardImport
          jobId={job.id}
          drafts={job.drafts}
          discardImport={discardImport}
          onDiscarded={() => setJob((current) => ({ ...current, drafts: 0 }))}
        />
      )}
    </section>
  );
}
