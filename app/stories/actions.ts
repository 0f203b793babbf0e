"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { success, type ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import { createQuantity } from "@/lib/data/quantities";
import { createStory } from "@/lib/data/stories";
import { quantityInput, storyInput } from "@/lib/validation/newsroom";

// Stories and their quantities. Who -> what -> may they -> do (lib/auth/run-action.ts).

/** Creates a story, then opens it to add its quantities. */
export async function createStoryAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction("write_newsroom", storyInput, formToObject(formData), async (actor, input) => {
    const story = await createStory(actor.id, input);
    return success({ id: story.id });
  });
  if (!result.ok) return result;
  revalidatePath("/stories");
  redirect(`/stories/${result.data.id}?created=1`);
}

/** Adds a quantity to a story. */
export async function createQuantityAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ id: string; label: string }>> {
  return runAction("write_newsroom", quantityInput, formToObject(formData), async (actor, input) => {
    const created = await createQuantity(actor.id, input);
    if (!created.ok) return created;
    revalidatePath(`/stories/${input.storyId}`);
    return success({ id: created.data.id, label: created.data.label });
  });
}
