// A story's address: its title in lower-case ASCII words joined by hyphens ("idlib-strikes-on-
// turkish-troops"). Titles with no Latin letters still get an address, from the fallback.

const MAX_SLUG_LENGTH = 80;

/** The slug a title suggests; `fallback` when nothing usable is left. */
export function slugFromTitle(title: string, fallback = "story"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  return slug || fallback;
}

/** The first of `base`, `base-2`, `base-3`... that `taken` does not hold. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
