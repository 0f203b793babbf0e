"use client";

import { useId } from "react";
import {
  cellsOf,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from "@/lib/newsroom/csv/column-mapping";
import styles from "../newsroom.module.css";
import own from "./import.module.css";
import { useMessages } from "@/lib/i18n/client";
import { IMPORT_MESSAGES } from "@/lib/i18n/messages/staff/import";

interface ColumnMappingFormProps {
  header: string[];
  rows: string[][];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const HINTS: Partial<Record<ImportField, string>> = {
  figure: "Read by the figures engine; without it, from the quote or the sentence.",
  reportedAt: "2020-02-27, 2020-02-27 22:00 (UTC) or 27/02/2020.",
  language: "en or fr; empty cells take the language chosen above.",
};

/** Which column holds which field, guessed from the header, and the first rows as they map. */
export function ColumnMappingForm({ header, rows, mapping, onChange }: ColumnMappingFormProps) {
  const t = useMessages(IMPORT_MESSAGES).columnMappingForm;
  const baseId = useId();
  const mapped = IMPORT_FIELDS.filter((field) => mapping[field] !== null);
  const choose = (field: ImportField, value: string) => {
    const index = value === "" ? null : Number(value);
    const next = { ...mapping, [field]: index };
    // One column, one field: taking a column away from another field says so by clearing it.
    for (const other of IMPORT_FIELDS)
      if (other !== field && index !== null && next[other] === index) next[other] = null;
    onChange(next);
  };
  return (
    <>
      <div className={own.mapping}>
        {IMPORT_FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`${baseId}-${field}`}>{IMPORT_FIELD_LABELS[field]}</label>
            <select
              id={`${baseId}-${field}`}
              value={mapping[field] ?? ""}
              onChange={(event) => choose(field, event.target.value)}
              aria-describedby={HINTS[field] ? `${baseId}-${field}-hint` : undefined}
            >
              <option value="">{t.notInTheFile}</option>
              {header.map((name, index) => (
                <option key={index} value={index}>
                  {name || t.column(index + 1)}
                </option>
              ))}
            </select>
            {HINTS[field] && (
              <span id={`${baseId}-${field}-hint`} className={styles.optional}>
                {HINTS[field]}
              </span>
            )}
          </div>
        ))}
      </div>
      {rows.length > 0 && mapped.length > 0 && (
        <div className={styles.tableScroll}>
          <table className={styles.compare}>
            <caption className="visually-hidden">{t.theFirstRowsOf}</caption>
            <thead>
              <tr>
                <th scope="col">{t.row}</th>
                {mapped.map((field) => (
                  <th key={field} scope="col">
                    {IMPORT_FIELD_LABELS[field]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const cells = cellsOf(row, mapping);
                return (
                  <tr key={index}>
                    <td>{index + 1}</td>
                    {mapped.map((field) => (
                      <td key={field}>{cells[field]}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
