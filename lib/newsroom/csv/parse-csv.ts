// A CSV reader for the newsroom's imports (RFC 4180): quoted cells with doubled quotes inside,
// line breaks inside quoted cells, CRLF or LF, a UTF-8 byte order mark, and a comma or a semicolon
// between cells, told apart on the header line (spreadsheets set to French save with ";",
// since the comma is their decimal mark). Pure and incremental: feed it the whole text or chunks
// as they arrive; each call hands back the rows it finished.

export type Delimiter = "," | ";";

/** A file that cannot be read as CSV, with the line where the trouble starts. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
const BOM = "\ufeff";

/** Comma or semicolon, whichever appears more often outside quotes on the header line. */
export function detectDelimiter(headerLine: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Where the first line ends outside quotes, or -1 when the text does not hold a whole line yet. */
function endOfFirstLine(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return i;
  }
  return -1;
}

export interface CsvParser {
  /** Reads one more piece of the text; returns the rows it completed. */
  push(chunk: string): string[][];
  /** Says the text is over; returns the last row, or throws CsvSyntaxError for an open quote. */
  end(): string[][];
  /** The separator found on the header line, once it has been read. */
  readonly delimiter: Delimiter | null;
}

/** An incremental parser. Blank lines are skipped; cells are returned as written (not trimmed). */
export function createCsvParser(): CsvParser {
  let delimiter: Delimiter | null = null;
  let delimiterCode = 0;
  let pending = ""; // text held until the header line is whole, so the separator can be told
  let atStart = true;

  // The state between chunks.
  let row: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted cell
  let quoteSeen = false; // inside a quoted cell, just after a quote: a doubled quote or the close
  let skipLf = false; // the previous chunk ended on CR: an LF next is the same line break
  let line = 1;
  let quoteLine = 0;

  function finishRow(rows: string[][]) {
    row.push(field);
    field = "";
    // A blank line is one empty cell: not a row.
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  }

  function consume(text: string): string[][] {
    const rows: string[][] = [];
    const length = text.length;
    let i = 0;
    if (skipLf && length > 0) {
      if (text.charCodeAt(0) === LF) i = 1;
      skipLf = false;
    }
    while (i < length) {
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (text.charCodeAt(i) === QUOTE) {
            field += '"';
            i++;
            continue;
          }
          quoted = false; // that quote closed the cell; read this character outside quotes
          continue;
        }
        // Copy everything up to the next quote in one slice: quoted text is mostly plain.
        const next = text.indexOf('"', i);
        const stop = next === -1 ? length : next;
        const piece = text.slice(i, stop);
        for (let j = piece.indexOf("\n"); j !== -1; j = piece.indexOf("\n", j + 1)) line++;
        field += piece;
        i = stop;
        if (next !== -1) {
          quoteSeen = true;
          i++;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === delimiterCode) {
        row.push(field);
        field = "";
        i++;
      } else if (c === LF) {
        finishRow(rows);
        line++;
        i++;
      } else if (c === CR) {
        finishRow(rows);
        line++;
        i++;
        if (i === length) skipLf = true;
        else if (text.charCodeAt(i) === LF) i++;
      } else if (c === QUOTE && field === "") {
        quoted = true;
        quoteLine = line;
        i++;
      } else {
        // An unquoted run: up to the next separator, quote or line break. A quote in the middle
        // of an unquoted cell (5" screen) is kept as written, as spreadsheets do.
        let j = i + 1;
        while (j < length) {
          const d = text.charCodeAt(j);
          if (d === delimiterCode || d === LF || d === CR) break;
          j++;
        }
        field += text.slice(i, j);
        i = j;
      }
    }
    return rows;
  }

  function start(text: string): string[][] {
    delimiter = detectDelimiter(text.slice(0, Math.max(0, endOfFirstLine(text)) || text.length));
    delimiterCode = delimiter.charCodeAt(0);
    return consume(text);
  }

  return {
    get delimiter() {
      return delimiter;
    },
    push(chunk) {
      if (atStart) {
        if (chunk.length === 0) return [];
        atStart = false;
        if (chunk.startsWith(BOM)) chunk = chunk.slice(1);
      }
      if (delimiter) return consume(chunk);
      pending += chunk;
      if (endOfFirstLine(pending) === -1) return [];
      const text = pending;
      pending = "";
      return start(text);
    },
    end() {
      const rows = delimiter ? [] : start(pending);
      pending = "";
      if (quoted && !quoteSeen) {
        throw new CsvSyntaxError(
          `The quote opened on line ${quoteLine} is never closed. A cell that starts with " must end with ", and a " inside it is written twice ("").`,
          quoteLine,
        );
      }
      if (quoted || field !== "" || row.length > 0) finishRow(rows);
      quoted = false;
      quoteSeen = false;
      return rows;
    },
  };
}

export interface CsvTable {
  delimiter: Delimiter;
  /** The header line's cells, trimmed. */
  header: string[];
  /** Every other row, cells as written. */
  rows: string[][];
}

/** Reads a whole CSV text: the header and the rows under it. */
export function parseCsv(text: string): CsvTable {
  const parser = createCsvParser();
  return tableOf(parser, parser.push(text));
}

/** The characters parsed between two turns of the event loop: about 2 ms of work. */
const PIECE = 64 * 1024;

/**
 * parseCsv for a server, which must keep answering others while a 50 MB file is read: the text
 * is parsed a piece at a time, and other requests are let through between pieces.
 */
export async function parseCsvInTurns(text: string): Promise<CsvTable> {
  const parser = createCsvParser();
  const all: string[][] = [];
  for (let at = 0; at < text.length; at += PIECE) {
    for (const row of parser.push(text.slice(at, at + PIECE))) all.push(row);
    await nextTurn();
  }
  return tableOf(parser, all);
}

/** Waits for the event loop to run whatever else is waiting (I/O included), then goes on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function tableOf(parser: CsvParser, all: string[][]): CsvTable {
  for (const row of parser.end()) all.push(row);
  const [header = [], ...rows] = all;
  return { delimiter: parser.delimiter ?? ",", header: header.map((cell) => cell.trim()), rows };
}
