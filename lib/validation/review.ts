import { z } from "zod";
import { recordId } from "./newsroom";

// What a reviewer's forms send, and all they may send: which claim, the version they saw, and
// the one field each decision sets. Everything else (who, when, the new status) the server decides.

export const MAX_NOTE_LENGTH = 2_000;

export const RATINGS = ["unverified", "confirmed", "disputed", "false", "misleading"] as const;
export type ClaimRating = (typeof RATINGS)[number];

const claimId = recordId("Choose a claim to decide on.", "This is not a claim of ours.");

// The version the reviewer saw: a decision on a claim that changed since is refused.
const version = z.coerce
  .number({ error: "Reload the page: we could not tell which version of the claim you saw." })
  .int("Reload the page: we could not tell which version of the claim you saw.")
  .min(1, "Reload the page: we could not tell which version of the claim you saw.")
  .max(Number.MAX_SAFE_INTEGER, "Reload the page: we could not tell which version of the claim you saw.");

const requiredText = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .max(MAX_NOTE_LENGTH, `Keep it under ${MAX_NOTE_LENGTH.toLocaleString("en")} characters.`);

export const NOTE_REQUIRED = "Write a note for the editor: what should they check or fix?";
export const REASON_REQUIRED = "Say why this claim is retracted: readers will see the reason.";

export const approveClaimInput = z.object({ claimId, version });

export const rejectClaimInput = z.object({ claimId, version, note: requiredText(NOTE_REQUIRED) });

export const retractClaimInput = z.object({
  claimId,
  version,
  reason: requiredText(REASON_REQUIRED),
});

// A rating's reason is short, as a verdict's line under a fact-check is: it is published beside
// the badge and in ClaimReview's ratingExplanation, which search engines show in one line or two.
export const MAX_RATING_EXPLANATION_LENGTH = 280;

export const EXPLANATION_REQUIRED = "Say why you rate it so: readers see the reason beside the rating.";

const ratingExplanation = z
  .string({ error: "The reason for the rating should be text." })
  .trim()
  .max(
    MAX_RATING_EXPLANATION_LENGTH,
    `Keep the reason under ${MAX_RATING_EXPLANATION_LENGTH} characters: it is published in one line or two.`,
  )
  .optional();

/**
 * A verdict is published with its reason, so a rating other than "unverified" without one is
 * refused. "Unverified" is no verdict: any reason sent with it is dropped (null), so taking a
 * rating back also takes its reason off the page.
 */
export function ratingExplanationFor(rating: ClaimRating, explanation: string | undefined): string | null {
  if (rating === "unverified") return null;
  return explanation ? explanation : null;
}

export const rateClaimInput = z
  .object({
    claimId,
    version,
    rating: z.enum(RATINGS, { error: "Choose one of the ratings in the list." }),
    ratingExplanation,
  })
  .superRefine((input, context) => {
    if (input.rating !== "unverified" && !input.ratingExplanation) {
      context.addIssue({ code: "custom", path: ["ratingExplanation"], message: EXPLANATION_REQUIRED });
    }
  })
  .transform((input) => ({ ...input, ratingExplanation: ratingExplanationFor(input.rating, input.ratingExplanation) }));

export type ApproveClaimInput = z.infer<typeof approveClaimInput>;
export type RejectClaimInput = z.infer<typeof rejectClaimInput>;
export type RetractClaimInput = z.infer<typeof retractClaimInput>;
export type RateClaimInput = z.output<typeof rateClaimInput>;
