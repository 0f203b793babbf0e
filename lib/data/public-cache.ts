import "server-only";
import { publicEdition } from "./edition";

// The public pages, feeds and API read the same few queries again and again, and the answer only
// changes when the newsroom writes something. Every write the newsroom makes (a claim published,
// edited, retracted, a story or source created...) records a HistoryEntry in the same
// transaction, so the newest history id is an edition number for the whole database
// (./edition.ts): a cached answer is good exactly as long as the edition it was read at is still
// the newest. One indexed lookup per request replaces the joins, a change is visible on the very
// next request, and several server processes stay right because the edition lives in the
// database, not in memory.
// Why not Next's data cache: docs/decisions/004-public-cache.md.

const MAX_ENTRIES = 2_000;

interface Entry {
  edition: number;
  value: Promise<unknown>;
}

const globalForCache = globalThis as typeof globalThis & {
  claimTrackerPublicAnswers?: { entries: Map<string, Entry>; newest: number };
};
const held = (globalForCache.claimTrackerPublicAnswers ??= { entries: new Map(), newest: 0 });
const entries = held.entries;

/**
 * The answer of `load` for `key`, from memory when nothing has been written since it was read.
 * `key` must name the query and every argument ("story:idlib-strikes"). Callers must not mutate
 * what they get: the same object serves every reader of that edition.
 */
export async function readPublic<T>(key: string, load: () => Promise<T>): Promise<T> {
  const edition = await publicEdition();
  // Editions only grow: the first read of a new one lets go of every answer of the older ones at
  // once, instead of holding up to MAX_ENTRIES answers no one can be served (every story a busy
  // hour's readers opened, kept until each is asked again, and weighed by every garbage collection).
  if (edition > held.newest) {
    entries.clear();
    held.newest = edition;
  }
  const hit = entries.get(key);
  if (hit && hit.edition === edition) {
    // Least recently used goes first when the map is full: re-insert to mark it used.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = load();
  // A request that began before a write reads its own, older edition: answered, not kept.
  if (edition < held.newest) return value;
  entries.set(key, { edition, value });
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value as string;
    entries.delete(oldest);
  }
  return value;
}

/** For tests: forget every cached answer. */
export function clearPublicCache(): void {
  entries.clear();
  held.newest = 0;
}

/** For tests: how many answers are held. */
export function publicCacheSize(): number {
  return entries.size;
}
