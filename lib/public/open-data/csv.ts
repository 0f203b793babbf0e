// A story's published claims as a spreadsheet: RFC 4180 CSV (CRLF line ends, fields quoted when
// they hold a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so
// Excel reads "Au moins 29 soldats tués" as written rather than as mojibake.
import type { PublicQuantity, PublicStory } from "@/lib/data/public-claims";
import { standingsOf } from "./serialize";
import type { OpenDataUrls } from "./urls";

const BOM = "\uFEFF";

/** A cell is text the newsroom typed or a source said, or a number the app computed. */
export type Cell = string | number | null;

/**
 * A text cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "-2+3", "@SUM")
 * is prefixed with an apostrophe, which shows it as text (OWASP's CSV injection advice). Tab
 * and carriage return are there too: some spreadsheets strip them and read what follows.
 * Numbers are ours, never typed, so a negative figure stays a number.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a BOM, the header row, then one line per row, each ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** Who said it, when, and the figure as they said it: the columns every claim export shares, in this order. */
export const FIGURE_COLUMNS = [
  "source",
  "relayed_by",
  "reported_at",
  "qualifier",
  "value",
  "low",
  "high",
  "unit",
  "quote",
] as const;

interface FigureRow {
  source: { name: string };
  relayedBy: { name: string } | null;
  reportedAt: Date;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  quote: string;
}

/** The cells under FIGURE_COLUMNS; a claim without a unit of its own takes its quantity's. */
export const figureCells = (c: FigureRow, quantityUnit: string | null): Cell[] => [
  c.source.name,
  c.relayedBy?.name ?? null,
  c.reportedAt.toISOString(),
  c.qualifier,
  c.value,
  c.low,
  c.high,
  c.unit ?? quantityUnit,
  c.quote,
];

export const STORY_CSV_HEADER = [
  "claim_id",
  "quantity",
  ...FIGURE_COLUMNS,
  "language",
  "article_url",
  "comparison_status",
  "rating",
  "rating_explanation",
  "permalink",
] as const;

interface ClaimRow extends FigureRow {
  id: string;
  language: string;
  articleUrl: string | null;
  rating: string;
  ratingExplanation: string | null;
}

/** The cells under STORY_CSV_HEADER: one published claim of `quantity`, with its standing among the others. */
export const claimCells = (
  c: ClaimRow,
  quantity: { label: string; unit: string | null },
  standing: string | undefined,
  urls: OpenDataUrls,
): Cell[] => [
  c.id,
  quantity.label,
  ...figureCells(c, quantity.unit),
  c.language,
  c.articleUrl,
  standing ?? "current",
  c.rating,
  c.ratingExplanation,
  urls.claimPage(c.id),
];

function quantityRows(quantity: PublicQuantity, urls: OpenDataUrls): Cell[][] {
  const standings = standingsOf(quantity);
  return quantity.claims.map((c) => claimCells(c, quantity, standings.get(c.id), urls));
}

export function storyClaimsCsv(story: PublicStory, urls: OpenDataUrls): string {
  return csvDocument(
    STORY_CSV_HEADER,
    story.quantities.flatMap((q) => quantityRows(q, urls)),
  );
}

/** "idlib-strikes-2020-02-27-claims.csv": slugs are lower-case letters, digits and hyphens. */
export const storyCsvFilename = (slug: string) => `${slug}-claims.csv`;
