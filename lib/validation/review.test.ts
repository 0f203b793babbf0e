import { describe, expect, it } from "vitest";
import { EXPLANATION_REQUIRED, MAX_RATING_EXPLANATION_LENGTH, rateClaimInput } from "./review";

// What the rating form may send: a rating, and for every verdict the reason readers see beside it.

const rate = (fields: Record<string, unknown>) =>
  rateClaimInput.safeParse({ claimId: "claim1", version: "3", ...fields });

const fieldErrors = (result: ReturnType<typeof rate>) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("a reviewer's rating", () => {
  it("keeps a verdict's reason, trimmed", () => {
    const result = rate({ rating: "disputed", ratingExplanation: "  The ministry says 33.\n" });
    expect(result.data).toEqual({
      claimId: "claim1",
      version: 3,
      rating: "disputed",
      ratingExplanation: "The ministry says 33.",
    });
  });

  it.each(["confirmed", "disputed", "false", "misleading"])(
    "refuses %s without a reason, saying readers see it",
    (rating) => {
      for (const ratingExplanation of [undefined, "", "   \n"]) {
        expect(fieldErrors(rate({ rating, ratingExplanation }))).toEqual({ ratingExplanation: EXPLANATION_REQUIRED });
      }
    },
  );

  it("takes unverified without a reason, and drops one sent with it: it is no verdict", () => {
    expect(rate({ rating: "unverified" }).data?.ratingExplanation).toBeNull();
    expect(rate({ rating: "unverified", ratingExplanation: "Was disputed." }).data?.ratingExplanation).toBeNull();
  });

  it("refuses a reason too long to print beside a badge, or one that is not text", () => {
    const long = "x".repeat(MAX_RATING_EXPLANATION_LENGTH + 1);
    expect(fieldErrors(rate({ rating: "false", ratingExplanation: long })).ratingExplanation).toMatch(
      /^Keep the reason under 280 characters/,
    );
    expect(rate({ rating: "false", ratingExplanation: "x".repeat(MAX_RATING_EXPLANATION_LENGTH) }).success).toBe(true);
    expect(fieldErrors(rate({ rating: "false", ratingExplanation: ["a", "b"] })).ratingExplanation).toBe(
      "The reason for the rating should be text.",
    );
  });

  it("drops fields the server decides", () => {
    const result = rate({ rating: "false", ratingExplanation: "Wrong.", status: "published", reviewerId: "me" });
    expect(Object.keys(result.data ?? {}).sort()).toEqual(["claimId", "rating", "ratingExplanation", "version"]);
  });
});
