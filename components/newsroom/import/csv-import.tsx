"use client";

import { useState, type FormEvent } from "react";
import type { ImportJobView } from "@/lib/data/imports";
import type { ImportPreview } from "@/lib/newsroom/csv/analyze-import";
import {
  EMPTY_MAPPING,
  guessMapping,
  mappingGaps,
  type ColumnMapping,
  type ImportField,
  type RowCells,
} from "@/lib/newsroom/csv/column-mapping";
import { HEAD_BYTES, readFileHead } from "@/lib/newsroom/csv/file-head";
import { MAX_IMPORT_BYTES, type ImportPlan, type SourceDecision } from "@/lib/newsroom/csv/import-plan";
import { LANGUAGES } from "@/lib/validation/newsroom";
import { Button, ButtonRow } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SearchPicker, type Choice } from "../search-picker";
import styles from "../newsroom.module.css";
import { CheckSummary, ProblemRows, UnknownSources } from "./check-results";
import { ColumnMappingForm } from "./column-mapping-form";
import { ImportProgress } from "./import-progress";
import type { DiscardImportAction } from "./discard-import";
import { useMessages } from "@/lib/i18n/client";
import { IMPORT_MESSAGES } from "@/lib/i18n/messages/staff/import";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

type Language = (typeof LANGUAGES)[number];
interface ApiError {
  error?: { message?: string };
  preview?: ImportPreview;
}

/** Posts the file and the plan; the answer's JSON, or a message when the server could not answer. */
async function post(
  url: string,
  file: File,
  plan: ImportPlan,
): Promise<{ ok: boolean; body: Record<string, unknown> & ApiError }> {
  const form = new FormData();
  form.set("file", file);
  form.set("plan", JSON.stringify(plan));
  try {
    const response = await fetch(url, { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown> & ApiError;
    return { ok: response.ok, body };
  } catch {
    return {
      ok: false,
      body: {
        error: { message: "The server could not be reached: check your connection and try again." },
      },
    };
  }
}

/**
 * Import a CSV file as drafts: choose the file and the quantity, map the columns (guessed from
 * the header), check every row on the server, fix or leave out the rows with problems, decide
 * about unknown sources, then import, with a progress bar that a reload finds again.
 */
export function CsvImport({
  initialJob,
  discardImport,
}: {
  initialJob: ImportJobView | null;
  discardImport?: DiscardImportAction;
}) {
  const t = useMessages(IMPORT_MESSAGES).csvImport;
  const labels = useMessages(LABEL_MESSAGES);
  const [job, setJob] = useState<ImportJobView | null>(initialJob);
  const [file, setFile] = useState<File | null>(null);
  const [head, setHead] = useState<{ header: string[]; rows: string[][] } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<Choice | null>(null);
  const [language, setLanguage] = useState<Language>("en");
  const [mapping, setMapping] = useState<ColumnMapping>(EMPTY_MAPPING);
  const [fixes, setFixes] = useState<Record<string, Partial<RowCells>>>({});
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [excludeProblemRows, setExcludeProblemRows] = useState(false);
  const [sources, setSources] = useState<Record<string, SourceDecision>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [error, setError] = useState<string | null>(null);

  function restart() {
    setFixes({});
    setExcluded(new Set());
    setExcludeProblemRows(false);
    setSources({});
    setPreview(null);
    setError(null);
  }

  async function chooseFile(chosen: File | null) {
    restart();
    setFile(null);
    setHead(null);
    setFileError(null);
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFileError(`This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`);
      return;
    }
    const head = readFileHead(await chosen.slice(0, HEAD_BYTES).text(), chosen.size <= HEAD_BYTES);
    if (!head.ok) {
      setFileError(head.message);
      return;
    }
    setFile(chosen);
    setHead(head);
    setMapping(guessMapping(head.header));
  }

  /** Any change to the plan makes the last check out of date. */
  function edit<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setChanged(true);
    };
  }

  function plan(): ImportPlan {
    // A source to "use" with none picked yet is no decision: the row still says so.
    const decided = Object.fromEntries(
      Object.entries(sources).filter(([, d]) => d.action === "create" || d.sourceId !== ""),
    );
    return {
      quantityId: quantity?.id ?? "",
      language,
      mapping,
      fixes,
      excluded: [...excluded],
      excludeProblemRows,
      sources: decided,
    };
  }

  const gaps = head ? mappingGaps(mapping) : [];
  const ready = file && quantity && gaps.length === 0;

  async function check(event?: FormEvent) {
    event?.preventDefault();
    if (!file || !ready) return;
    setBusy("check");
    setError(null);
    const { ok, body } = await post("/claims/import/check", file, plan());
    setBusy(null);
    if (!ok) {
      setError(body.error?.message ?? "The file could not be checked.");
      return;
    }
    setPreview(body.preview as ImportPreview);
    setChanged(false);
  }

  async function startImport() {
    if (!file || !ready) return;
    setBusy("import");
    setError(null);
    const { ok, body } = await post("/claims/import/jobs", file, plan());
    setBusy(null);
    if (!ok) {
      setError(body.error?.message ?? "The import could not start.");
      if (body.preview) setPreview(body.preview);
      return;
    }
    const jobId = String(body.jobId);
    // The job's address, so a reload (or a link) finds the same progress bar.
    window.history.replaceState(null, "", `/claims/import?job=${encodeURIComponent(jobId)}`);
    setJob({
      id: jobId,
      fileName: file.name,
      status: "running",
      total: preview?.ready ?? 0,
      done: 0,
      skipped: 0,
      excluded: 0,
      error: null,
      drafts: 0,
    });
  }

  function anotherFile() {
    window.history.replaceState(null, "", "/claims/import");
    setJob(null);
    setFile(null);
    setHead(null);
    restart();
  }

  if (job) {
    return (
      <div className={styles.form}>
        <Card>
          <ImportProgress key={job.id} initial={job} discardImport={discardImport} />
        </Card>
        {job.status !== "running" && (
          <p>
            <Button variant="secondary" onClick={anotherFile}>
              {t.importAnotherFile}
            </Button>
          </p>
        )}
      </div>
    );
  }

  const canImport = preview && !changed && preview.problemCount === 0;
  return (
    <form className={styles.form} onSubmit={check} noValidate>
      <Card as="fieldset" className={styles.section}>
        <legend>{t.theFile}</legend>
        <Field id="csv-file" label={t.csvFile} hint={t.commaOrSemicolonSeparated} error={fileError ?? undefined} alert>
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void chooseFile(event.target.files?.[0] ?? null)}
          />
        </Field>
        <SearchPicker
          name="quantityId"
          label={t.quantity}
          hint={t.everyRowOfThe}
          endpoint="/api/staff/quantities"
          onChange={edit(setQuantity)}
        />
        <Field id="csv-language" label={t.languageOfTheSentences} className={styles.narrow}>
          <select value={language} onChange={(event) => edit(setLanguage)(event.target.value as Language)}>
            <Options values={LANGUAGES} label={(code) => labels.languages[code]} />
          </select>
        </Field>
      </Card>

      {head && (
        <Card as="fieldset" className={styles.section}>
          <legend>{t.columns}</legend>
          <p>{t.guessedFromTheHeader}</p>
          <ColumnMappingForm header={head.header} rows={head.rows} mapping={mapping} onChange={edit(setMapping)} />
          {gaps.map((gap) => (
            <Notice key={gap}>{gap}</Notice>
          ))}
        </Card>
      )}

      {preview && (
        <Card as="section" aria-labelledby="check-title">
          <h2 id="check-title">{changed ? t.checkedBeforeYourLast : t.checked}</h2>
          <CheckSummary preview={preview} />
        </Card>
      )}
      {preview && preview.unknownSources.length > 0 && (
        <UnknownSources
          sources={preview.unknownSources}
          decisions={sources}
          onDecide={(key, decision) => {
            const next = { ...sources };
            if (decision) next[key] = decision;
            else delete next[key];
            edit(setSources)(next);
          }}
        />
      )}
      {preview && preview.problemCount > 0 && (
        <>
          <ProblemRows
            problems={preview.problems}
            total={preview.problemCount}
            fixes={fixes}
            excluded={excluded}
            onFix={(row, field: ImportField, value) =>
              edit(setFixes)({ ...fixes, [row]: { ...fixes[row], [field]: value } })
            }
            onExclude={(row, out) => {
              const next = new Set(excluded);
              if (out) next.add(row);
              else next.delete(row);
              edit(setExcluded)(next);
            }}
          />
          <label>
            <input
              type="checkbox"
              checked={excludeProblemRows}
              onChange={(event) => edit(setExcludeProblemRows)(event.target.checked)}
            />{" "}
            {t.leaveOutEveryRow}
          </label>
        </>
      )}

      {error && (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      )}
      <ButtonRow>
        {canImport ? (
          <Button
            pending={busy === "import"}
            pendingLabel={t.starting}
            disabled={busy !== null}
            onClick={() => void startImport()}
          >
            {preview.ready === 0 ? t.importNothingNewTo : t.importRows(preview.ready.toLocaleString("en"))}
          </Button>
        ) : (
          <Button type="submit" pending={busy === "check"} pendingLabel={t.checking} disabled={!ready || busy !== null}>
            {preview ? t.checkAgain : t.checkTheRows}
          </Button>
        )}
        {canImport && (
          <Button type="submit" variant="secondary" disabled={busy !== null}>
            {t.checkAgain}
          </Button>
        )}
      </ButtonRow>
    </form>
  );
}
