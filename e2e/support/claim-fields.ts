// The claim form's fields for the draft the write specs send again and again (the security specs,
// the durability drills): an editor's "at least 29" from one source, the sentence tagged so a test
// finds its own claim in the database.

/** The draft's sentence, with the tag that finds it. */
export const draftSentence = (tag: string) => `Officials said at least 29 soldiers were killed (${tag}).`;

/** The fields of the claim form (createDraftAction, updateDraftAction) for that draft. */
export const draftFields = (tag: string, quantityId: string, sourceId: string) => ({
  sentence: draftSentence(tag),
  language: "en",
  quote: "at least 29",
  value: "29",
  qualifier: "at_least",
  kind: "count",
  quantityId,
  sourceId,
  reportedAt: "2020-02-27T22:00",
});

/** A CSV import's column mapping: the fields given, by their column in the file; every other field read from none. */
export const importMapping = (columns: {
  source: number;
  sentence: number;
  reportedAt: number;
  articleUrl?: number;
}) => ({
  figure: null,
  quote: null,
  relayedBy: null,
  articleUrl: null,
  publisher: null,
  language: null,
  ...columns,
});
