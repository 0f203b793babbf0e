import { sourceKey } from "@/lib/newsroom/source-key";

// Which column of the file holds which field of a claim. Guessed from the header's names, in
// English or French, then shown to the editor, who may change any of it. Every row goes to the
// one quantity chosen in the form: a file is one quantity's claims (docs: README, CSV import).

export const IMPORT_FIELDS = [
  "figure",
  "quote",
  "sentence",
  "source",
  "relayedBy",
  "reportedAt",
  "articleUrl",
  "publisher",
  "language",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** For each field, the index of its column, or null when no column holds it. */
export type ColumnMapping = Record<ImportField, number | null>;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  figure: "Figure",
  quote: "Quote",
  sentence: "Sentence",
  source: "Source",
  relayedBy: "Relayed by",
  reportedAt: "Reported at",
  articleUrl: "Article URL",
  publisher: "Publisher",
  language: "Language",
};

// Header names, folded like source names (lower case, no accents, no punctuation): "Relayé par"
// and "relaye_par" both read "relaye par". The first names are the ones the help text shows.
const NAMES: Record<ImportField, string[]> = {
  figure: ["figure", "chiffre", "number", "nombre", "value", "valeur", "toll", "bilan", "count"],
  quote: ["quote", "citation", "quoted", "extrait"],
  sentence: ["sentence", "phrase", "text", "texte"],
  source: ["source", "source name", "nom de la source", "said by", "counted by"],
  relayedBy: ["relayed by", "relaye par", "relay", "relais", "via", "cited by", "cite par"],
  reportedAt: ["reported at", "date", "reported", "reported on", "as of", "signale le", "annonce le", "date du bilan"],
  articleUrl: ["article url", "url", "link", "lien", "article", "adresse", "url de l article"],
  publisher: ["publisher", "media", "outlet", "journal", "publication", "editeur"],
  language: ["language", "langue", "lang", "lng"],
};

export const EMPTY_MAPPING: ColumnMapping = Object.fromEntries(
  IMPORT_FIELDS.map((field) => [field, null]),
) as ColumnMapping;

/**
 * The mapping the header's names suggest. Exact names first, then names that start with one of
 * the known names ("source (name)"); each column serves one field at most.
 */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const folded = header.map((name) => sourceKey(name));
  const taken = new Set<number>();
  const claim = (matches: (name: string, known: string) => boolean) => {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue;
      const index = folded.findIndex(
        (name, i) => !taken.has(i) && name !== "" && NAMES[field].some((known) => matches(name, known)),
      );
      if (index !== -1) {
        mapping[field] = index;
        taken.add(index);
      }
    }
  };
  claim((name, known) => name === known);
  claim((name, known) => name.startsWith(`${known} `));
  return mapping;
}

/** The cells of one row under the mapping; an unmapped field or a missing cell is "". */
export type RowCells = Record<ImportField, string>;

export function cellsOf(row: readonly string[], mapping: ColumnMapping): RowCells {
  const cells = {} as RowCells;
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    cells[field] = index === null ? "" : (row[index] ?? "").trim();
  }
  return cells;
}

/** What a mapping lacks before any row can be read: a figure to read and a date. */
export function mappingGaps(mapping: ColumnMapping): string[] {
  const gaps: string[] = [];
  if (mapping.figure === null && mapping.quote === null && mapping.sentence === null) {
    gaps.push("Choose the column that holds the figure, the quote or the sentence: the figure is read from it.");
  }
  if (mapping.source === null) gaps.push("Choose the column that names the source of each figure.");
  if (mapping.reportedAt === null) gaps.push("Choose the column that says when the source reported the figure.");
  return gaps;
}
