// What one history entry changed, in words a person reads: the fields whose value differs
// between the entry's "before" and "after" (both stored as JSON text).

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

// Bookkeeping that changes with every write and says nothing to a reader.
const NOT_SHOWN = new Set(["id", "version", "updatedAt", "createdAt", "key", "passwordHash", "sessionVersion"]);

// The newsroom's words for the stored field names.
const FIELD_LABELS: Record<string, string> = {
  quantityId: "quantity",
  sourceId: "source",
  relayedById: "relayed by",
  authorId: "author",
  reviewerId: "reviewer",
  reviewNote: "reviewer's note",
  retractionReason: "reason for retraction",
  submittedAt: "sent for review",
  reviewedAt: "reviewed",
  reportedAt: "reported at",
  publishedAt: "published at",
  articleUrl: "article address",
  archiveUrl: "archive address",
  articleText: "article text",
  low: "lowest value",
  high: "highest value",
  scopeWho: "who is counted",
  scopePlace: "place",
  scopeFrom: "from",
  scopeTo: "to",
  headlinePolicy: "headline policy",
};

const VALUE_WORDS: Record<string, string> = {
  in_review: "in review",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most",
  less_than: "less than",
  killed_and_injured: "killed and injured",
  news_agency: "news agency",
  international_body: "international body",
  social_media: "social media",
};

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    // Times are stored as ISO strings: show them as the forms do, in UTC.
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value))
      return `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The fields an entry changed, in words; on a create, every field it set. Ids become names. */
export function historyChanges(
  before: string | null,
  after: string | null,
  names: Record<string, string> = {},
): FieldChange[] {
  const from = parse(before);
  const to = parse(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((f) => !NOT_SHOWN.has(f));
  return fields
    .filter((field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null))
    .map((field) => {
      const word = (value: unknown) => {
        if (typeof value === "string" && field.endsWith("Id")) return names[value] ?? "(deleted)";
        if (typeof value === "string" && VALUE_WORDS[value]) return VALUE_WORDS[value];
        return show(value);
      };
      return {
        field: FIELD_LABELS[field] ?? field,
        before: word(from[field]),
        after: word(to[field]),
      };
    });
}
