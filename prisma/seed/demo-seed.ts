import "server-only";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/policy";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { sourceKey } from "@/lib/newsroom/source-key";
import {
  DEMO_ACCOUNTS,
  DEMO_QUANTITIES,
  DEMO_STORY,
  demoFigure,
  SOURCES,
  type DemoClaim,
  type DemoSource,
  type SourceName,
} from "./demo-story";
import { figureColumns } from "@/lib/data/fields";
import { decisionSnapshot, recordCreation, recordHistory } from "@/lib/data/history";
import { forgetSourceRecords } from "@/lib/data/source-records";

// Writes the Idlib demo (./demo-story.ts) into an empty newsroom, as the newsroom itself
// would have: every row with its history entry, in one transaction.

type Transaction = Prisma.TransactionClient;

export interface DemoAccount {
  role: Role;
  email: string;
  name: string;
  /** The generated password, shown once; null when the account already existed. */
  password: string | null;
}

export type DemoSeedResult = { seeded: false } | { seeded: true; accounts: DemoAccount[] };

/**
 * Seeds the Idlib demo when the database holds no story yet, and does nothing otherwise. The demo
 * accounts get generated passwords, returned here to be shown once; an account whose email is
 * already taken is kept as it is. Everything is written in one transaction with its history.
 */
export async function seedDemo(db: PrismaClient): Promise<DemoSeedResult> {
  if ((await db.story.count()) > 0) return { seeded: false };
  // Hashing takes a quarter of a second per password: done before the write lock is taken.
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map(async (account) => {
      const password = generatePassword();
      return { ...account, password, passwordHash: await hashPassword(password) };
    }),
  );
  return db.$transaction(
    async (tx): Promise<DemoSeedResult> => {
      if ((await tx.story.count()) > 0) return { seeded: false };
      const people = await Promise.all(accounts.map((account) => ensureAccount(tx, account)));
      const [editor, reviewer] = people;
      if (!editor || !reviewer) throw new Error("The demo needs an editor and a reviewer.");
      await writeStory(tx, editor.id, reviewer.id);
      return {
        seeded: true,
        accounts: people.map(({ role, email, name, password }) => ({
          role,
          email,
          name,
          password,
        })),
      };
    },
    { timeout: 30_000 },
  );
}

async function ensureAccount(
  tx: Transaction,
  account: DemoAccount & { password: string; passwordHash: string },
): Promise<DemoAccount & { id: string }> {
  const { passwordHash, ...shown } = account;
  const existing = await tx.user.findUnique({ where: { email: account.email } });
  if (existing) return { ...shown, id: existing.id, name: existing.name, role: existing.role, password: null };
  const user = await tx.user.create({
    data: { email: account.email, name: account.name, role: account.role, passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
  await recordCreation(tx, "user", user, null);
  return { ...shown, id: user.id };
}

async function writeStory(tx: Transaction, editorId: string, reviewerId: string): Promise<void> {
  const story = await tx.story.create({ data: DEMO_STORY });
  await recordCreation(tx, "story", story, editorId);

  const sourceIds = new Map<SourceName, string>();
  for (const [name, source] of Object.entries(SOURCES) as [SourceName, DemoSource][]) {
    sourceIds.set(name, await ensureSource(tx, source, editorId));
  }
  const sourceId = (name: SourceName) => {
    const id = sourceIds.get(name);
    if (!id) throw new Error(`Demo source ${name} was not written.`);
    return id;
  };

  for (const { claims, ...fields } of DEMO_QUANTITIES) {
    const quantity = await tx.quantity.create({ data: { ...fields, storyId: story.id } });
    await recordCreation(tx, "quantity", quantity, editorId);
    for (const claim of claims) {
      await writePublishedClaim(tx, {
        claim,
        quantityId: quantity.id,
        sourceId: sourceId(claim.source),
        relayedById: claim.relayedBy ? sourceId(claim.relayedBy) : null,
        editorId,
        reviewerId,
      });
    }
  }
}

async function ensureSource(tx: Transaction, source: DemoSource, editorId: string): Promise<string> {
  const key = sourceKey(source.name);
  const existing = await tx.source.findUnique({ where: { key }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.source.create({ data: { ...source, key } });
  await recordCreation(tx, "source", created, editorId);
  return created.id;
}

interface ClaimToWrite {
  claim: DemoClaim;
  quantityId: string;
  sourceId: string;
  relayedById: string | null;
  editorId: string;
  reviewerId: string;
}

/**
 * A claim taken through the workflow as the newsroom would, each step with its history entry as
 * lib/data writes it: created and submitted by the editor, approved then rated by the reviewer.
 */
async function writePublishedClaim(tx: Transaction, input: ClaimToWrite): Promise<void> {
  const { claim, editorId, reviewerId } = input;
  const figure = demoFigure(claim);
  const draft = await tx.claim.create({
    data: {
      quantityId: input.quantityId,
      sourceId: input.sourceId,
      relayedById: input.relayedById,
      ...figureColumns(figure),
      sentence: claim.sentence,
      language: claim.language,
      articleUrl: claim.articleUrl,
      publisher: claim.publisher,
      headline: claim.headline,
      publishedAt: new Date(claim.publishedAt),
      reportedAt: new Date(claim.reportedAt),
      authorId: editorId,
    },
  });
  const history = { entityType: "claim", entityId: draft.id } as const;
  await recordHistory(tx, { ...history, action: "create", actorId: editorId, after: draft });

  const submitted = await tx.claim.update({
    where: { id: draft.id },
    data: { status: "in_review", submittedAt: new Date(), version: { increment: 1 } },
  });
  await recordHistory(tx, {
    ...history,
    action: "submit",
    actorId: editorId,
    before: { status: draft.status, submittedAt: null, version: draft.version },
    after: {
      status: submitted.status,
      submittedAt: submitted.submittedAt?.toISOString() ?? null,
      version: submitted.version,
    },
  });

  const published = await tx.claim.update({
    where: { id: draft.id },
    data: { status: "published", reviewerId, reviewedAt: new Date(), version: { increment: 1 } },
  });
  await recordHistory(tx, {
    ...history,
    action: "approve",
    actorId: reviewerId,
    before: decisionSnapshot(submitted),
    after: decisionSnapshot(published),
  });
  await forgetSourceRecords(tx, published);

  if (claim.rating === published.rating) return;
  const rated = await tx.claim.update({
    where: { id: draft.id },
    data: { rating: claim.rating, version: { increment: 1 } },
  });
  await recordHistory(tx, {
    ...history,
    action: "rate",
    actorId: reviewerId,
    before: decisionSnapshot(published),
    after: decisionSnapshot(rated),
  });
}
