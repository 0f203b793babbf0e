// Pasting an article: the figures found in it, kept as drafts.
// English only for now: French comes with the French staff interface, key for key.
import { englishOnly } from "../../locale";

export const PASTE_MESSAGES = englishOnly({
  page: {
    pageTitle: "Paste an article",
    pasteAnArticle: "Paste an article",
    everyFigureInThe:
      "Every figure in the article is listed with its sentence. Tick the ones to keep, say which quantity each counts and which source gave it, and they are saved as your drafts together. One figure by hand?",
    logAClaim: "Log a claim",
  },
  pasteArticle: {
    figuresFound: (n: number) => (n === 1 ? "1 figure found" : `${n} figures found`),
    figureLabel: (n: number, quote: string) => `Figure ${n}: ${quote}`,
    saveDrafts: (n: number) => (n === 1 ? "Save 1 draft" : `Save ${n} drafts`),
    theArticle: "The article",
    articleText: "Article text",
    theWholeTextAs: "The whole text, as published. It is kept with the claims as the newsroom's record.",
    language: "Language",
    reportedAtUtc: "Reported at (UTC)",
    whenTheSourcesGave: "When the sources gave these figures; the publication time will usually do.",
    headline: "Headline",
    relayedBy: "Relayed by",
    theOutletWhenIt: "The outlet, when it passes on figures from the sources it cites (AFP citing the governor).",
    findTheFigures: "Find the figures",
    findTheFiguresAgain: "Find the figures again",
    theTextChangedFind: "The text changed: find the figures again.",
    kept: " kept",
    noFiguresInThis: "No figures in this text. Dates, clock times and numbers in names are left out on purpose.",
    keepQuote: (quote: string) => `Keep “${quote}”`,
    quantity: "Quantity",
    source: "Source",
    saving: "Saving…",
    tickTheFiguresTo: "Tick the figures to keep.",
  },
});
