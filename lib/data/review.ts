import "server-only";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import {
  may,
  mayDecideClaim,
  mayRateClaim,
  mayRetractClaim,
  wroteOrChangedClaim,
  type Actor,
  type ClaimForPolicy,
} from "@/lib/auth/policy";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { pageSlice, pageWindow, type PageSlice } from "@/lib/public/pagination";
import {
  EXPLANATION_REQUIRED,
  NOTE_REQUIRED,
  REASON_REQUIRED,
  type ApproveClaimInput,
  type ClaimRating,
  type RateClaimInput,
  type RejectClaimInput,
  type RetractClaimInput,
} from "@/lib/validation/review";
import { db } from "./db";
import {
  FIGURE_FIELDS,
  PUBLICATION_FIELDS,
  QUANTITY_DEFINITION_FIELDS,
  SOURCE_PROFILE_FIELDS,
  WORKFLOW_FIELDS,
} from "./fields";
import { decisionSnapshot, readableHistory, recordHistory, type ReadableHistory } from "./history";
import { forgetSourceRecords } from "./source-records";
import { enqueueClaimEvent } from "./webhooks";
import { REFUSALS } from "@/lib/i18n/messages/refusals";

// Staff pages are English for now (lib/i18n/messages/refusals.ts).
const t = REFUSALS.en;

// A reviewer's work: the queue, one claim with what it would change, and the four decisions.
// Each decision is one conditional write (the claim must still be in the status and at the
// version the reviewer saw) with its history entry in the same transaction, so two reviewers
// deciding at once cannot both win and nothing is overwritten.

type Database = PrismaClient | Prisma.TransactionClient;

const PERSON = { select: { id: true, name: true } } as const;
const SOURCE = { select: SOURCE_PROFILE_FIELDS } as const;

const QUEUE_FIELDS = {
  id: true,
  quote: true,
  ...FIGURE_FIELDS,
  sentence: true,
  submittedAt: true,
  createdAt: true,
  version: true,
  quantity: {
    select: { id: true, label: true, unit: true, story: { select: { title: true, slug: true } } },
  },
  source: { select: { id: true, name: true } },
  relayedBy: { select: { id: true, name: true } },
  author: PERSON,
} satisfies Prisma.ClaimSelect;

export type QueuedClaim = Prisma.ClaimGetPayload<{ select: typeof QUEUE_FIELDS }>;

/** Claims on one page of the review queue (an import can put thousands in review at once). */
export const QUEUE_PAGE_SIZE = 50;

export interface ReviewQueuePage extends PageSlice<QueuedClaim> {
  /** Claims in review in all. */
  total: number;
  /** Of those, the ones this reviewer may decide (not their own). */
  forReviewer: number;
}

/**
 * One page of the claims waiting for a reviewer, the longest-waiting first, with how many wait
 * in all and how many of them `reviewerId` may decide. Index: Claim(status, submittedAt, createdAt, id).
 */
export async function reviewQueue(
  reviewerId: string,
  page = 1,
  perPage = QUEUE_PAGE_SIZE,
  database: Database = db,
): Promise<ReviewQueuePage> {
  const inReview = { status: "in_review" } as const;
  const [rows, total, own] = await Promise.all([
    database.claim.findMany({
      where: inReview,
      orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, perPage),
      select: QUEUE_FIELDS,
    }),
    database.claim.count({ where: inReview }),
    database.claim.count({ where: { ...inReview, authorId: reviewerId } }),
  ]);
  return { ...pageSlice(rows, page, perPage), total, forReviewer: total - own };
}

const OTHER_CLAIM_FIELDS = {
  id: true,
  quote: true,
  ...FIGURE_FIELDS,
  reportedAt: true,
  status: true,
  rating: true,
  ratingExplanation: true,
  publisher: true,
  source: { select: { id: true, name: true } },
  relayedBy: { select: { id: true, name: true } },
  author: PERSON,
} satisfies Prisma.ClaimSelect;

const REVIEW_FIELDS = {
  ...OTHER_CLAIM_FIELDS,
  sentence: true,
  language: true,
  ...PUBLICATION_FIELDS,
  articleText: true,
  ...WORKFLOW_FIELDS,
  source: SOURCE,
  relayedBy: SOURCE,
  reviewer: PERSON,
  quantity: {
    select: {
      ...QUANTITY_DEFINITION_FIELDS,
      story: { select: { id: true, title: true, slug: true, date: true } },
    },
  },
} satisfies Prisma.ClaimSelect;

export type ClaimUnderReview = Prisma.ClaimGetPayload<{ select: typeof REVIEW_FIELDS }>;
export type OtherClaim = Prisma.ClaimGetPayload<{ select: typeof OTHER_CLAIM_FIELDS }>;

export interface ClaimForReview {
  claim: ClaimUnderReview;
  /** Every other claim on the same quantity, whatever its status, in the order reported. */
  others: OtherClaim[];
  /** What happened to the claim, oldest first. */
  history: ReadableHistory;
  /** Who changed it since it was last approved (four eyes: they may not decide on it). */
  changedBy: string[];
}

/** One claim as a reviewer sees it, with the other claims about the same quantity. */
export async function claimForReview(claimId: string, database: Database = db): Promise<ClaimForReview | null> {
  const claim = await database.claim.findUnique({ where: { id: claimId }, select: REVIEW_FIELDS });
  if (!claim) return null;
  const [others, history, changedBy] = await Promise.all([
    database.claim.findMany({
      where: { quantityId: claim.quantity.id, id: { not: claim.id } },
      orderBy: [{ reportedAt: "asc" }, { createdAt: "asc" }],
      select: OTHER_CLAIM_FIELDS,
    }),
    readableHistory("claim", claim.id, database),
    changedSinceApproval(claim.id, database),
  ]);
  return { claim, others, history, changedBy };
}

/**
 * Who wrote or changed what the claim says since it was last approved, from its history: the
 * person who created it, and everyone whose saved edit changed a field (lib/data/claims.ts
 * writes only the changed fields, and the version, in an "update" entry). Every editable field
 * counts, the article and the source as much as the figure: a reviewer vouches for all of them.
 */
export async function changedSinceApproval(claimId: string, database: Database = db): Promise<string[]> {
  const entries = await database.historyEntry.findMany({
    where: {
      entityType: "claim",
      entityId: claimId,
      action: { in: ["create", "update", "approve"] },
    },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, after: true },
  });
  const people = new Set<string>();
  for (const entry of entries) {
    if (entry.action === "approve") people.clear();
    else if (entry.actorId && (entry.action === "create" || changedAField(entry.after))) people.add(entry.actorId);
  }
  return [...people];
}

/** Whether an edit's "after" names a field besides the version; one that cannot be read counts. */
function changedAField(after: string | null): boolean {
  try {
    const fields: unknown = after ? JSON.parse(after) : null;
    return fields !== null && typeof fields === "object" && Object.keys(fields).some((field) => field !== "version");
  } catch {
    return true;
  }
}

/** The few words the queue's confirmation needs about a claim just decided. */
export function claimSummary(claimId: string, database: Database = db) {
  return database.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      quote: true,
      status: true,
      quantity: { select: { label: true } },
      source: { select: { name: true } },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Decisions

const DECISION_FIELDS = {
  id: true,
  authorId: true,
  quantityId: true,
  sourceId: true,
  status: true,
  rating: true,
  ratingExplanation: true,
  version: true,
  reviewNote: true,
  retractionReason: true,
  reviewedAt: true,
  reviewer: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

type ClaimAtDecision = Prisma.ClaimGetPayload<{ select: typeof DECISION_FIELDS }>;

export interface DecidedClaim {
  id: string;
  status: ClaimAtDecision["status"];
  rating: ClaimRating;
  version: number;
}

type Refusal = ReturnType<typeof failure>;

const NOT_FOUND: Refusal = failure("not_found", t.claimNotFound);

const formatTime = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(at) + " UTC";

/** What a stale decision is told: who decided first, or that the claim changed since. */
function staleDecision(current: ClaimAtDecision, expectedStatus: ClaimAtDecision["status"]): Refusal {
  const byWhen = t.byWhen(current.reviewer?.name ?? null, current.reviewedAt ? formatTime(current.reviewedAt) : null);
  const currentState = {
    status: current.status,
    rating: current.rating,
    version: current.version,
    reviewer: current.reviewer?.name ?? null,
  };
  if (current.status !== expectedStatus) {
    const message =
      expectedStatus === "in_review" && current.status === "published"
        ? t.alreadyApproved(byWhen)
        : expectedStatus === "in_review" && current.status === "draft"
          ? t.alreadySentBack(byWhen)
          : current.status === "retracted"
            ? t.alreadyRetracted(byWhen)
            : t.decisionNoLongerApplies(t.claimStatus[current.status]);
    return failure("conflict", message, { current: currentState });
  }
  return failure("conflict", t.changedSinceReviewOpened, { current: currentState });
}

const forPolicy = (claim: ClaimAtDecision, changedBy: string[] = []): ClaimForPolicy => ({
  authorId: claim.authorId,
  status: claim.status,
  changedBy,
});

/** Why a reviewer may not approve or reject this claim, or null when they may. */
function decisionRefusal(actor: Actor, claim: ClaimAtDecision, changedBy: string[], version: number): Refusal | null {
  if (!may(actor.role, "review")) return failure("forbidden", t.reviewersDecide);
  if (claim.status !== "in_review") return staleDecision(claim, "in_review");
  if (claim.authorId === actor.id) {
    return failure("forbidden", t.ownClaimDecision);
  }
  if (wroteOrChangedClaim(actor, forPolicy(claim, changedBy))) {
    return failure("forbidden", t.changedItDecision);
  }
  if (!mayDecideClaim(actor, forPolicy(claim, changedBy))) return failure("forbidden", t.mayNotDecide);
  if (claim.version !== version) return staleDecision(claim, "in_review");
  return null;
}

interface Transition {
  from: ClaimAtDecision["status"];
  action: "approve" | "reject" | "retract" | "rate";
  data: Prisma.ClaimUncheckedUpdateManyInput;
  reason: string | null;
}

/**
 * Writes one decision: the claim changes only if it is still `from` at `version`; otherwise
 * the current state says who got there first. The history entry is in the same transaction.
 */
async function writeDecision(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claim: ClaimAtDecision,
  version: number,
  transition: Transition,
): Promise<ActionResult<DecidedClaim>> {
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, status: transition.from, version },
    data: { ...transition.data, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.claim.findUnique({ where: { id: claim.id }, select: DECISION_FIELDS });
    return current ? staleDecision(current, transition.from) : NOT_FOUND;
  }
  const after = await tx.claim.findUniqueOrThrow({
    where: { id: claim.id },
    select: DECISION_FIELDS,
  });
  await recordHistory(tx, {
    entityType: "claim",
    entityId: claim.id,
    action: transition.action,
    actorId: actor.id,
    before: decisionOf(claim),
    after: decisionOf(after),
    reason: transition.reason,
  });
  // Webhooks' outbox: the event is queued in this same transaction, so it goes out exactly when
  // the publication or retraction commits (lib/data/webhooks.ts).
  if (transition.action === "approve") await enqueueClaimEvent(tx, "published", claim.id);
  if (transition.action === "retract") await enqueueClaimEvent(tx, "retracted", claim.id);
  // What is published changed: the records of the sources of this quantity are computed again.
  if (transition.action === "approve" || transition.action === "retract") await forgetSourceRecords(tx, claim);
  return success({
    id: after.id,
    status: after.status,
    rating: after.rating,
    version: after.version,
  });
}

// The fields a reviewer's decision touches, as they were and as they became.
const decisionOf = ({ reviewer, ...claim }: ClaimAtDecision) =>
  decisionSnapshot({ ...claim, reviewerId: reviewer?.id ?? null });

function loadForDecision(tx: Prisma.TransactionClient, claimId: string) {
  return tx.claim.findUnique({ where: { id: claimId }, select: DECISION_FIELDS });
}

/** in_review -> published, by a reviewer who did not write the claim (four eyes). */
export function approveClaim(actor: Actor, input: ApproveClaimInput, database: PrismaClient = db) {
  return decideInReview(actor, input, database, {
    action: "approve",
    data: { status: "published", reviewerId: actor.id, reviewedAt: new Date() },
    reason: null,
  });
}

/** in_review -> draft, back to its editor with the reviewer's note (required). */
export async function rejectClaim(
  actor: Actor,
  input: RejectClaimInput,
  database: PrismaClient = db,
): Promise<ActionResult<DecidedClaim>> {
  const note = input.note.trim();
  if (!note) return failure("invalid", t.fieldsNeedAttention, { fields: { note: NOTE_REQUIRED } });
  return decideInReview(actor, input, database, {
    action: "reject",
    data: { status: "draft", reviewNote: note, reviewerId: actor.id, reviewedAt: new Date() },
    reason: note,
  });
}

/** A reviewer's decision on a claim in review, checked and written in one transaction. */
function decideInReview(
  actor: Actor,
  input: { claimId: string; version: number },
  database: PrismaClient,
  decision: Omit<Transition, "from">,
) {
  return database.$transaction(async (tx): Promise<ActionResult<DecidedClaim>> => {
    const claim = await loadForDecision(tx, input.claimId);
    if (!claim) return NOT_FOUND;
    // Read in the decision's own transaction: an edit after this bumps the version, and the
    // conditional write below then refuses.
    const refusal = decisionRefusal(actor, claim, await changedSinceApproval(claim.id, tx), input.version);
    if (refusal) return refusal;
    return writeDecision(tx, actor, claim, input.version, { from: "in_review", ...decision });
  });
}

/** published -> retracted, with the reason readers will see (required). */
export function retractClaim(actor: Actor, input: RetractClaimInput, database: PrismaClient = db) {
  return database.$transaction(async (tx): Promise<ActionResult<DecidedClaim>> => {
    const reason = input.reason.trim();
    if (!reason) return failure("invalid", t.fieldsNeedAttention, { fields: { reason: REASON_REQUIRED } });
    const claim = await loadForDecision(tx, input.claimId);
    if (!claim) return NOT_FOUND;
    if (!may(actor.role, "review")) return failure("forbidden", t.reviewersRetract);
    if (claim.status !== "published") {
      return claim.status === "retracted"
        ? staleDecision(claim, "published")
        : failure("forbidden", t.onlyPublishedRetracted);
    }
    if (!mayRetractClaim(actor, forPolicy(claim))) return failure("forbidden", t.mayNotRetract);
    if (claim.version !== input.version) return staleDecision(claim, "published");
    return writeDecision(tx, actor, claim, input.version, {
      from: "published",
      action: "retract",
      data: { status: "retracted", retractionReason: reason },
      reason,
    });
  });
}

/**
 * A reviewer's rating of someone else's claim, in review or after, with the reason readers see
 * beside it (required for a verdict; "unverified" has none). The reason is the history entry's.
 */
export function rateClaim(actor: Actor, input: RateClaimInput, database: PrismaClient = db) {
  return database.$transaction(async (tx): Promise<ActionResult<DecidedClaim>> => {
    const explanation = input.rating === "unverified" ? null : input.ratingExplanation?.trim() || null;
    if (input.rating !== "unverified" && !explanation) {
      return failure("invalid", t.fieldsNeedAttention, { fields: { ratingExplanation: EXPLANATION_REQUIRED } });
    }
    const claim = await loadForDecision(tx, input.claimId);
    if (!claim) return NOT_FOUND;
    if (!may(actor.role, "review")) return failure("forbidden", t.reviewersRate);
    if (claim.authorId === actor.id) {
      return failure("forbidden", t.ownClaimRating);
    }
    if (claim.status === "draft") {
      return failure("forbidden", t.draftNotRated);
    }
    const changedBy = await changedSinceApproval(claim.id, tx);
    if (wroteOrChangedClaim(actor, forPolicy(claim, changedBy))) return failure("forbidden", t.changedItRating);
    if (!mayRateClaim(actor, forPolicy(claim, changedBy))) return failure("forbidden", t.mayNotRate);
    if (claim.version !== input.version) return staleDecision(claim, claim.status);
    // Choosing the rating and reason it already has changes nothing, so nothing is written.
    if (claim.rating === input.rating && claim.ratingExplanation === explanation) {
      return success({
        id: claim.id,
        status: claim.status,
        rating: claim.rating,
        version: claim.version,
      });
    }
    return writeDecision(tx, actor, claim, input.version, {
      from: claim.status,
      action: "rate",
      data: { rating: input.rating, ratingExplanation: explanation },
      reason: explanation,
    });
  });
}
