import { statusDetail, statusLabel } from "@/lib/explain";
import type { QuantityStatus } from "@/lib/figures/compare";
import type { Locale } from "@/lib/i18n/locale";
import { previewReview, type ClaimOnQuantity, type ComparisonInWords, type QuantityForPreview } from "./review-preview";

// What approving several claims at once does to each quantity, claim by claim: the first claim
// of a quantity is compared with its published claims, the second with those and the first, and
// so on, in the order the approvals are written. Each step is the single review page's preview
// (./review-preview.ts), its words in the reviewer's language (lib/explain). Pure.

export interface StatusInWords {
  /** The badge: "Compatible", "Conflict", "One source"; null with no figure to compare. */
  label: string | null;
  /** The engine's status, for the badge's colour (null with no figure to compare). */
  status: QuantityStatus | null;
  /** What the label means here. */
  detail: string;
}

export interface ApprovalStep {
  claimId: string;
  quantityId: string;
  /** The quantity before this approval (its published claims and those approved before in the batch). */
  before: StatusInWords;
  after: StatusInWords;
  /** The status or the agreed figure changes. */
  changesOutcome: boolean;
  /** Quotes of the same source's earlier figures that this one replaces. */
  replaces: string[];
  /** A later figure of the same source that already replaces this one. */
  replacedBy: string | null;
}

export interface QuantityToPreview extends QuantityForPreview {
  id: string;
}

export interface ClaimToApprove extends ClaimOnQuantity {
  quantityId: string;
}

function inWords(
  quantity: QuantityForPreview,
  claims: readonly ClaimOnQuantity[],
  outcome: ComparisonInWords,
  locale: Locale,
): StatusInWords {
  const superseded = new Set(outcome.comparison.superseded);
  const current = claims.filter((c) => !superseded.has(c.id));
  if (current.length === 0)
    return { label: null, status: null, detail: statusDetail(quantity, outcome.comparison, [], locale) };
  return {
    label: statusLabel(outcome.comparison.status, current.length, locale),
    status: outcome.comparison.status,
    detail: statusDetail(quantity, outcome.comparison, current, locale),
  };
}

/**
 * Each approval's before and after, in `toApprove`'s order. `published` holds every published
 * claim of the quantities concerned; a claim whose quantity is not in `quantities` is left out.
 */
export function previewBatchApproval(
  quantities: readonly QuantityToPreview[],
  published: readonly (ClaimOnQuantity & { quantityId: string })[],
  toApprove: readonly ClaimToApprove[],
  locale: Locale = "en",
): ApprovalStep[] {
  const byId = new Map(quantities.map((q) => [q.id, q]));
  const onQuantity = new Map<string, ClaimOnQuantity[]>();
  for (const claim of published) onQuantity.set(claim.quantityId, [...(onQuantity.get(claim.quantityId) ?? []), claim]);

  const steps: ApprovalStep[] = [];
  for (const claim of toApprove) {
    const quantity = byId.get(claim.quantityId);
    if (!quantity) continue;
    const before = (onQuantity.get(claim.quantityId) ?? []).filter((c) => c.id !== claim.id);
    const preview = previewReview(quantity, before, claim);
    steps.push({
      claimId: claim.id,
      quantityId: claim.quantityId,
      before: inWords(quantity, before, preview.without, locale),
      after: inWords(quantity, [...before, claim], preview.with, locale),
      changesOutcome: preview.changesOutcome,
      replaces: preview.replaces.map((c) => c.quote),
      replacedBy: preview.replacedBy?.quote ?? null,
    });
    // The next claim of this quantity is compared with this one published.
    onQuantity.set(claim.quantityId, [...before, claim]);
  }
  return steps;
}
