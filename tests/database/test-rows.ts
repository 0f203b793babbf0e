// Rows written straight into a test file's database (./test-database.ts), with no history and
// none of the app's checks: for the tests of what the public reads (pages, the open data, search),
// which need claims in every state, at known times.
import type { Role, SourceKind } from "@/lib/data/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./test-database";

/** Six letters and digits, for names no other test's rows share. */
export const rowTag = () => Math.random().toString(36).slice(2, 8);

/** An account that never signs in (its hash is no bcrypt hash). */
export const userRow = (email: string, role: Role = "editor", name = "Editor") =>
  db.user.create({ data: { email, name, role, passwordHash: "x".repeat(60) } });

/** A source keyed by its name in lower case, as the app keys it. */
export const sourceRow = (name: string, kind: SourceKind, country?: string) =>
  db.source.create({ data: { name, key: name.toLowerCase(), kind, ...(country === undefined ? {} : { country }) } });

type ClaimData = Prisma.ClaimUncheckedCreateInput;

/** A claim of "at least `value`" soldiers counted, in English, unless `data` says otherwise. */
export const claimRow = (data: Omit<ClaimData, "qualifier" | "kind" | "language"> & Partial<ClaimData>) =>
  db.claim.create({
    data: { low: data.value, high: null, qualifier: "at_least", kind: "count", language: "en", ...data },
  });

/** A story with one quantity: the quantity. */
export async function quantityRow(
  story: Prisma.StoryUncheckedCreateInput,
  quantity: Omit<Prisma.QuantityUncheckedCreateInput, "storyId">,
) {
  const { id: storyId } = await db.story.create({ data: story });
  return db.quantity.create({ data: { storyId, ...quantity } });
}

/** A write the history's append-only rule refuses: a reason added to an entry after the fact. */
export const rewriteHistoryEntry = (id: number) =>
  db.historyEntry.update({ where: { id }, data: { reason: "tidying up" } });
