"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/auth/action-result";
import { formToObject, runAction } from "@/lib/auth/run-action";
import { approveClaim, rateClaim, rejectClaim, retractClaim, type DecidedClaim } from "@/lib/data/review";
import { approveClaimInput, rateClaimInput, rejectClaimInput, retractClaimInput } from "@/lib/validation/review";

// A reviewer's four decisions (app/review/[id]/page.tsx). Each runs who -> what -> may they -> do;
// the data layer applies the claim's own rules (four eyes, status, version) in the same write.
// On success the reviewer is sent on with a confirmation; a refusal is returned to the form.

export type ReviewActionState = ActionResult<DecidedClaim> | null;

const fieldsOf = (form: unknown) => (form instanceof FormData ? formToObject(form) : form);

export async function approveClaimAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const result = await runAction("review", approveClaimInput, fieldsOf(formData), (actor, input) =>
    approveClaim(actor, input),
  );
  if (result.ok) redirect(`/review?done=approved&claim=${encodeURIComponent(result.data.id)}`);
  return result;
}

export async function rejectClaimAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const result = await runAction("review", rejectClaimInput, fieldsOf(formData), (actor, input) =>
    rejectClaim(actor, input),
  );
  if (result.ok) redirect(`/review?done=rejected&claim=${encodeURIComponent(result.data.id)}`);
  return result;
}

export async function retractClaimAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const result = await runAction("review", retractClaimInput, fieldsOf(formData), (actor, input) =>
    retractClaim(actor, input),
  );
  if (result.ok) redirect(`/review/${encodeURIComponent(result.data.id)}?done=retracted`);
  return result;
}

export async function rateClaimAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const result = await runAction("review", rateClaimInput, fieldsOf(formData), (actor, input) =>
    rateClaim(actor, input),
  );
  if (result.ok) redirect(`/review/${encodeURIComponent(result.data.id)}?done=rated`);
  return result;
}
