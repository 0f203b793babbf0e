/** What a history entry says changed: its `before` and `after`, read back from their JSON (an empty object for none). */
export const changeOf = (entry: { before: string | null; after: string | null } | undefined) => ({
  before: JSON.parse(entry?.before ?? "{}") as Record<string, unknown>,
  after: JSON.parse(entry?.after ?? "{}") as Record<string, unknown>,
});
