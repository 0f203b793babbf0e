// Lists shown a page at a time, the page named in the address (?page=2). Pure.
import { z } from "zod";

/** Past this, a page number is a typo or a probe: no list here is that long. */
export const MAX_PAGE = 10_000;

const pageNumber = z.coerce.number().int().min(1).max(MAX_PAGE);

/**
 * The page asked for in `?page=`: 1 when absent or not a page number ("abc", "0", "-3", "1.5"),
 * so a mistyped address still shows the list rather than an error.
 */
export function pageParam(value: string | string[] | undefined): number {
  const parsed = pageNumber.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}

export interface PageSlice<T> {
  items: T[];
  page: number;
  hasNewer: boolean;
  hasOlder: boolean;
}

/**
 * What a loader needs to read page `page` of `perPage` items: skip the pages before it and take
 * one more than a page, so the one extra says whether a next page exists without counting.
 */
export function pageWindow(page: number, perPage: number): { skip: number; take: number } {
  return { skip: (page - 1) * perPage, take: perPage + 1 };
}

/** The page's items from what `pageWindow` read, and whether there is a page on either side. */
export function pageSlice<T>(rows: readonly T[], page: number, perPage: number): PageSlice<T> {
  return {
    items: rows.slice(0, perPage),
    page,
    hasNewer: page > 1,
    hasOlder: rows.length > perPage,
  };
}

/** The address of another page of the same list: page 1 is the bare path. */
export function pageHref(path: string, page: number, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
