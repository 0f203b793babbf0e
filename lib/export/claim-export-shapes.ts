// The columns of the claim exports. The public one is the story CSV's columns (the same names,
// the same `comparison_status`) with the story in front, and each JSON item is the claim exactly
// as GET /api/v1/claims gives it. The staff one adds what only the newsroom sees: status,
// rating, who wrote and reviewed it, the review note and the workflow's times.
import type { PublicExportPage, StaffExportRow } from "@/lib/data/claim-export";
import { claimCells, FIGURE_COLUMNS, figureCells, STORY_CSV_HEADER, type Cell } from "@/lib/public/open-data/csv";
import { serializeClaim, standingsOf, type Standing } from "@/lib/public/open-data/serialize";
import type { OpenDataUrls } from "@/lib/public/open-data/urls";
import type { ExportShape } from "./export-stream";

const iso = (at: Date | null) => at?.toISOString() ?? null;

export const PUBLIC_EXPORT_HEADER = ["story", ...STORY_CSV_HEADER] as const;

function standings(page: PublicExportPage): Map<string, Standing> {
  const all = new Map<string, Standing>();
  for (const quantity of page.quantities) for (const [id, standing] of standingsOf(quantity)) all.set(id, standing);
  return all;
}

export function publicExportShape(urls: OpenDataUrls): ExportShape<PublicExportPage> {
  return {
    header: PUBLIC_EXPORT_HEADER,
    csvRows(page) {
      const standing = standings(page);
      return page.rows.map((c) => [c.quantity.story.slug, ...claimCells(c, c.quantity, standing.get(c.id), urls)]);
    },
    jsonItems(page) {
      const standing = standings(page);
      return page.rows.map((c) => serializeClaim(c, standing.get(c.id) ?? "current", urls));
    },
  };
}

export const STAFF_EXPORT_HEADER = [
  "claim_id",
  "status",
  "rating",
  "rating_explanation",
  "story_id",
  "story",
  "quantity_id",
  "quantity",
  ...FIGURE_COLUMNS,
  "sentence",
  "language",
  "article_url",
  "archive_url",
  "publisher",
  "author",
  "reviewer",
  "review_note",
  "retraction_reason",
  "submitted_at",
  "reviewed_at",
  "created_at",
  "updated_at",
] as const;

function staffCells(c: StaffExportRow): Cell[] {
  return [
    c.id,
    c.status,
    c.rating,
    c.ratingExplanation,
    c.quantity.story.id,
    c.quantity.story.title,
    c.quantity.id,
    c.quantity.label,
    ...figureCells(c, c.quantity.unit),
    c.sentence,
    c.language,
    c.articleUrl,
    c.archiveUrl,
    c.publisher,
    c.author.name,
    c.reviewer?.name ?? null,
    c.reviewNote,
    c.retractionReason,
    iso(c.submittedAt),
    iso(c.reviewedAt),
    c.createdAt.toISOString(),
    c.updatedAt.toISOString(),
  ];
}

function staffItem(c: StaffExportRow) {
  return {
    id: c.id,
    status: c.status,
    rating: c.rating,
    ratingExplanation: c.ratingExplanation,
    story: c.quantity.story,
    quantity: { id: c.quantity.id, label: c.quantity.label },
    source: c.source,
    relayedBy: c.relayedBy,
    quote: c.quote,
    sentence: c.sentence,
    language: c.language,
    qualifier: c.qualifier,
    kind: c.kind,
    value: c.value,
    low: c.low,
    high: c.high,
    unit: c.unit ?? c.quantity.unit,
    reportedAt: c.reportedAt.toISOString(),
    article: {
      url: c.articleUrl,
      archiveUrl: c.archiveUrl,
      publisher: c.publisher,
      headline: c.headline,
      publishedAt: iso(c.publishedAt),
    },
    author: c.author,
    reviewer: c.reviewer,
    reviewNote: c.reviewNote,
    retractionReason: c.retractionReason,
    submittedAt: iso(c.submittedAt),
    reviewedAt: iso(c.reviewedAt),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export const STAFF_EXPORT_SHAPE: ExportShape<StaffExportRow[]> = {
  header: STAFF_EXPORT_HEADER,
  csvRows: (rows) => rows.map(staffCells),
  jsonItems: (rows) => rows.map(staffItem),
};
