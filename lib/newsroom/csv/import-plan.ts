import { z } from "zod";
import { LANGUAGES, recordId, SOURCE_KINDS } from "@/lib/validation/newsroom";
import { IMPORT_FIELDS, type ColumnMapping } from "./column-mapping";

// What the import page sends with the file: the quantity every row goes to, which column holds
// which field, the editor's fixes to cells, the rows left out, and what to do with each source
// the newsroom does not know yet. The server reads the file again and checks all of it.

/** A file of at most this many rows: enough for a conflict's whole record, small enough to check in seconds. */
export const MAX_IMPORT_ROWS = 100_000;
/** And at most this size, whatever the row count. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Fixes typed in the preview: enough for a file's bad rows, not a second file. */
export const MAX_FIXED_ROWS = 1_000;

const ID_MESSAGE = "Choose the quantity every row counts.";
const id = (message: string) => recordId(message);

const column = z.number().int().min(0).max(999).nullable();
const mapping = z.object(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, column])) as Record<keyof ColumnMapping, typeof column>,
  {
    error: "Say which column holds which field.",
  },
);

const cell = z.string().max(5_000, "Keep each cell under 5,000 characters.");
const fix = z.object(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, cell.optional()])) as Record<
    keyof ColumnMapping,
    z.ZodOptional<typeof cell>
  >,
);

const sourceDecision = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("create"),
    kind: z.enum(SOURCE_KINDS, { error: "Choose what kind of source it is." }),
  }),
  z.object({ action: z.literal("use"), sourceId: id("Choose a source from the list.") }),
]);

export const importPlan = z.object({
  quantityId: id(ID_MESSAGE),
  language: z.enum(LANGUAGES, { error: "Choose the language of the sentences." }),
  mapping,
  /** Row number (1 = the first row under the header) to the cells the editor retyped. */
  fixes: z
    .record(z.string().regex(/^[1-9]\d{0,5}$/), fix)
    .refine(
      (fixes) => Object.keys(fixes).length <= MAX_FIXED_ROWS,
      `Fix at most ${MAX_FIXED_ROWS.toLocaleString("en")} rows here; correct the file itself for more.`,
    )
    .default({}),
  /** Row numbers the editor left out. */
  excluded: z.array(z.number().int().min(1).max(MAX_IMPORT_ROWS)).max(MAX_IMPORT_ROWS).default([]),
  /** Leave out every row that still has a problem, rather than fix them one by one. */
  excludeProblemRows: z.boolean().default(false),
  /** A source's folded name (lib/newsroom/source-key.ts) to "create it" or "use this one". */
  sources: z.record(z.string().max(200), sourceDecision).default({}),
});

export type ImportPlan = z.infer<typeof importPlan>;
export type SourceDecision = z.infer<typeof sourceDecision>;
