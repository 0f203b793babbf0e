// A quantity of the public answers and its claims as the open-data tests serialise them: "at
// least N soldiers were killed", each said by a government in Turkey in a News article. A test
// gives what its answers need beyond that.
import type { PublicClaim, PublicQuantity } from "@/lib/data/public-claims";
import { atLeast } from "@/tests/figures/at-least-29";

/** "At least `low` soldiers were killed", said by `source` at `reportedAt`; `fields` replace the rest. */
export const soldiersKilledClaim = (
  id: string,
  source: string,
  low: number,
  reportedAt: string,
  fields: Partial<PublicClaim> = {},
): PublicClaim => ({
  id,
  ...atLeast(low),
  sentence: `At least ${low} soldiers were killed.`,
  language: "en",
  articleUrl: "https://news.example/a",
  archiveUrl: null,
  publisher: "News",
  headline: null,
  publishedAt: null,
  reportedAt: new Date(reportedAt),
  rating: "confirmed",
  ratingExplanation: null,
  source: { id: source, name: source, kind: "government", country: "Turkey" },
  relayedBy: null,
  ...fields,
});

/** The toll of Turkish soldiers killed in Idlib from 27 February 2020, with these claims. */
export const soldiersKilled = (claims: PublicClaim[], fields: Partial<PublicQuantity> = {}): PublicQuantity => ({
  id: "q1",
  label: "Soldiers killed",
  unit: null,
  cumulative: true,
  scopeWho: "Turkish soldiers",
  scopePlace: "Idlib",
  scopeFrom: "2020-02-27",
  scopeTo: null,
  measure: "killed",
  headlinePolicy: "consensus",
  claims,
  ...fields,
});

/** The story of the strikes in Idlib, as its public answers name it. */
export const IDLIB_STORY = {
  id: "s1",
  slug: "idlib",
  title: "Idlib",
  summary: "",
  date: "2020-02-27",
  place: "Idlib",
};
