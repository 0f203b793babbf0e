// The verdict's words in a claim's schema.org ClaimReview (lib/public/claim-review.ts): the
// reviewer's rating, or, for a claim not rated, what the comparison with other sources shows.
import type { Messages } from "../locale";

const en = {
  ratings: { false: "False", misleading: "Misleading", disputed: "Disputed", confirmed: "Confirmed" },
  unrated: {
    superseded: "Not rated: the source later gave another figure",
    only: "Not rated: the only figure given so far",
    agree: "Not rated: the sources' figures agree",
    consistent: "Not rated: the sources' figures are compatible",
    revised: "Not rated: the toll was later revised upward",
    conflict: "Not rated: the sources' figures conflict",
  },
};

export type ClaimReviewMessages = typeof en;

// French puts a no-break space before the colon (lib/i18n/format.ts, withColon).
const fr: ClaimReviewMessages = {
  ratings: { false: "Faux", misleading: "Trompeur", disputed: "Contesté", confirmed: "Confirmé" },
  unrated: {
    superseded: "Non évalué\u00a0: la source a ensuite donné un autre chiffre",
    only: "Non évalué\u00a0: le seul chiffre donné jusqu'ici",
    agree: "Non évalué\u00a0: les chiffres des sources concordent",
    consistent: "Non évalué\u00a0: les chiffres des sources sont compatibles",
    revised: "Non évalué\u00a0: le bilan a ensuite été revu à la hausse",
    conflict: "Non évalué\u00a0: les chiffres des sources se contredisent",
  },
};

export const CLAIM_REVIEW_MESSAGES = { en, fr } satisfies Messages<ClaimReviewMessages>;
