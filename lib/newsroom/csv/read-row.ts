import { findFigures, type Figure, type Lang } from "@/lib/figures";
import { isHttpUrl, MAX_SENTENCE_LENGTH } from "@/lib/validation/newsroom";
import type { ImportField, RowCells } from "./column-mapping";

// One row of a file, read as a claim would be typed in the form: the figure read by the figures
// engine, the date, the address, the language. Each problem is said in plain words, next to the
// cell it is about, so the editor can fix it in the preview. Sources are matched by lib/data,
// which knows the newsroom's list.

export interface RowProblem {
  field: ImportField;
  message: string;
}

export interface ReadRow {
  figure: Figure;
  sentence: string;
  language: Lang;
  reportedAt: Date;
  articleUrl: string | null;
  publisher: string | null;
  sourceName: string;
  relayedByName: string | null;
}

export type RowReading = { ok: true; row: ReadRow } | { ok: false; problems: RowProblem[] };

const LANGUAGE_NAMES: Record<string, Lang> = {
  en: "en",
  eng: "en",
  english: "en",
  anglais: "en",
  fr: "fr",
  fra: "fr",
  fre: "fr",
  french: "fr",
  francais: "fr",
  français: "fr",
};

/** "en", "English", "fr-FR", "français" to the engine's language; null when it reads neither. */
export function readLanguage(cell: string): Lang | null {
  const name = cell.trim().toLowerCase();
  return LANGUAGE_NAMES[name] ?? LANGUAGE_NAMES[name.split(/[-_]/)[0] ?? ""] ?? null;
}

/**
 * When the source reported the figure. ISO days and times ("2020-02-27", "2020-02-27 22:00",
 * "2020-02-27T22:00:00Z", with an offset or not: no offset means UTC, as in the newsroom's forms)
 * and day-first dates ("27/02/2020", "27.02.2020 22:00"), as European spreadsheets write them.
 * Month-first American dates are not guessed: 02/03 would be read wrong half the time.
 */
export function readReportedAt(cell: string): Date | null {
  const value = cell.trim();
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0,
    s = 0;
  let offsetMinutes = 0;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value,
  );
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{1,2})[:h](\d{2}))?$/.exec(value);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4]) [h, mi, s] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
    const zone = iso[7];
    if (zone && zone !== "Z") {
      const sign = zone.startsWith("-") ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
  } else if (dayFirst) {
    [d, mo, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    if (dayFirst[4]) [h, mi] = [Number(dayFirst[4]), Number(dayFirst[5])];
  } else {
    return null;
  }
  if (y < 1900 || y > 2200 || h > 23 || mi > 59 || s > 59) return null;
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 31 February over into March: refuse rather than guess.
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== mo - 1 || local.getUTCDate() !== d) return null;
  return new Date(local.getTime() - offsetMinutes * 60_000);
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function readFigure(cells: RowCells, language: Lang): { figure: Figure } | { problem: RowProblem } {
  // The figure cell when there is one, else the quote, else the sentence: the narrowest text
  // that holds the number, so a sentence with two numbers is not a guess.
  const field: ImportField = cells.figure ? "figure" : cells.quote ? "quote" : "sentence";
  const text = cells[field];
  if (!text)
    return {
      problem: {
        field: "figure",
        message: "No figure: this row has no figure, quote or sentence.",
      },
    };
  const found = findFigures(text, language);
  if (found.length === 0) {
    return {
      problem: {
        field,
        message: `No figure can be read in “${shorten(text)}”: write it in digits or words, such as “at least 29”.`,
      },
    };
  }
  if (found.length > 1 && field !== "figure") {
    const quotes = found
      .slice(0, 3)
      .map((f) => `“${f.quote}”`)
      .join(", ");
    return {
      problem: {
        field,
        message: `This ${field} holds ${found.length} figures (${quotes}): write the one to import in the figure column.`,
      },
    };
  }
  if (found.length > 1) {
    return {
      problem: {
        field,
        message: `This cell holds ${found.length} figures: keep only the one to import.`,
      },
    };
  }
  return { figure: found[0] as Figure };
}

/** Reads one row's cells (after the editor's fixes); `language` is used when the row names none. */
export function readRow(cells: RowCells, defaultLanguage: Lang): RowReading {
  const problems: RowProblem[] = [];
  const language = cells.language ? readLanguage(cells.language) : defaultLanguage;
  if (!language)
    problems.push({
      field: "language",
      message: `“${shorten(cells.language, 20)}” is not a language the figures engine reads: write en or fr.`,
    });

  const figure = language ? readFigure(cells, language) : null;
  if (figure && "problem" in figure) problems.push(figure.problem);

  const sentence = cells.sentence || cells.quote || cells.figure;
  if (sentence.length > MAX_SENTENCE_LENGTH) {
    problems.push({
      field: "sentence",
      message: `The sentence is too long: keep it under ${MAX_SENTENCE_LENGTH.toLocaleString("en")} characters.`,
    });
  }

  if (!cells.source) problems.push({ field: "source", message: "No source: write who gave this figure." });
  else if (cells.source.length > 200)
    problems.push({
      field: "source",
      message: "The source's name is too long: keep it under 200 characters.",
    });
  if (cells.relayedBy.length > 200)
    problems.push({
      field: "relayedBy",
      message: "The outlet's name is too long: keep it under 200 characters.",
    });

  const reportedAt = readReportedAt(cells.reportedAt);
  if (!cells.reportedAt)
    problems.push({
      field: "reportedAt",
      message: "No date: write when the source reported the figure, such as 2020-02-27.",
    });
  else if (!reportedAt) {
    problems.push({
      field: "reportedAt",
      message: `“${shorten(cells.reportedAt, 30)}” is not a date: write it as 2020-02-27, 2020-02-27 22:00 (UTC) or 27/02/2020.`,
    });
  }

  if (cells.articleUrl && (cells.articleUrl.length > 2_000 || !isHttpUrl(cells.articleUrl))) {
    problems.push({
      field: "articleUrl",
      message: `“${shorten(cells.articleUrl, 40)}” is not a web address: it should start with http:// or https://.`,
    });
  }
  if (cells.publisher.length > 200)
    problems.push({
      field: "publisher",
      message: "The publisher's name is too long: keep it under 200 characters.",
    });

  if (problems.length > 0 || !figure || "problem" in figure || !reportedAt || !language) return { ok: false, problems };
  return {
    ok: true,
    row: {
      figure: figure.figure,
      sentence,
      language,
      reportedAt,
      articleUrl: cells.articleUrl ? new URL(cells.articleUrl).href : null,
      publisher: cells.publisher || null,
      sourceName: cells.source,
      relayedByName: cells.relayedBy || null,
    },
  };
}
