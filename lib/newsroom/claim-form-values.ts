// A claim as its edit form holds it: every field a string, as typed. Used for the form's
// defaults and for a stale edit, where the saved claim and the person's own text are compared
// field by field.
import { toUtcDateTimeInput } from "./utc-time";

export const CLAIM_FORM_FIELDS = [
  "sentence",
  "language",
  "quote",
  "value",
  "qualifier",
  "low",
  "high",
  "kind",
  "unit",
  "quantityId",
  "sourceId",
  "relayedById",
  "articleUrl",
  "archiveUrl",
  "publisher",
  "headline",
  "publishedAt",
  "reportedAt",
] as const;

export type ClaimFormField = (typeof CLAIM_FORM_FIELDS)[number];
export type ClaimFormValues = Record<ClaimFormField, string>;

export const CLAIM_FIELD_LABELS: Record<ClaimFormField, string> = {
  sentence: "Sentence",
  language: "Language",
  quote: "Figure as written",
  value: "Value",
  qualifier: "Qualifier",
  low: "Lowest value",
  high: "Highest value",
  kind: "Kind",
  unit: "Unit",
  quantityId: "Quantity",
  sourceId: "Source",
  relayedById: "Relayed by",
  articleUrl: "Article address",
  archiveUrl: "Archive address",
  publisher: "Publisher",
  headline: "Headline",
  publishedAt: "Published at (UTC)",
  reportedAt: "Reported at (UTC)",
};

/** The stored claim's fields that its form edits. */
export interface ClaimFormSource {
  sentence: string;
  language: string;
  quote: string;
  value: number | null;
  qualifier: string;
  low: number | null;
  high: number | null;
  kind: string;
  unit: string | null;
  quantityId: string;
  sourceId: string;
  relayedById: string | null;
  articleUrl: string | null;
  archiveUrl: string | null;
  publisher: string | null;
  headline: string | null;
  publishedAt: Date | null;
  reportedAt: Date;
}

const numberText = (n: number | null) => (n === null ? "" : String(n));

export function claimFormValues(claim: ClaimFormSource): ClaimFormValues {
  return {
    sentence: claim.sentence,
    language: claim.language,
    quote: claim.quote,
    value: numberText(claim.value),
    qualifier: claim.qualifier,
    low: numberText(claim.low),
    high: numberText(claim.high),
    kind: claim.kind,
    unit: claim.unit ?? "",
    quantityId: claim.quantityId,
    sourceId: claim.sourceId,
    relayedById: claim.relayedById ?? "",
    articleUrl: claim.articleUrl ?? "",
    archiveUrl: claim.archiveUrl ?? "",
    publisher: claim.publisher ?? "",
    headline: claim.headline ?? "",
    publishedAt: toUtcDateTimeInput(claim.publishedAt),
    reportedAt: toUtcDateTimeInput(claim.reportedAt),
  };
}

/** The fields whose text differs between two versions of the form, spaces at the ends aside. */
export function differingFields(a: Partial<ClaimFormValues>, b: Partial<ClaimFormValues>): ClaimFormField[] {
  return CLAIM_FORM_FIELDS.filter((field) => (a[field] ?? "").trim() !== (b[field] ?? "").trim());
}
