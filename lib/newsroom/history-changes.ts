// What one history entry changed, in words a person reads: the fields whose value differs
// between the entry's "before" and "after" (both stored as JSON text).

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

// Bookkeeping that changes with every write and says nothing to a reader.
const NOT_SHOWN = new Set(["id", "version", "updatedAt", "createdAt", "key"]);

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
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The fields an entry changed; on a create, every field it set. */
export function historyChanges(before: string | null, after: string | null): FieldChange[] {
  const from = parse(before);
  const to = parse(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((f) => !NOT_SHOWN.has(f));
  return fields
    .filter((field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null))
    .map((field) => ({ field, before: show(from[field]), after: show(to[field]) }));
}
