import "server-only";
import type { ActionResult } from "@/lib/auth/action-result";
import { mayDecideClaim, mayDeleteDraft, wroteOrChangedClaim, type Actor } from "@/lib/auth/policy";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locale";
import { REFUSALS } from "@/lib/i18n/messages/refusals";
import { previewBatchApproval, type ApprovalStep } from "@/lib/newsroom/batch-approval-preview";
import { maySubmitClaim } from "@/lib/newsroom/claim-rules";
import { BULK_BATCH_LIMIT } from "@/lib/validation/claims-list";
import { submitClaim } from "./claims";
import type { BulkCandidate } from "./claims-list";
import { databaseFault, type DatabaseFault } from "./database-faults";
import { db } from "./db";
import { deleteDraft } from "./draft-deletion";
import { approveClaim, changedSinceApproval } from "./review";

// The claims list's bulk actions: many claims submitted, approved or deleted (drafts) in one go.
// Each claim goes through the single action's own function (submitClaim, approveClaim,
// deleteDraft), in its own transaction with its own history entry, exactly as if the person had
// pressed its button: the same rules, the same version check, the same webhooks. One claim refused never stops the others; the
// outcome counts each reason.

/** Why one claim of a batch was not changed. */
export type BulkRefusal =
  | "own" // a reviewer's own claim: four eyes
  | "changed_it" // a claim the reviewer changed since its last approval: four eyes too
  | "not_yours" // a draft of someone else: only its author submits it (or deletes it, and admins)
  | "wrong_status" // not a draft (submit, delete), not in review (approve)
  | "stale" // changed since the list or the preview showed it
  | "not_found";

export const BULK_REFUSALS: readonly BulkRefusal[] = [
  "own",
  "changed_it",
  "not_yours",
  "wrong_status",
  "stale",
  "not_found",
];

export interface BulkOutcome {
  /** Claims submitted, approved, or deleted. */
  done: number;
  refused: Record<BulkRefusal, number>;
  /** The first refused claims, to show which (at most REFUSED_SHOWN). */
  refusedClaims: { id: string; quote: string; reason: BulkRefusal }[];
  /** Claims not reached because the database stopped answering mid-way (`fault`). */
  notReached: number;
  fault: DatabaseFault | null;
}

const REFUSED_SHOWN = 20;

interface ClaimNow {
  id: string;
  quote: string;
  status: "draft" | "in_review" | "published" | "retracted";
  version: number;
  authorId: string;
}

function loadClaims(ids: string[], database: PrismaClient): Promise<ClaimNow[]> {
  return database.claim.findMany({
    where: { id: { in: ids } },
    select: { id: true, quote: true, status: true, version: true, authorId: true },
  });
}

/** One bulk action: the status its claims must be in, the checks around it, the single action it repeats. */
interface BulkStep {
  status: ClaimNow["status"];
  /** Refused before the version is even looked at (approving one's own claim). */
  first?: (claim: ClaimNow) => BulkRefusal | null;
  /** Refused once the version and status are right (the policy). */
  then?: (claim: ClaimNow) => BulkRefusal | null;
  act: (target: BulkCandidate) => Promise<ActionResult<unknown>>;
  /** What the single action's "forbidden" means here. */
  forbidden: BulkRefusal;
}

/**
 * Runs `step` on each target in turn, as its own button would. A database fault (busy, full, out of reach) stops the batch:
 * before anything was saved it is thrown, and the action says "nothing was saved"; after, the
 * outcome says how many were done and how many were not reached.
 */
async function eachClaim(
  targets: readonly BulkCandidate[],
  database: PrismaClient,
  step: BulkStep,
): Promise<BulkOutcome> {
  if (targets.length > BULK_BATCH_LIMIT) throw new Error(`A batch holds at most ${BULK_BATCH_LIMIT} claims.`);
  const claims = new Map(
    (
      await loadClaims(
        targets.map((t) => t.claimId),
        database,
      )
    ).map((c) => [c.id, c]),
  );
  const outcome: BulkOutcome = {
    done: 0,
    refused: { own: 0, changed_it: 0, not_yours: 0, wrong_status: 0, stale: 0, not_found: 0 },
    refusedClaims: [],
    notReached: 0,
    fault: null,
  };
  for (const [index, target] of targets.entries()) {
    const claim = claims.get(target.claimId);
    let refusal: BulkRefusal | null;
    try {
      refusal = await stepOn(step, target, claim);
    } catch (error) {
      const fault = databaseFault(error);
      const refusedAny = Object.values(outcome.refused).some((n) => n > 0);
      if (!fault || (outcome.done === 0 && !refusedAny)) throw error;
      outcome.fault = fault;
      outcome.notReached = targets.length - index;
      return outcome;
    }
    if (refusal === null) {
      outcome.done += 1;
      continue;
    }
    outcome.refused[refusal] += 1;
    if (outcome.refusedClaims.length < REFUSED_SHOWN)
      outcome.refusedClaims.push({ id: target.claimId, quote: claim?.quote ?? "", reason: refusal });
  }
  return outcome;
}

/** Why `step` refused the target, or null once it is done. */
async function stepOn(step: BulkStep, target: BulkCandidate, claim: ClaimNow | undefined): Promise<BulkRefusal | null> {
  if (!claim) return "not_found";
  const first = step.first?.(claim);
  if (first) return first;
  if (claim.version !== target.version) return "stale";
  if (claim.status !== step.status) return "wrong_status";
  const then = step.then?.(claim);
  if (then) return then;
  const result = await step.act(target);
  return result.ok ? null : refusalOf(result.error.code, result.error.message, step.forbidden);
}

/** The refusal of a single action's answer, in the batch's words. */
function refusalOf(code: string, message: string, forbidden: BulkRefusal): BulkRefusal {
  if (code === "conflict") return "stale";
  if (code === "not_found") return "not_found";
  if (code === "forbidden" && message === REFUSALS.en.ownClaimDecision) return "own";
  return forbidden;
}

/** A bulk action: the actor's targets, each through the step made for them, in turn. */
const bulkAction =
  (stepFor: (actor: Actor, database: PrismaClient) => BulkStep) =>
  (actor: Actor, targets: readonly BulkCandidate[], database: PrismaClient = db): Promise<BulkOutcome> =>
    eachClaim(targets, database, stepFor(actor, database));

/**
 * Sends each target draft to review, as its Submit button does (submitClaim): only the author's
 * own drafts, and only at the version the list showed.
 */
export const submitClaims = bulkAction((actor) => ({
  status: "draft",
  then: (claim) => (maySubmitClaim(actor, claim) ? null : "not_yours"),
  act: (target) => submitClaim(actor, target),
  forbidden: "not_yours",
}));

/**
 * Approves each target, as the review page's Approve button does (approveClaim): never the
 * reviewer's own claims, nor those they changed, and only at the version the preview showed.
 */
export const approveClaims = bulkAction((actor, database) => ({
  status: "in_review",
  first: (claim) => (claim.authorId === actor.id ? "own" : null),
  act: (target) => approveClaim(actor, target, database),
  forbidden: "changed_it",
}));

/**
 * Deletes each target draft, as its page's Delete button does (deleteDraft): only drafts, only
 * the person's own (an admin's: anyone's), and only at the version the list showed. Each keeps
 * its history, closed by a "delete" entry.
 */
export const deleteDrafts = bulkAction((actor, database) => ({
  status: "draft",
  then: (claim) => (mayDeleteDraft(actor, claim) ? null : "not_yours"),
  act: (target) => deleteDraft(actor, target, database),
  forbidden: "not_yours",
}));

// ---------------------------------------------------------------------------------------------
// The approval's preview

export interface PreviewedClaim {
  id: string;
  version: number;
  quote: string;
  sourceName: string;
  quantityId: string;
  quantityLabel: string;
  storyTitle: string;
  /** Null when it will be approved; else why not. */
  refusal: BulkRefusal | null;
  /** What its quantity's status becomes (only for a claim that will be approved). */
  step: ApprovalStep | null;
}

/**
 * What approving `targets` would do, claim by claim, for `actor`: which are refused and why (their
 * own, changed by them, not in review), and for the others what each quantity's status becomes
 * as they are approved in turn. Nothing is written.
 */
export async function previewApproval(
  actor: Actor,
  targets: readonly BulkCandidate[],
  locale: Locale,
  database: PrismaClient = db,
): Promise<PreviewedClaim[]> {
  const rows = await database.claim.findMany({
    where: { id: { in: targets.map((t) => t.claimId) } },
    select: {
      id: true,
      version: true,
      status: true,
      authorId: true,
      quote: true,
      low: true,
      high: true,
      kind: true,
      unit: true,
      reportedAt: true,
      sourceId: true,
      source: { select: { name: true } },
      quantity: { select: { id: true, label: true, cumulative: true, story: { select: { title: true } } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = targets.flatMap((t) => {
    const row = byId.get(t.claimId);
    return row ? [{ row, shownVersion: t.version }] : [];
  });

  const refusals = new Map<string, BulkRefusal | null>();
  for (const { row, shownVersion } of ordered) {
    const changedBy = row.status === "in_review" ? await changedSinceApproval(row.id, database) : [];
    const forPolicy = { authorId: row.authorId, status: row.status, changedBy };
    refusals.set(
      row.id,
      row.authorId === actor.id
        ? "own"
        : row.version !== shownVersion
          ? "stale"
          : row.status !== "in_review"
            ? "wrong_status"
            : wroteOrChangedClaim(actor, forPolicy) || !mayDecideClaim(actor, forPolicy)
              ? "changed_it"
              : null,
    );
  }

  const approvable = ordered.filter(({ row }) => refusals.get(row.id) === null).map(({ row }) => row);
  const quantityIds = [...new Set(approvable.map((row) => row.quantity.id))];
  const published = await database.claim.findMany({
    where: { quantityId: { in: quantityIds }, status: "published" },
    select: {
      id: true,
      quantityId: true,
      sourceId: true,
      quote: true,
      low: true,
      high: true,
      reportedAt: true,
      source: { select: { name: true } },
    },
  });
  const onQuantity = (c: {
    id: string;
    sourceId: string;
    quote: string;
    low: number | null;
    high: number | null;
    reportedAt: Date;
    source: { name: string };
  }) => ({
    id: c.id,
    sourceId: c.sourceId,
    sourceName: c.source.name,
    quote: c.quote,
    low: c.low,
    high: c.high,
    reportedAt: c.reportedAt,
  });
  // A quantity's figures are said in the kind and unit of the claims about it (as the review page does).
  const quantities = new Map(
    approvable.map((row) => [
      row.quantity.id,
      { id: row.quantity.id, cumulative: row.quantity.cumulative, kind: row.kind, unit: row.unit },
    ]),
  );
  const steps = new Map(
    previewBatchApproval(
      [...quantities.values()],
      published.map((c) => ({ ...onQuantity(c), quantityId: c.quantityId })),
      approvable.map((row) => ({ ...onQuantity(row), quantityId: row.quantity.id })),
      locale,
    ).map((step) => [step.claimId, step]),
  );

  return ordered.map(({ row, shownVersion }) => ({
    id: row.id,
    // The version the list showed: a claim changed since is refused at the confirmation too.
    version: shownVersion,
    quote: row.quote,
    sourceName: row.source.name,
    quantityId: row.quantity.id,
    quantityLabel: row.quantity.label,
    storyTitle: row.quantity.story.title,
    refusal: refusals.get(row.id) ?? null,
    step: steps.get(row.id) ?? null,
  }));
}

/** What a bulk action answers: its outcome, and how many claims it was asked about. */
export interface BulkAnswer extends BulkOutcome {
  /** Claims matching the filter in all ("matching"), or ticked ("selected"). */
  matched: number;
  /** The batch's limit, when more matched than one action takes. */
  limit: number | null;
}

/** What the approval's preview answers. */
export interface ApprovalPreviewAnswer {
  claims: PreviewedClaim[];
  matched: number;
  limit: number | null;
}
