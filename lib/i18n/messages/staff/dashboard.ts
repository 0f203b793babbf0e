// An editor's dashboard: their drafts, what came back, what waits for review.
// English only for now: French comes with the French staff interface, key for key.
import { englishOnly } from "../../locale";

export const DASHBOARD_MESSAGES = englishOnly({
  page: {
    draftsSaved: (n: number) => (n === 1 ? "1 draft saved" : `${n} drafts saved`),
    claimsWait: (n: number) => (n === 1 ? "1 claim waits" : `${n} claims wait`),
    pageTitle: "Dashboard",
    yourClaims: "Your claims",
    yourDraftsWhatA: "Your drafts, what a reviewer sent back to you, and what waits for review.",
    logAClaim: "Log a claim",
    or: " or ",
    pasteAnArticle: "paste an article",
    yourRoleDoesNot: "Your role does not open that page.",
    fromTheArticleCheck: " from the article. Check each, then submit it for review.",
    reviewQueue: "Review queue:",
    forAReviewer: " for a reviewer",
    eachListShowsIts: ": each list shows its first ",
    sentBackToYou: "Sent back to you",
    nothingSentBackNo: "Nothing sent back: no reviewer has asked you to fix a claim.",
    yourDrafts: "Your drafts",
    noDraftsLogA: "No drafts. Log a claim or paste an article to start one.",
    inReview: "In review",
    nothingOfYoursWaits: "Nothing of yours waits for review.",
    recentlyPublished: "Recently published",
    noneOfYourClaims: "None of your claims is published yet.",
  },
});
