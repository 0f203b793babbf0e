// Importing claims from a CSV file: the columns, the checks, the import as it runs.
// English only for now: French comes with the French staff interface, key for key.
import { englishOnly } from "../../locale";

export const IMPORT_MESSAGES = englishOnly({
  page: {
    pageTitle: "Import a CSV file",
    importACsvFile: "Import a CSV file",
    aSpreadsheetOfOne:
      "A spreadsheet of one quantity's figures, one row per claim: each row is checked before anything is saved, then added as your draft. Importing the same file again adds nothing twice. One figure?",
    logAClaim: "Log a claim",
  },
  checkResults: {
    kindOfSourceFor: (name: string) => `Kind of source for ${name}`,
    existingSourceFor: (name: string) => `Existing source for ${name}`,
    firstListed: (shown: string, total: string) => ` The first ${shown} of ${total} are listed.`,
    rowField: (row: number, field: string) => `Row ${row}: ${field}`,
    whatTheCheckFound: "What the check found",
    inTheFile: " in the file",
    readyToImport: " ready to import",
    needs: "needs",
    need: "need",
    attention: " attention",
    alreadyImported: " already imported",
    repeatedInTheFile: " repeated in the file",
    leftOut: " left out",
    unknownSources: "Unknown sources",
    theseNamesAreNot:
      "These names are not in the newsroom's sources. Create each one, or pick the source it means (a spelling or a language apart).",
    createIt: "Create it",
    as: "as",
    itIsAnExisting: "It is an existing source",
    rowsToFix: "Rows to fix",
    fixACellHere: "Fix a cell here (the file itself is not changed) or leave the row out, then check again.",
    row: "Row ",
    leaveRow: "Leave row ",
    out: " out",
  },
  columnMappingForm: {
    column: (n: number) => `Column ${n}`,
    notInTheFile: "Not in the file",
    theFirstRowsOf: "The first rows of the file, as they will be read",
    row: "Row",
  },
  csvImport: {
    importRows: (rows: string) => `Import ${rows} rows as drafts`,
    importAnotherFile: "Import another file",
    theFile: "The file",
    csvFile: "CSV file",
    commaOrSemicolonSeparated: "Comma or semicolon separated, UTF-8, at most 100,000 rows and 50 MB.",
    quantity: "Quantity",
    everyRowOfThe: "Every row of the file is a claim about this quantity.",
    languageOfTheSentences: "Language of the sentences",
    columns: "Columns",
    guessedFromTheHeader:
      "Guessed from the header line; change any of them. The first rows show how they will be read.",
    checkedBeforeYourLast: "Checked before your last changes",
    checked: "Checked",
    leaveOutEveryRow: "Leave out every row that still has a problem",
    starting: "Starting…",
    importNothingNewTo: "Import (nothing new to add)",
    checking: "Checking…",
    checkAgain: "Check again",
    checkTheRows: "Check the rows",
  },
  importProgress: {
    importFinished: "Import finished",
    importing: "Importing",
    theServerDidNot: "The server did not answer: trying again.",
    youMayLeaveThis: "You may leave this page: the import goes on, and this address shows its progress.",
    openYourDrafts: "Open your drafts",
    toCheckEachOne: " to check each one and submit it for review.",
  },
});
