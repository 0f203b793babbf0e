import { createCsvParser, CsvSyntaxError } from "./parse-csv";

// The top of a file, read in the browser before anything is sent: its header, to map the
// columns, and its first rows, to show them mapped. Only the first bytes are read, so a 50 MB
// file opens at once; the server reads the whole file when the rows are checked.

export const HEAD_BYTES = 64 * 1024;

export type FileHead = { ok: true; header: string[]; rows: string[][] } | { ok: false; message: string };

/** `text` is the file's first bytes; `complete` says whether they are the whole file. */
export function readFileHead(text: string, complete: boolean, rowCount = 5): FileHead {
  const parser = createCsvParser();
  let rows: string[][];
  try {
    rows = parser.push(text);
    // A cut in the middle of a row, or of a quoted cell, is where the sample stops, not an error.
    if (complete) rows.push(...parser.end());
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
  const [header, ...body] = rows;
  if (!header || header.every((cell) => cell.trim() === ""))
    return {
      ok: false,
      message: "This file is empty: it should start with a header line naming its columns.",
    };
  return { ok: true, header: header.map((cell) => cell.trim()), rows: body.slice(0, rowCount) };
}
