// The names the newsroom's lists and forms give the values it stores: languages, measures,
// headline policies, kinds of source and figure, roles, webhook events and ratings. English for
// now, as every staff catalogue.
import { englishOnly } from "../../locale";
import { sourceMessages } from "../source";

export const LABEL_MESSAGES = englishOnly({
  languages: { en: "English", fr: "French" },
  measures: {
    killed: "Killed",
    injured: "Injured",
    killed_and_injured: "Killed and injured",
    missing: "Missing",
    displaced: "Displaced",
    other: "Something else",
  },
  headlinePolicies: {
    consensus: "Consensus: the interval every current claim allows",
    range: "Range: lowest to highest current figure",
    conservative: "Conservative: the lowest current figure",
  },
  /** The same names as a source's public page gives. */
  sourceKinds: sourceMessages.en.kinds,
  figureKinds: { count: "Count", percent: "Percentage", money: "Money", measure: "Measure" },
  claimStatuses: { draft: "Draft", in_review: "In review", published: "Published", retracted: "Retracted" },
  roles: { editor: "Editor", reviewer: "Reviewer", admin: "Admin" },
  webhookEvents: { published: "A claim is published", retracted: "A claim is retracted" },
  /** Each rating as the reviewer's list shows it, with what it means (ClaimReview's reviewRating). */
  ratings: {
    unverified: { label: "Unverified", meaning: "not checked yet" },
    confirmed: { label: "Confirmed", meaning: "the source did give this figure, and other evidence supports it" },
    disputed: { label: "Disputed", meaning: "other credible sources or evidence contradict it" },
    false: { label: "False", meaning: "the evidence shows the figure is wrong" },
    misleading: { label: "Misleading", meaning: "accurate in itself, but presented in a way that misleads" },
  },
});
export type RoleNames = (typeof LABEL_MESSAGES)["en"]["roles"];
