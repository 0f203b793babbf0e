import "server-only";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import { mayEditClaim, type Actor } from "@/lib/auth/policy";
import { findFigures } from "@/lib/figures";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maySubmitClaim } from "@/lib/newsroom/claim-rules";
import { claimFormValues, type ClaimFormValues } from "@/lib/newsroom/claim-form-values";
import { sentenceAround } from "@/lib/reading/sentence-around";
import {
  MAX_SENTENCE_LENGTH,
  type ClaimDraftInput,
  type ClaimUpdateInput,
  type PastedArticleInput,
  type SubmitClaimInput,
} from "@/lib/validation/newsroom";
import { db } from "./db";
import { FIGURE_FIELDS, figureColumns, PUBLICATION_FIELDS, WORKFLOW_FIELDS } from "./fields";
import { readableHistory, recordCreation, recordHistory, type ReadableHistory } from "./history";
import { REFUSALS } from "@/lib/i18n/messages/refusals";

// Staff pages are English for now (lib/i18n/messages/refusals.ts).
const t = REFUSALS.en;

// An editor's claims: log a draft (one sentence, or many from a pasted article), edit it, send
// it for review. Every write checks the claim is still in the status and at the version the
// editor started from, and writes its history entry in the same transaction.

type Transaction = Prisma.TransactionClient;
type Refusal = ReturnType<typeof failure>;

/** The fields an edit may change, and the history of an edit records. */
const EDITABLE_FIELDS = {
  sentence: true,
  language: true,
  quote: true,
  ...FIGURE_FIELDS,
  quantityId: true,
  sourceId: true,
  relayedById: true,
  ...PUBLICATION_FIELDS,
} satisfies Prisma.ClaimSelect;

const NOT_FOUND: Refusal = failure("not_found", t.claimNotFound);

// ---------------------------------------------------------------------------------------------
// Checks shared by every write

interface References {
  quantityId: string;
  sourceId: string;
  relayedById: string | null;
}

/** Messages for the quantity, source or outlet that is not (or no longer) in the database. */
async function missingReferences(tx: Transaction, refs: References[], prefix: (index: number) => string = () => "") {
  const quantityIds = [...new Set(refs.map((r) => r.quantityId))];
  const sourceIds = [...new Set(refs.flatMap((r) => (r.relayedById ? [r.sourceId, r.relayedById] : [r.sourceId])))];
  const [quantities, sources] = await Promise.all([
    tx.quantity.findMany({ where: { id: { in: quantityIds } }, select: { id: true } }),
    tx.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true } }),
  ]);
  const knownQuantities = new Set(quantities.map((q) => q.id));
  const knownSources = new Set(sources.map((s) => s.id));
  const fields: Record<string, string> = {};
  refs.forEach((ref, index) => {
    const at = prefix(index);
    if (!knownQuantities.has(ref.quantityId)) fields[`${at}quantityId`] = t.quantityNotListed;
    if (!knownSources.has(ref.sourceId)) fields[`${at}sourceId`] = t.sourceNotListed;
    if (ref.relayedById && !knownSources.has(ref.relayedById)) fields[`${at}relayedById`] = t.outletNotListed;
  });
  return fields;
}

const invalidReferences = (fields: Record<string, string>): Refusal => failure("invalid", t.choicesGone, { fields });

// ---------------------------------------------------------------------------------------------
// Creating drafts

/** A new draft by `actorId`; `reason` says how it came, when not through the form ("Through the API token …"). */
export async function createDraftClaim(
  actorId: string,
  input: ClaimDraftInput,
  reason: string | null = null,
): Promise<ActionResult<{ id: string }>> {
  return db.$transaction((tx) => createDraftClaimIn(tx, actorId, input, reason));
}

/** The draft and its history entry, inside a transaction the caller holds (the API's, with its Idempotency-Key). */
export async function createDraftClaimIn(
  tx: Prisma.TransactionClient,
  actorId: string,
  input: ClaimDraftInput,
  reason: string | null,
): Promise<ActionResult<{ id: string }>> {
  const missing = await missingReferences(tx, [input]);
  if (Object.keys(missing).length > 0) return invalidReferences(missing);
  return success({ id: await insertDraft(tx, actorId, input, reason) });
}

/** Writes a draft by `actorId` and its history entry ("after": its status, version and editable fields); its id. */
async function insertDraft(
  tx: Transaction,
  actorId: string,
  data: Omit<Prisma.ClaimUncheckedCreateInput, "status" | "authorId">,
  reason: string | null,
): Promise<string> {
  const claim = await tx.claim.create({
    data: { ...data, status: "draft", authorId: actorId },
    select: { id: true, status: true, version: true, ...EDITABLE_FIELDS },
  });
  await recordCreation(tx, "claim", claim, actorId, reason);
  return claim.id;
}

/**
 * Saves the figures kept from a pasted article as drafts, all or none. The figures are read again
 * here from the article text, at the places the editor ticked: what is stored is what the engine
 * reads in the article, not what a browser says it read.
 */
export async function createDraftsFromArticle(
  actorId: string,
  input: PastedArticleInput,
): Promise<ActionResult<{ ids: string[] }>> {
  const found = findFigures(input.articleText, input.language);
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  const drafts = input.figures.map((kept, index) => {
    const figure = found.find((f) => f.start === kept.start && f.end === kept.end);
    const place = `${kept.start}:${kept.end}`;
    if (!figure) fields[`figures.${index}.figure`] = t.figureGone;
    else if (seen.has(place)) fields[`figures.${index}.figure`] = t.figureTickedTwice;
    seen.add(place);
    return { kept, figure };
  });
  if (Object.keys(fields).length > 0) return failure("invalid", t.figuresNeedAttention, { fields });

  return db.$transaction(async (tx) => {
    const missing = await missingReferences(
      tx,
      input.figures.map((f) => ({
        quantityId: f.quantityId,
        sourceId: f.sourceId,
        relayedById: input.relayedById,
      })),
      (index) => `figures.${index}.`,
    );
    // The outlet is one field of the article, not of each row.
    for (const key of Object.keys(missing)) {
      if (key.endsWith(".relayedById")) {
        missing.relayedById = missing[key] as string;
        delete missing[key];
      }
    }
    if (Object.keys(missing).length > 0) return invalidReferences(missing);

    const ids: string[] = [];
    for (const { kept, figure } of drafts) {
      if (!figure) continue;
      const around = sentenceAround(
        input.articleText,
        figure.start,
        figure.end,
        MAX_SENTENCE_LENGTH / 2 - figure.quote.length,
      );
      const id = await insertDraft(
        tx,
        actorId,
        {
          quantityId: kept.quantityId,
          sourceId: kept.sourceId,
          relayedById: input.relayedById,
          ...figureColumns(figure),
          sentence: `${around.before}${around.quote}${around.after}`,
          language: input.language,
          articleUrl: input.articleUrl,
          archiveUrl: input.archiveUrl,
          publisher: input.publisher,
          headline: input.headline,
          publishedAt: input.publishedAt,
          articleText: input.articleText,
          reportedAt: input.reportedAt,
        },
        "From a pasted article",
      );
      ids.push(id);
    }
    return success({ ids });
  });
}

// ---------------------------------------------------------------------------------------------
// Editing and submitting

/** What a stale edit shows: the claim as saved now, in the form's terms, and who saved it. */
export interface CurrentClaim {
  version: number;
  status: string;
  values: ClaimFormValues;
  labels: { quantity: string; source: string; relayedBy: string | null };
  savedBy: string | null;
  savedById: string | null;
  savedAt: string;
}

async function currentClaim(tx: Transaction | typeof db, claimId: string): Promise<CurrentClaim | null> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      ...EDITABLE_FIELDS,
      version: true,
      status: true,
      updatedAt: true,
      quantity: { select: { label: true } },
      source: { select: { name: true } },
      relayedBy: { select: { name: true } },
    },
  });
  if (!claim) return null;
  const last = await tx.historyEntry.findFirst({
    where: { entityType: "claim", entityId: claimId },
    orderBy: { id: "desc" },
    select: { actor: { select: { id: true, name: true } } },
  });
  return {
    version: claim.version,
    status: claim.status,
    values: claimFormValues(claim),
    labels: {
      quantity: claim.quantity.label,
      source: claim.source.name,
      relayedBy: claim.relayedBy?.name ?? null,
    },
    savedBy: last?.actor?.name ?? null,
    savedById: last?.actor?.id ?? null,
    savedAt: claim.updatedAt.toISOString(),
  };
}

/** The refusal for an edit or a submission that started from an older version. */
function staleRefusal(current: CurrentClaim, doing: "edit" | "submit", actorId: string): Refusal {
  const who = t.savedBy(current.savedBy, current.savedById === actorId);
  const message =
    current.status !== "draft"
      ? t.noLongerDraft(t.claimStatus[current.status as keyof typeof t.claimStatus] ?? current.status)
      : doing === "edit"
        ? t.changedWhileEditing(who)
        : t.changedSinceOpened(who);
  return failure("conflict", message, { current });
}

/**
 * Saves an edit to a draft, if it still is a draft at the version the person started from and
 * they may edit it (its author, or a reviewer). A stale edit changes nothing and is answered
 * with the claim as it is now.
 */
export async function updateDraftClaim(
  actor: Actor,
  input: ClaimUpdateInput,
): Promise<ActionResult<{ id: string; version: number }>> {
  const { claimId, version, ...changes } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: claimId },
      select: { ...EDITABLE_FIELDS, authorId: true, status: true, version: true },
    });
    if (!before) return NOT_FOUND;
    if (!mayEditClaim(actor, before)) {
      if (before.status !== "draft") {
        const current = await currentClaim(tx, claimId);
        if (current) return staleRefusal(current, "edit", actor.id);
      }
      return failure("forbidden", t.editorsOnly);
    }
    const missing = await missingReferences(tx, [changes]);
    if (Object.keys(missing).length > 0) return invalidReferences(missing);

    const written = await tx.claim.updateMany({
      where: { id: claimId, version, status: "draft" },
      data: { ...changes, version: { increment: 1 } },
    });
    if (written.count === 0) {
      const current = await currentClaim(tx, claimId);
      return current ? staleRefusal(current, "edit", actor.id) : NOT_FOUND;
    }

    const changedBefore: Record<string, unknown> = {};
    const changedAfter: Record<string, unknown> = {};
    for (const key of Object.keys(EDITABLE_FIELDS) as (keyof typeof EDITABLE_FIELDS)[]) {
      const was = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
      const now = changes[key] instanceof Date ? (changes[key] as Date).toISOString() : changes[key];
      if (was !== now) {
        changedBefore[key] = was;
        changedAfter[key] = now;
      }
    }
    await recordHistory(tx, {
      entityType: "claim",
      entityId: claimId,
      action: "update",
      actorId: actor.id,
      before: { ...changedBefore, version },
      after: { ...changedAfter, version: version + 1 },
    });
    return success({ id: claimId, version: version + 1 });
  });
}

/**
 * Sends a draft to review: draft -> in_review, only by its author and only from the version they
 * saw. The reviewer's earlier note stays on the claim and in its history.
 */
export async function submitClaim(
  actor: Actor,
  input: SubmitClaimInput,
): Promise<ActionResult<{ id: string; version: number }>> {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { authorId: true, status: true, version: true, submittedAt: true },
    });
    if (!claim) return NOT_FOUND;
    if (claim.status !== "draft") {
      const current = await currentClaim(tx, input.claimId);
      return current ? staleRefusal(current, "submit", actor.id) : NOT_FOUND;
    }
    if (!maySubmitClaim(actor, claim)) return failure("forbidden", t.authorSubmits);

    const submittedAt = new Date();
    const written = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version, status: "draft" },
      data: { status: "in_review", submittedAt, version: { increment: 1 } },
    });
    if (written.count === 0) {
      const current = await currentClaim(tx, input.claimId);
      return current ? staleRefusal(current, "submit", actor.id) : NOT_FOUND;
    }
    await recordHistory(tx, {
      entityType: "claim",
      entityId: input.claimId,
      action: "submit",
      actorId: actor.id,
      before: {
        status: "draft",
        submittedAt: claim.submittedAt?.toISOString() ?? null,
        version: input.version,
      },
      after: {
        status: "in_review",
        submittedAt: submittedAt.toISOString(),
        version: input.version + 1,
      },
    });
    return success({ id: input.claimId, version: input.version + 1 });
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

const CLAIM_FIELDS = {
  ...EDITABLE_FIELDS,
  id: true,
  ...WORKFLOW_FIELDS,
  articleText: true,
  authorId: true,
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
  quantity: {
    select: {
      id: true,
      label: true,
      unit: true,
      cumulative: true,
      story: { select: { id: true, title: true, slug: true, date: true } },
    },
  },
  source: { select: { id: true, name: true, kind: true, country: true, homepage: true } },
  relayedBy: { select: { id: true, name: true, kind: true, country: true, homepage: true } },
} satisfies Prisma.ClaimSelect;

export type StaffClaim = Prisma.ClaimGetPayload<{ select: typeof CLAIM_FIELDS }>;
export type ClaimHistory = ReadableHistory;

/** One claim as the newsroom sees it, whatever its status, with its history oldest first. */
export async function claimWithHistory(claimId: string): Promise<{ claim: StaffClaim; history: ClaimHistory } | null> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: CLAIM_FIELDS });
  if (!claim) return null;
  return { claim, history: await readableHistory("claim", claimId) };
}

export const LISTED_FIELDS = {
  id: true,
  quote: true,
  ...FIGURE_FIELDS,
  status: true,
  reviewNote: true,
  submittedAt: true,
  reviewedAt: true,
  updatedAt: true,
  version: true,
  quantity: { select: { id: true, label: true, story: { select: { title: true } } } },
  source: { select: { id: true, name: true } },
  reviewer: { select: { name: true } },
} satisfies Prisma.ClaimSelect;

export type ListedClaim = Prisma.ClaimGetPayload<{ select: typeof LISTED_FIELDS }>;

export interface EditorDashboard {
  /** Drafts never sent back: still being written. */
  drafts: ListedClaim[];
  /** Drafts a reviewer sent back with a note, to fix and resubmit. */
  sentBack: ListedClaim[];
  /** Submitted and waiting for a reviewer. */
  inReview: ListedClaim[];
  /** The ten most recently published: the outcome of the editor's latest work. */
  recentlyPublished: ListedClaim[];
  /** How many claims each list holds in all: a list shows at most DASHBOARD_LIST_SIZE of them. */
  counts: { drafts: number; sentBack: number; inReview: number };
}

/** The most a dashboard list shows: one import can give an editor thousands of drafts. */
export const DASHBOARD_LIST_SIZE = 100;

/**
 * An editor's own claims, by where they stand in the workflow, each list bounded, with its full
 * count. Index: Claim(authorId, status, updatedAt).
 */
export async function editorDashboard(actorId: string): Promise<EditorDashboard> {
  const draft = { authorId: actorId, status: "draft" } as const;
  const writing = { ...draft, reviewNote: null };
  const sentBackWhere = { ...draft, reviewNote: { not: null } };
  const inReviewWhere = { authorId: actorId, status: "in_review" } as const;
  const list = { take: DASHBOARD_LIST_SIZE, select: LISTED_FIELDS };
  const [drafts, sentBack, inReview, recentlyPublished, draftCount, sentBackCount, inReviewCount] = await Promise.all([
    db.claim.findMany({ where: writing, orderBy: { updatedAt: "desc" }, ...list }),
    db.claim.findMany({ where: sentBackWhere, orderBy: { updatedAt: "desc" }, ...list }),
    db.claim.findMany({ where: inReviewWhere, orderBy: { submittedAt: "asc" }, ...list }),
    db.claim.findMany({
      where: { authorId: actorId, status: "published" },
      orderBy: { reviewedAt: "desc" },
      take: 10,
      select: LISTED_FIELDS,
    }),
    db.claim.count({ where: writing }),
    db.claim.count({ where: sentBackWhere }),
    db.claim.count({ where: inReviewWhere }),
  ]);
  return {
    drafts,
    sentBack,
    inReview,
    recentlyPublished,
    counts: { drafts: draftCount, sentBack: sentBackCount, inReview: inReviewCount },
  };
}

/** How many claims wait for a reviewer, for the dashboard's link to the queue. */
export function reviewQueueCount(): Promise<number> {
  return db.claim.count({ where: { status: "in_review" } });
}

/** The claim's edit form's names for its choices: the quantity, the source and the outlet. */
export function claimFormChoices(claim: Pick<StaffClaim, "quantity" | "source" | "relayedBy">) {
  return {
    quantity: {
      id: claim.quantity.id,
      label: claim.quantity.label,
      detail: `${claim.quantity.story.title} · ${claim.quantity.story.date}`,
    },
    source: { id: claim.source.id, label: claim.source.name, detail: claim.source.country },
    relayedBy: claim.relayedBy
      ? { id: claim.relayedBy.id, label: claim.relayedBy.name, detail: claim.relayedBy.country }
      : null,
  };
}
