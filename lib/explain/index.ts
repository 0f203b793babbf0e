// Figures, headlines and statuses in words, for readers and reviewers alike: one vocabulary
// (lib/i18n/messages/figure.ts, status.ts, headline.ts), in English and French. Pure: no Next,
// React, Prisma or I/O; the callers hand in the engine's comparison, nothing here compares.
export {
  amountInWords,
  boundsInWords,
  figurePhrase,
  intervalInWords,
  kindInWords,
  numberInWords,
  qualifierInWords,
  type FigureFields,
} from "./figure";
export { explainHeadline, headlineInterval, headlineInWords, type Headline, type HeadlinePolicy } from "./headline";
export { capitalized, countInWords, listInWords, sourceInSentence } from "./sentence";
export { pairInWords, statusDetail, statusLabel, type FigureShape, type NamedClaim } from "./status";
export { statusSentence, type SentenceClaim, type SentenceInput } from "./status-sentence";
