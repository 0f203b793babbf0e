import type { Lang } from "@/lib/figures";
import { sourceKey } from "@/lib/newsroom/source-key";
import { cellsOf, IMPORT_FIELDS, mappingGaps, type RowCells } from "./column-mapping";
import { importKey } from "./import-key";
import type { ImportPlan, SourceDecision } from "./import-plan";
import { MAX_IMPORT_ROWS } from "./import-plan";
import { CsvSyntaxError, nextTurn, parseCsvInTurns, type Delimiter } from "./parse-csv";
import { readRow, type ReadRow, type RowProblem, type RowReading } from "./read-row";

// An import, checked before anything is saved, in two steps around the database: read every row
// of the file under the editor's plan (pure), then, knowing which rows are already imported and
// which sources exist, say row by row what will be added and what needs attention.

/** How many problem rows the preview lists; the rest are counted. */
export const LISTED_PROBLEMS = 100;
const SAMPLE_ROWS = 5;

export interface FileRow {
  /** 1 = the first row under the header. */
  row: number;
  /** The cells after the editor's fixes. */
  cells: RowCells;
  /** The fingerprint of the row as the file writes it. */
  key: string;
  reading: RowReading;
}

export interface ReadFile {
  delimiter: Delimiter;
  header: string[];
  totalRows: number;
  rows: FileRow[];
  /** Rows the editor left out, and rows that repeat an earlier row of the same file. */
  excluded: number;
  repeated: number;
}

/** Rows read (each through the figures engine) between two turns of the event loop. */
const ROWS_PER_TURN = 200;

/**
 * Reads the file under the plan; a file that cannot be read at all is a message. A big file is
 * read in turns, so the server keeps answering other requests while it checks one.
 */
export async function readImportFile(
  text: string,
  plan: ImportPlan,
): Promise<{ ok: true; file: ReadFile } | { ok: false; message: string }> {
  let table;
  try {
    table = await parseCsvInTurns(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
  if (table.header.every((name) => name === ""))
    return {
      ok: false,
      message: "This file is empty: it should start with a header line naming its columns.",
    };
  if (table.rows.length === 0) return { ok: false, message: "This file has a header line but no rows under it." };
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      message: `This file has ${table.rows.length.toLocaleString("en")} rows: import at most ${MAX_IMPORT_ROWS.toLocaleString("en")} at a time. Split it into smaller files.`,
    };
  }
  const gaps = mappingGaps(plan.mapping);
  if (gaps.length > 0) return { ok: false, message: gaps.join(" ") };
  const outOfRange = IMPORT_FIELDS.find((field) => (plan.mapping[field] ?? -1) >= table.header.length);
  if (outOfRange)
    return {
      ok: false,
      message: "The columns chosen do not match this file's header: choose them again.",
    };

  const excludedRows = new Set(plan.excluded);
  const seen = new Set<string>();
  const rows: FileRow[] = [];
  let excluded = 0;
  let repeated = 0;
  for (const [index, cellsInFile] of table.rows.entries()) {
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
    const row = index + 1;
    if (excludedRows.has(row)) {
      excluded++;
      continue;
    }
    const original = cellsOf(cellsInFile, plan.mapping);
    const key = importKey(plan.quantityId, original);
    if (seen.has(key)) {
      repeated++;
      continue;
    }
    seen.add(key);
    const fix = plan.fixes[String(row)];
    const cells = fix ? { ...original, ...trimmed(fix) } : original;
    rows.push({ row, cells, key, reading: readRow(cells, plan.language as Lang) });
  }
  return {
    ok: true,
    file: {
      delimiter: table.delimiter,
      header: table.header,
      totalRows: table.rows.length,
      rows,
      excluded,
      repeated,
    },
  };
}

function trimmed(fix: Partial<RowCells>): Partial<RowCells> {
  const out: Partial<RowCells> = {};
  for (const [field, value] of Object.entries(fix) as [keyof RowCells, string | undefined][])
    if (value !== undefined) out[field] = value.trim();
  return out;
}

/** The source names a file's rows use, folded, for the database to look up. */
export function sourceKeysOf(file: ReadFile): string[] {
  const keys = new Set<string>();
  for (const { cells } of file.rows) {
    if (cells.source) keys.add(sourceKey(cells.source));
    if (cells.relayedBy) keys.add(sourceKey(cells.relayedBy));
  }
  keys.delete("");
  return [...keys];
}

/** What the database knows about a file's rows. */
export interface Known {
  /** Fingerprints already on a claim. */
  importedKeys: Set<string>;
  /** Folded source name to the source's id. */
  sources: Map<string, string>;
  /** Ids of the sources the editor picked for unknown names that do exist. */
  pickedSources: Set<string>;
}

/** A source: one already in the newsroom, or one to create under this folded name. */
export type SourceRef = { id: string } | { create: string };

export interface ReadyRow {
  row: number;
  key: string;
  read: ReadRow;
  source: SourceRef;
  relayedBy: SourceRef | null;
}

export interface UnknownSource {
  key: string;
  name: string;
  rows: number;
  decision: SourceDecision | null;
}

export interface ProblemRow {
  row: number;
  cells: RowCells;
  problems: RowProblem[];
}

export interface ImportPreview {
  delimiter: Delimiter;
  header: string[];
  totalRows: number;
  sample: { row: number; cells: RowCells }[];
  /** Rows that will be added as drafts. */
  ready: number;
  alreadyImported: number;
  repeated: number;
  excluded: number;
  problemCount: number;
  /** The first problem rows, in file order. */
  problems: ProblemRow[];
  unknownSources: UnknownSource[];
}

export interface AssembledImport {
  preview: ImportPreview;
  rows: ReadyRow[];
  /** Sources to create before the rows, by folded name. */
  newSources: {
    key: string;
    name: string;
    kind: Extract<SourceDecision, { action: "create" }>["kind"];
  }[];
}

/** Row by row: already imported, ready, or with the problems to fix. */
export function assembleImport(file: ReadFile, known: Known, plan: ImportPlan): AssembledImport {
  const unknown = new Map<string, UnknownSource>();
  const resolve = (name: string): { ref: SourceRef } | { problem: string } => {
    const key = sourceKey(name);
    const id = known.sources.get(key);
    if (id) return { ref: { id } };
    const decision = plan.sources[key] ?? null;
    const entry = unknown.get(key) ?? { key, name, rows: 0, decision };
    entry.rows++;
    unknown.set(key, entry);
    if (decision?.action === "create") return { ref: { create: key } };
    if (decision?.action === "use" && known.pickedSources.has(decision.sourceId))
      return { ref: { id: decision.sourceId } };
    if (decision?.action === "use")
      return { problem: `The source picked for “${name}” is no longer in the list: pick another.` };
    return {
      problem: `“${name}” is not one of the newsroom's sources: create it or pick an existing one under Unknown sources.`,
    };
  };

  const rows: ReadyRow[] = [];
  const problems: ProblemRow[] = [];
  let alreadyImported = 0;
  let excluded = file.excluded;
  let problemCount = 0;
  for (const { row, cells, key, reading } of file.rows) {
    // A row already imported is skipped before any check: the file may still hold the bad
    // cells the editor fixed in the preview the first time.
    if (known.importedKeys.has(key)) {
      alreadyImported++;
      continue;
    }
    const rowProblems = reading.ok ? [] : [...reading.problems];
    const source = cells.source ? resolve(cells.source) : null;
    const relayedBy = cells.relayedBy ? resolve(cells.relayedBy) : null;
    if (source && "problem" in source) rowProblems.push({ field: "source", message: source.problem });
    if (relayedBy && "problem" in relayedBy) rowProblems.push({ field: "relayedBy", message: relayedBy.problem });
    if (
      rowProblems.length > 0 ||
      !reading.ok ||
      !source ||
      "problem" in source ||
      (relayedBy && "problem" in relayedBy)
    ) {
      if (plan.excludeProblemRows) excluded++;
      else {
        problemCount++;
        if (problems.length < LISTED_PROBLEMS) problems.push({ row, cells, problems: rowProblems });
      }
      continue;
    }
    rows.push({
      row,
      key,
      read: reading.row,
      source: source.ref,
      relayedBy: relayedBy?.ref ?? null,
    });
  }

  // Only the sources a row to add needs: a name whose rows were all left out creates nothing.
  const needed = new Set(
    rows.flatMap((r) => [r.source, r.relayedBy]).flatMap((ref) => (ref && "create" in ref ? [ref.create] : [])),
  );
  const newSources = [...unknown.values()].flatMap((source) =>
    source.decision?.action === "create" && needed.has(source.key)
      ? [{ key: source.key, name: source.name, kind: source.decision.kind }]
      : [],
  );
  return {
    preview: {
      delimiter: file.delimiter,
      header: file.header,
      totalRows: file.totalRows,
      sample: file.rows.slice(0, SAMPLE_ROWS).map(({ row, cells }) => ({ row, cells })),
      ready: rows.length,
      alreadyImported,
      repeated: file.repeated,
      excluded,
      problemCount,
      problems,
      unknownSources: [...unknown.values()].sort((a, b) => b.rows - a.rows),
    },
    rows,
    newSources,
  };
}
