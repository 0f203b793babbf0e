"use server";

import { revalidatePath } from "next/cache";
import { success, type ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import { createSource, type SourceRecord } from "@/lib/data/sources";
import { sourceInput } from "@/lib/validation/newsroom";

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
