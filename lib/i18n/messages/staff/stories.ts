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
