// A reviewer's rating as readers see it on the public pages (components/public/claim-rating.tsx):
// the rating's name is ClaimReview's own (./claim-review.ts), so the page and the JSON-LD say
// the same word; these are the words around it.
import type { Messages } from "../locale";

const en = {
  ourRating: "Our rating",
  ratedColon: "Rated:",
};

export type RatingMessages = typeof en;

// French puts a no-break space before the colon (lib/i18n/format.ts, withColon).
const fr: RatingMessages = {
  ourRating: "Notre évaluation",
  ratedColon: "Évaluation\u00a0:",
};

export const RATING_MESSAGES = { en, fr } satisfies Messages<RatingMessages>;
