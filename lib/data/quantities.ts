import "server-only";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuantityInput } from "@/lib/validation/newsroom";
import { db } from "./db";
import { QUANTITY_DEFINITION_FIELDS } from "./fields";
import { recordCreation } from "./history";
import { REFUSALS } from "@/lib/i18n/messages/refusals";

// Quantities: the numbers sources report about a story. Claims are compared within one quantity,
// so its scope (who, where, when, what is counted) is written down when it is created.

const QUANTITY_FIELDS = {
  ...QUANTITY_DEFINITION_FIELDS,
  storyId: true,
  version: true,
} satisfies Prisma.QuantitySelect;

export type QuantityRecord = Prisma.QuantityGetPayload<{ select: typeof QUANTITY_FIELDS }>;

/** Creates a quantity on an existing story, with its history entry in the same write. */
export async function createQuantity(
  actorId: string | null,
  input: QuantityInput,
): Promise<ActionResult<QuantityRecord>> {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: input.storyId }, select: { id: true } });
    if (!story) {
      return failure("not_found", REFUSALS.en.storyNotFound, {
        fields: { storyId: "Choose a story from the list." },
      });
    }
    const quantity = await tx.quantity.create({ data: input, select: QUANTITY_FIELDS });
    await recordCreation(tx, "quantity", quantity, actorId);
    return success(quantity);
  });
}

/** What a quantity picker shows: the quantity and the story it belongs to. */
export interface QuantityChoice {
  id: string;
  label: string;
  detail: string;
}

const CHOICE_FIELDS = {
  id: true,
  label: true,
  unit: true,
  scopePlace: true,
  story: { select: { title: true, date: true } },
} satisfies Prisma.QuantitySelect;

function toChoice(q: Prisma.QuantityGetPayload<{ select: typeof CHOICE_FIELDS }>): QuantityChoice {
  return { id: q.id, label: q.label, detail: `${q.story.title} · ${q.story.date}` };
}

/**
 * Quantities whose label or story title holds every word typed, the newest stories first:
 * search-as-you-type, so an editor reuses a quantity instead of making a second one.
 */
export async function searchQuantities(query: string, limit = 12): Promise<QuantityChoice[]> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 6);
  const found = await db.quantity.findMany({
    where: {
      AND: words.map((word) => ({
        OR: [{ label: { contains: word } }, { story: { title: { contains: word } } }, { scopeWho: { contains: word } }],
      })),
    },
    orderBy: [{ story: { date: "desc" } }, { createdAt: "asc" }],
    take: limit,
    select: CHOICE_FIELDS,
  });
  return found.map(toChoice);
}

/** One quantity as a picker shows it; null when there is none. */
export async function quantityChoice(quantityId: string): Promise<QuantityChoice | null> {
  const found = await db.quantity.findUnique({ where: { id: quantityId }, select: CHOICE_FIELDS });
  return found ? toChoice(found) : null;
}
