"use client";

import { Card } from "@/components/ui/card";
import { Options } from "@/components/ui/field";
import type { ImportPreview, ProblemRow, UnknownSource } from "@/lib/newsroom/csv/analyze-import";
import { IMPORT_FIELD_LABELS, type ImportField, type RowCells } from "@/lib/newsroom/csv/column-mapping";
import type { SourceDecision } from "@/lib/newsroom/csv/import-plan";
import { SOURCE_KINDS } from "@/lib/validation/newsroom";
import { SearchPicker } from "../search-picker";
import own from "./import.module.css";
import { useMessages } from "@/lib/i18n/client";
import { IMPORT_MESSAGES } from "@/lib/i18n/messages/staff/import";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

const count = (n: number) => n.toLocaleString("en");
const rows = (n: number) => (n === 1 ? "1 row" : `${count(n)} rows`);

/** What a check found: how many rows are ready, already imported, left out, or need attention. */
export function CheckSummary({ preview }: { preview: ImportPreview }) {
  const t = useMessages(IMPORT_MESSAGES).checkResults;
  return (
    <ul className={own.summary} aria-label={t.whatTheCheckFound}>
      <li>
        <strong>{rows(preview.totalRows)}</strong>
        {t.inTheFile}
      </li>
      <li>
        <strong>{count(preview.ready)}</strong>
        {t.readyToImport}
      </li>
      {preview.problemCount > 0 && (
        <li>
          <strong>{count(preview.problemCount)}</strong> {preview.problemCount === 1 ? t.needs : t.need}
          {t.attention}
        </li>
      )}
      {preview.alreadyImported > 0 && (
        <li>
          <strong>{count(preview.alreadyImported)}</strong>
          {t.alreadyImported}
        </li>
      )}
      {preview.repeated > 0 && (
        <li>
          <strong>{count(preview.repeated)}</strong>
          {t.repeatedInTheFile}
        </li>
      )}
      {preview.excluded > 0 && (
        <li>
          <strong>{count(preview.excluded)}</strong>
          {t.leftOut}
        </li>
      )}
    </ul>
  );
}

interface UnknownSourcesProps {
  sources: UnknownSource[];
  decisions: Record<string, SourceDecision>;
  onDecide: (key: string, decision: SourceDecision | null) => void;
}

/** Each name the newsroom does not know: create it as a new source, or say which source it is. */
export function UnknownSources({ sources, decisions, onDecide }: UnknownSourcesProps) {
  const t = useMessages(IMPORT_MESSAGES).checkResults;
  const labels = useMessages(LABEL_MESSAGES);
  return (
    <Card as="section" aria-labelledby="unknown-sources">
      <h2 id="unknown-sources">{t.unknownSources}</h2>
      <p>{t.theseNamesAreNot}</p>
      <div className={own.fixList}>
        {sources.map((source) => {
          const decision = decisions[source.key] ?? null;
          return (
            <fieldset key={source.key} className={own.sourceChoice}>
              <legend>
                “{source.name}” ({rows(source.rows)})
              </legend>
              <div className={own.inline}>
                <label>
                  <input
                    type="radio"
                    name={`source-${source.key}`}
                    checked={decision?.action === "create"}
                    onChange={() => onDecide(source.key, { action: "create", kind: "media" })}
                  />{" "}
                  {t.createIt}
                </label>
                {decision?.action === "create" && (
                  <label>
                    {t.as}
                    <select
                      aria-label={t.kindOfSourceFor(source.name)}
                      value={decision.kind}
                      onChange={(event) =>
                        onDecide(source.key, {
                          action: "create",
                          kind: event.target.value as (typeof SOURCE_KINDS)[number],
                        })
                      }
                    >
                      <Options values={SOURCE_KINDS} label={(kind) => labels.sourceKinds[kind]} />
                    </select>
                  </label>
                )}
              </div>
              <label>
                <input
                  type="radio"
                  name={`source-${source.key}`}
                  checked={decision?.action === "use"}
                  onChange={() => onDecide(source.key, { action: "use", sourceId: "" })}
                />{" "}
                {t.itIsAnExisting}
              </label>
              {decision?.action === "use" && (
                <SearchPicker
                  name={`source-pick-${source.key}`}
                  label={t.existingSourceFor(source.name)}
                  endpoint="/api/staff/sources"
                  onChange={(choice) => onDecide(source.key, { action: "use", sourceId: choice?.id ?? "" })}
                />
              )}
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}

interface ProblemRowsProps {
  problems: ProblemRow[];
  total: number;
  fixes: Record<string, Partial<RowCells>>;
  excluded: ReadonlySet<number>;
  onFix: (row: number, field: ImportField, value: string) => void;
  onExclude: (row: number, excluded: boolean) => void;
}

/** The rows that need attention, each problem in words, with its cells to retype or the row to leave out. */
export function ProblemRows({ problems, total, fixes, excluded, onFix, onExclude }: ProblemRowsProps) {
  const t = useMessages(IMPORT_MESSAGES).checkResults;
  return (
    <Card as="section" aria-labelledby="problem-rows">
      <h2 id="problem-rows">{t.rowsToFix}</h2>
      <p>
        {t.fixACellHere}
        {total > problems.length && t.firstListed(count(problems.length), count(total))}
      </p>
      <ol className={own.fixList}>
        {problems.map((problem) => {
          const fields = [...new Set(problem.problems.map((p) => p.field))];
          const left = excluded.has(problem.row);
          return (
            <li key={problem.row} className={own.fixRow}>
              <h3>
                {t.row}
                {count(problem.row)}
              </h3>
              <ul className={own.problems}>
                {problem.problems.map((p, index) => (
                  <li key={index}>{p.message}</li>
                ))}
              </ul>
              {!left &&
                fields.map((field) => (
                  <label key={field}>
                    {t.rowField(problem.row, IMPORT_FIELD_LABELS[field])}
                    <input
                      value={fixes[problem.row]?.[field] ?? problem.cells[field]}
                      onChange={(event) => onFix(problem.row, field, event.target.value)}
                    />
                  </label>
                ))}
              <label>
                <input
                  type="checkbox"
                  checked={left}
                  onChange={(event) => onExclude(problem.row, event.target.checked)}
                />{" "}
                {t.leaveRow}
                {problem.row}
                {t.out}
              </label>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
