"use client";

import { Card } from "@/components/ui/card";
import { Options } from "@/components/ui/field";
import type { ImportPreview, ProblemRow, UnknownSource } from "@/lib/newsroom/csv/analyze-import";
import { IMPORT_FIELD_LABELS, type ImportField, type RowCells } from "@/lib/newsroom/csv/column-mapping";
import type { SourceDecision } from "@/lib/newsroom/csv/import-plan";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/validation/newsroom";
import { SearchPicker } from "../search-picker";
import own from "./import.module.css";

const count = (n: number) => n.toLocaleString("en");
const rows = (n: number) => (n === 1 ? "1 row" : `${count(n)} rows`);

/** What a check found: how many rows are ready, already imported, left out, or need attention. */
export function CheckSummary({ preview }: { preview: ImportPreview }) {
  return (
    <ul className={own.summary} aria-label="What the check found">
      <li>
        <strong>{rows(preview.totalRows)}</strong> in the file
      </li>
      <li>
        <strong>{count(preview.ready)}</strong> ready to import
      </li>
      {preview.problemCount > 0 && (
        <li>
          <strong>{count(preview.problemCount)}</strong> {preview.problemCount === 1 ? "needs" : "need"} attention
        </li>
      )}
      {preview.alreadyImported > 0 && (
        <li>
          <strong>{count(preview.alreadyImported)}</strong> already imported
        </li>
      )}
      {preview.repeated > 0 && (
        <li>
          <strong>{count(preview.repeated)}</strong> repeated in the file
        </li>
      )}
      {preview.excluded > 0 && (
        <li>
          <strong>{count(preview.excluded)}</strong> left out
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
  return (
    <Card as="section" aria-labelledby="unknown-sources">
      <h2 id="unknown-sources">Unknown sources</h2>
      <p>
        These names are not in the newsroom&apos;s sources. Create each one, or pick the source it means (a spelling or
        a language apart).
      </p>
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
                  Create it
                </label>
                {decision?.action === "create" && (
                  <label>
                    as
                    <select
                      aria-label={`Kind of source for ${source.name}`}
                      value={decision.kind}
                      onChange={(event) =>
                        onDecide(source.key, {
                          action: "create",
                          kind: event.target.value as (typeof SOURCE_KINDS)[number],
                        })
                      }
                    >
                      <Options values={SOURCE_KINDS} label={(kind) => SOURCE_KIND_LABELS[kind]} />
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
                It is an existing source
              </label>
              {decision?.action === "use" && (
                <SearchPicker
                  name={`source-pick-${source.key}`}
                  label={`Existing source for ${source.name}`}
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
  return (
    <Card as="section" aria-labelledby="problem-rows">
      <h2 id="problem-rows">Rows to fix</h2>
      <p>
        Fix a cell here (the file itself is not changed) or leave the row out, then check again.
        {total > problems.length && ` The first ${count(problems.length)} of ${count(total)} are listed.`}
      </p>
      <ol className={own.fixList}>
        {problems.map((problem) => {
          const fields = [...new Set(problem.problems.map((p) => p.field))];
          const left = excluded.has(problem.row);
          return (
            <li key={problem.row} className={own.fixRow}>
              <h3>Row {count(problem.row)}</h3>
              <ul className={own.problems}>
                {problem.problems.map((p, index) => (
                  <li key={index}>{p.message}</li>
                ))}
              </ul>
              {!left &&
                fields.map((field) => (
                  <label key={field}>
                    {`Row ${problem.row}: ${IMPORT_FIELD_LABELS[field]}`}
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
                Leave row {problem.row} out
              </label>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
