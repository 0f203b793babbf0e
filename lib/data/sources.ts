import "server-only";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import type { Actor } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { REFUSALS } from "@/lib/i18n/messages/refusals";
import { sourceKey } from "@/lib/newsroom/source-key";
import type { MergeSourcesInput, SourceInput } from "@/lib/validation/newsroom";
import { isUniqueViolation } from "./database-faults";
import { db } from "./db";
import { SOURCE_PROFILE_FIELDS } from "./fields";
import { recordCreation, recordHistory } from "./history";
import { forgetSourceRecords } from "./source-records";

// Sources: who made a claim, or the outlet that relayed it. One source is one row: names are
// matched on their folded key (lib/newsroom/source-key.ts), so "OSDH" is never entered twice;
// a source merged into another lives on as an alias of it (SourceAlias), found by its name.

const t = REFUSALS.en;

const SOURCE_FIELDS = {
  ...SOURCE_PROFILE_FIELDS,
  version: true,
} satisfies Prisma.SourceSelect;

export type SourceRecord = Prisma.SourceGetPayload<{ select: typeof SOURCE_FIELDS }>;

export interface CreatedSource {
  source: SourceRecord;
  /** True when a source of that name was already there: it is returned, nothing is written. */
  existed: boolean;
}

/**
 * Creates a source, or returns the one already there under the same folded name. The existing
 * source is never changed by this: its kind, country and homepage stay as they were.
 */
export async function createSource(actorId: string | null, input: SourceInput): Promise<CreatedSource> {
  const key = sourceKey(input.name);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await sourceByKey(key, tx);
      if (existing) return { source: existing, existed: true };
      const source = await tx.source.create({ data: { ...input, key }, select: SOURCE_FIELDS });
      await recordCreation(tx, "source", source, actorId);
      return { source, existed: false };
    });
  } catch (error) {
    // Two editors adding the same source at once: the unique key keeps one, both get it.
    if (isUniqueViolation(error)) {
      const source = await sourceByKey(key);
      if (source) return { source, existed: true };
    }
    throw error;
  }
}

/** The source under this folded name, as its name or as an alias (the name of a source merged into it). */
async function sourceByKey(key: string, database: Prisma.TransactionClient = db): Promise<SourceRecord | null> {
  const named = await database.source.findUnique({ where: { key }, select: SOURCE_FIELDS });
  if (named) return named;
  const alias = await database.sourceAlias.findUnique({
    where: { key },
    select: { source: { select: SOURCE_FIELDS } },
  });
  return alias?.source ?? null;
}

/** The source stored under the folded form of `name`, or that name's alias, if any. */
export function sourceNamed(name: string): Promise<SourceRecord | null> {
  return sourceByKey(sourceKey(name));
}

export interface SourceListing extends SourceRecord {
  claimCount: number;
  /** The names of sources merged into it. */
  aliases: string[];
}

/**
 * Sources whose name holds every word typed, accents and capitals aside ("observatoire" finds
 * "Observatoire syrien…"), in name order. An empty query lists them all, up to `limit`.
 */
export async function searchSources(query: string, limit = 12): Promise<SourceListing[]> {
  const words = sourceKey(query).split(" ").filter(Boolean).slice(0, 6);
  const matches = words.map((word) => ({ key: { contains: word } }));
  const found = await db.source.findMany({
    // "OSDH", merged into the Syrian Observatory, still finds it.
    where: words.length ? { OR: [{ AND: matches }, { aliases: { some: { AND: matches } } }] } : {},
    orderBy: { name: "asc" },
    take: limit,
    select: {
      ...SOURCE_FIELDS,
      _count: { select: { claims: true } },
      aliases: { orderBy: { createdAt: "asc" }, select: { name: true } },
    },
  });
  return found.map(({ _count, aliases, ...source }) => ({
    ...source,
    claimCount: _count.claims,
    aliases: aliases.map((alias) => alias.name),
  }));
}

/** One source as a picker shows it; null when there is none. */
export function sourceById(sourceId: string): Promise<SourceRecord | null> {
  return db.source.findUnique({ where: { id: sourceId }, select: SOURCE_FIELDS });
}

/** Where a merged source's old address leads: the id of the source it was merged into, if it was. */
export async function mergedSourceId(formerId: string): Promise<string | null> {
  const alias = await db.sourceAlias.findUnique({ where: { formerId }, select: { sourceId: true } });
  return alias?.sourceId ?? null;
}

/** The other names of a source (sources merged into it), in the order they were merged. */
export function aliasesOf(sourceId: string): Promise<{ name: string }[]> {
  return db.sourceAlias.findMany({ where: { sourceId }, orderBy: { createdAt: "asc" }, select: { name: true } });
}

export interface MergedSources {
  source: SourceRecord;
  /** The claims that now name it instead of the merged source (as source or as relay). */
  movedClaims: number;
}

/**
 * Merges two entries for one source ("OSDH" and "Syrian Observatory for Human Rights"), in one
 * transaction: `from`'s claims (as source or as relay) move to `into`, each with its history entry;
 * `from`'s name and aliases become `into`'s aliases, its old address leads to `into`; `from` is
 * gone from every list, its history kept. `from` must be at the version the person saw. A claim
 * relayed by the source it would now come from loses the relay: a source does not relay itself.
 */
export async function mergeSources(actor: Actor, input: MergeSourcesInput): Promise<ActionResult<MergedSources>> {
  return db.$transaction(async (tx) => {
    const [from, into] = await Promise.all(
      [input.fromId, input.intoId].map((id) =>
        tx.source.findUnique({ where: { id }, select: { ...SOURCE_FIELDS, key: true } }),
      ),
    );
    if (!from || !into) return failure("not_found", t.sourceNotFound);
    // The merged source as the person saw it: renamed or changed since, they look again.
    if (from.version !== input.fromVersion) return failure("conflict", t.sourceChanged(from.name));
    const reason = input.reason || null;
    const claims = await tx.claim.findMany({
      where: { OR: [{ sourceId: from.id }, { relayedById: from.id }] },
      orderBy: { id: "asc" },
      select: { id: true, sourceId: true, relayedById: true, quantityId: true, status: true },
    });
    for (const claim of claims) {
      const sourceId = claim.sourceId === from.id ? into.id : claim.sourceId;
      const relayed = claim.relayedById === from.id ? into.id : claim.relayedById;
      const relayedById = relayed === sourceId ? null : relayed;
      // The version moves on: an edit opened before the merge, naming the merged source, is stale.
      await tx.claim.update({ where: { id: claim.id }, data: { sourceId, relayedById, version: { increment: 1 } } });
      await recordHistory(tx, {
        entityType: "claim",
        entityId: claim.id,
        action: "update",
        actorId: actor.id,
        before: { sourceId: claim.sourceId, relayedById: claim.relayedById },
        after: { sourceId, relayedById },
        reason: reason ?? `Sources merged: ${from.name} into ${into.name}`,
      });
    }
    const aliases = await tx.sourceAlias.findMany({ where: { sourceId: from.id }, select: { name: true } });
    await tx.sourceAlias.updateMany({ where: { sourceId: from.id }, data: { sourceId: into.id } });
    // The name's key is the merged row's until it goes: delete first, then the alias takes it.
    await tx.source.delete({ where: { id: from.id } });
    await tx.sourceAlias.create({ data: { sourceId: into.id, name: from.name, key: from.key, formerId: from.id } });
    const merged = await tx.source.update({
      where: { id: into.id },
      data: { version: { increment: 1 } },
      select: SOURCE_FIELDS,
    });
    const aliasNames = [...aliases.map((alias) => alias.name), from.name];
    await recordHistory(tx, {
      entityType: "source",
      entityId: from.id,
      action: "merge",
      actorId: actor.id,
      before: from,
      after: { mergedIntoId: into.id },
      reason,
    });
    await recordHistory(tx, {
      entityType: "source",
      entityId: into.id,
      action: "merge",
      actorId: actor.id,
      before: into,
      after: { ...merged, aliasesAdded: aliasNames, mergedSourceId: from.id, movedClaims: claims.length },
      reason,
    });
    // The public records of every source speaking about a quantity whose figures changed hands.
    const published = claims.filter((claim) => claim.status === "published" || claim.status === "retracted");
    for (const quantityId of [...new Set(published.map((claim) => claim.quantityId))].sort())
      await forgetSourceRecords(tx, { quantityId, sourceId: into.id });
    return success({ source: merged, movedClaims: claims.length });
  });
}
