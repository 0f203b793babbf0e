// The query string of the open data's lists: which parameters each list takes, the page size
// and the opaque cursor. Every mistake is a 400 with a message naming the parameter, never a
// 500 and never silently ignored: a misspelt `limt=5` that returned 20 rows would mislead.
import { z } from "zod";
import { invalidParameter } from "./open-data-error";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** Ids are cuids in this app, test ids a little longer; anything else cannot name a row. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const SLUG_PATTERN = /^[a-z0-9-]{1,200}$/;

/** A path's id, or a 400 saying what an id looks like. */
export function parseId(value: string, what: string): string {
  if (!ID_PATTERN.test(value))
    throw invalidParameter(`That is not a ${what} id: ids are 1 to 64 letters, digits, "-" or "_".`);
  return value;
}

export function parseSlug(value: string): string {
  if (!SLUG_PATTERN.test(value))
    throw invalidParameter("That is not a story slug: slugs are 1 to 200 lower-case letters, digits or hyphens.");
  return value;
}

/**
 * The query's parameters as single values, refusing unknown and repeated ones. `allowed` lists
 * the parameters this endpoint takes.
 */
export function readParameters<K extends string>(
  params: URLSearchParams,
  allowed: readonly K[],
): Partial<Record<K, string>> {
  const values: Partial<Record<K, string>> = {};
  for (const name of new Set(params.keys())) {
    if (!(allowed as readonly string[]).includes(name)) {
      const takes = allowed.length ? `It takes ${allowed.map((a) => `"${a}"`).join(", ")}.` : "It takes none.";
      throw invalidParameter(`Unknown parameter "${name.slice(0, 50)}". ${takes}`);
    }
    const all = params.getAll(name);
    if (all.length > 1) throw invalidParameter(`Give "${name}" once, not ${all.length} times.`);
    values[name as K] = all[0] as string;
  }
  return values;
}

/** Parameters that say where a link was shared, not what is asked: utm_source, fbclid... */
const TRACKING_PARAMETER =
  /^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|li_fat_id|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref|ref_src)$/i;

/**
 * The parameters without the tracking ones newsletters, feed readers and social sites add to a
 * link: for the downloads (feed, CSV), whose answer they do not change. The JSON API refuses
 * them with the rest, as a script's author would want to hear.
 */
export function withoutTrackingParameters(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([name]) => !TRACKING_PARAMETER.test(name)));
}

/** `limit`: a whole number from 1 to 100, 20 when absent. */
export function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT))
    throw invalidParameter(`"limit" must be a whole number from 1 to ${MAX_LIMIT}.`);
  return limit;
}

/** An optional id filter (`quantity`, `source`). */
export function parseIdFilter(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  if (!ID_PATTERN.test(value)) throw invalidParameter(`"${name}" must be an id: 1 to 64 letters, digits, "-" or "_".`);
  return value;
}

export function parseSlugFilter(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  if (!SLUG_PATTERN.test(value))
    throw invalidParameter(`"${name}" must be a story slug: lower-case letters, digits and hyphens.`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Cursors: where the next page starts, as the last row's sort key. Opaque to readers (base64url
// of a small JSON), named after the list it belongs to so a cursor of one list cannot be used
// on another.

const CURSOR_SCHEMAS = {
  stories: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), id: z.string().regex(ID_PATTERN) }).strict(),
  claims: z.object({ reportedAt: z.iso.datetime(), id: z.string().regex(ID_PATTERN) }).strict(),
  sources: z.object({ name: z.string().max(500), id: z.string().regex(ID_PATTERN) }).strict(),
};

export type CursorList = keyof typeof CURSOR_SCHEMAS;
export type CursorKey<L extends CursorList> = z.infer<(typeof CURSOR_SCHEMAS)[L]>;

export function encodeCursor<L extends CursorList>(list: L, key: CursorKey<L>): string {
  return Buffer.from(JSON.stringify({ list, key }), "utf8").toString("base64url");
}

/** The key a cursor carries, or a 400 when it was not made by this list. */
export function decodeCursor<L extends CursorList>(list: L, cursor: string | undefined): CursorKey<L> | null {
  if (cursor === undefined) return null;
  const refuse = () =>
    invalidParameter(`"cursor" is not one this list gave: use the "next" link of the previous page as it is.`);
  if (cursor.length > 1_000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  const envelope = z
    .object({ list: z.literal(list), key: z.unknown() })
    .strict()
    .safeParse(decoded);
  const key = envelope.success ? CURSOR_SCHEMAS[list].safeParse(envelope.data.key) : null;
  if (!key?.success) throw refuse();
  return key.data as CursorKey<L>;
}
