// The staff lists of stories and sources, and a story with its quantities.
// English only for now: French comes with the French staff interface, key for key.
import { englishOnly } from "../../locale";

export const STORIES_MESSAGES = englishOnly({
  sourcesPage: {
    noMatch: (query: string) => `No source matches “${query}”.`,
    claims: (n: number) => (n === 1 ? "1 claim" : `${n} claims`),
    pageTitle: "Sources",
    sources: "Sources",
    whoTheNewsroomS: "Who the newsroom's figures come from. Search before adding one: each source is entered once.",
    searchSources: "Search sources",
    search: "Search",
    noSourcesYet: "No sources yet.",
    alsoKnownAs: (names: string) => `Also entered as ${names}`,
    merged: (name: string, moved: number) =>
      `Merged into ${name}: ${moved === 1 ? "1 claim now names it" : `${moved} claims now name it`}. The other name is kept as an alias, and its public page leads here.`,
  },
  mergeSource: {
    merge: "Merge…",
    mergeName: (name: string) => `Merge ${name} into another source`,
    into: (name: string) => `Merge “${name}” into`,
    choose: "Choose the source to keep",
    reason: "Why",
    reasonHint: "Shown in the history of every claim that moves.",
    submit: "Merge",
    merging: "Merging…",
    confirm: (from: string, into: string, claims: number) =>
      `Merge “${from}” into “${into}”? ${claims === 1 ? "Its claim moves" : `Its ${claims} claims move`} to “${into}”, published ones included, and “${from}” becomes another name of it. This cannot be undone here.`,
  },
  storyPage: {
    scopeDates: (from: string, to: string) => ` · ${from} to ${to}`,
    claims: (n: number) => (n === 1 ? "1 claim" : `${n} claims`),
    pageTitle: "Story",
    stories: "Stories",
    everyClaimOfThis: "Every claim of this story, whatever its status:",
    csv: "CSV",
    json: "JSON",
    publicPage: "public page",
    storyCreatedAddThe: "Story created. Add the quantities its sources report.",
    quantities: "Quantities",
    noQuantitiesYetAdd: "No quantities yet: add the first one.",
    cumulativeToll: " · cumulative toll",
    logAClaim: "Log a claim",
  },
  storiesPage: {
    quantities: (n: number) => (n === 1 ? "1 quantity" : `${n} quantities`),
    claims: (n: number) => (n === 1 ? "1 claim" : `${n} claims`),
    pageTitle: "Stories",
    stories: "Stories",
    theNewsEventsThe:
      "The news events the newsroom follows, the most recent first. Each holds the quantities its claims count.",
    allStories: "All stories",
    noStoriesOnThis: "No stories on this page.",
    noStoriesYet: "No stories yet.",
  },
});
