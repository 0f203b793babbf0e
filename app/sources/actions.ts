"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { success, type ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import { createSource, mergeSources, type SourceRecord } from "@/lib/data/sources";
import { mergeSourcesInput, sourceInput } from "@/lib/validation/newsroom";

// Sources, from the sources page or from a claim form's source picker.
// Who -> what -> may they -> do (lib/auth/run-action.ts).

/** Creates a source, or hands back the one already there under the same name (`existed`). */
export async function createSourceAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ source: SourceRecord; existed: boolean }>> {
  return runAction("write_newsroom", sourceInput, formToObject(formData), async (actor, input) => {
    const created = await createSource(actor.id, input);
    if (!created.existed) revalidatePath("/sources");
    return success(created);
  });
}

/** Merges a source entered twice into the one kept: its claims move, its name becomes an alias. */
export async function mergeSourcesAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ intoId: string; movedClaims: number }>> {
  const result = await runAction("review", mergeSourcesInput, formToObject(formData), async (actor, input) => {
    const merged = await mergeSources(actor, input);
    if (!merged.ok) return merged;
    return success({ intoId: merged.data.source.id, movedClaims: merged.data.movedClaims });
  });
  if (!result.ok) return result;
  revalidatePath("/sources");
  redirect(`/sources?merged=${encodeURIComponent(result.data.intoId)}&moved=${result.data.movedClaims}`);
}
