import { z } from "zod";
import { ClaimStatus, Rating } from "@/lib/data/enums";
import { isCalendarDay } from "@/lib/newsroom/utc-time";

// The staff claims list's address (/claims?status=draft&author=me&sort=reported&order=asc):
// every filter is a query parameter, so a filter is a link a desk can share, bookmark or save.
// One reading for the page, the bulk actions ("everything matching the filter") and the saved
// filters, so the three never disagree on what a filter means. Pure: the page words its problems.

export const CLAIM_STATUSES = Object.values(ClaimStatus);
export const CLAIM_RATINGS = Object.values(Rating);
export const LIST_SORTS = ["updated", "reported", "logged", "source"] as const;
export const LIST_ORDERS = ["desc", "asc"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export type ListOrder = (typeof LIST_ORDERS)[number];

/** The claims of one page of the list. */
export const LIST_PAGE_SIZE = 50;
/** The most claims one bulk action changes: said beside the buttons, and enforced by each action. */
export const BULK_BATCH_LIMIT = 500;
/** The most filters a person keeps. */
export const MAX_SAVED_FILTERS = 30;
export const MAX_FILTER_NAME_LENGTH = 60;
export const MAX_WORDS_LENGTH = 200;
/** Words searched at most: each is one more condition on every claim read. */
export const MAX_WORDS = 6;

/** "me" and "others" name people relative to the reader, so "My drafts" is a link for anyone. */
export type PersonFilter = "me" | "others" | "none" | { id: string };
/** The people filters' words for a relation to the reader, as the address writes them. */
export const AUTHOR_RELATIONS = ["me", "others"] as const;
export const REVIEWER_RELATIONS = ["me", "none"] as const;

export interface ClaimsListFilter {
  status: ClaimStatus | null;
  story: string | null;
  quantity: string | null;
  /** The source that counted. */
  source: string | null;
  /** Who wrote it: "me", "others" (anyone else) or one person. */
  author: Exclude<PersonFilter, "none"> | null;
  /** Who decided it: "me", "none" (no one yet) or one person. */
  reviewer: Exclude<PersonFilter, "others"> | null;
  rating: Rating | null;
  language: string | null;
  /**
   * The day the source gave the figure (the claim's "as of", reportedAt), from and to, both
   * included, as UTC calendar days: what a desk means by "the claims of 27 February".
   */
  from: string | null;
  to: string | null;
  /** Words of the quote, its sentence or the reviewer's notes, all of them, in any order. */
  words: string | null;
  sort: ListSort;
  order: ListOrder;
}

export const DEFAULT_FILTER: ClaimsListFilter = {
  status: null,
  story: null,
  quantity: null,
  source: null,
  author: null,
  reviewer: null,
  rating: null,
  language: null,
  from: null,
  to: null,
  words: null,
  sort: "updated",
  order: "desc",
};

/** The parameters the list reads, in the order a canonical query lists them. */
export const FILTER_PARAMS = [
  "status",
  "story",
  "quantity",
  "source",
  "author",
  "reviewer",
  "rating",
  "language",
  "from",
  "to",
  "q",
  "sort",
  "order",
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** What is wrong with one parameter: the page says it in words (lib/i18n/messages/claims-list.ts). */
export type FilterProblem =
  | { param: FilterParam; kind: "unknown_value" | "not_an_id" | "not_a_day" | "too_long" | "repeated"; value: string }
  | { param: "to"; kind: "ends_before_start"; value: string };

/** The filter read; with problems, `filter` holds the parameters that were right, for the form. */
export type FilterReading =
  { ok: true; filter: ClaimsListFilter } | { ok: false; problems: FilterProblem[]; filter: ClaimsListFilter };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
// A BCP 47 tag as claims store it ("en", "fr", "pt-BR").
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,2}$/;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function paramsOf(input: Params): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) out.set(key, [...(out.get(key) ?? []), value]);
  } else {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      out.set(key, Array.isArray(value) ? value : [value]);
    }
  }
  return out;
}

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * Reads the list's filter from an address's query. An empty parameter is no filter (a GET form
 * sends "status=" for "Any status"); unknown parameters are left alone (a tracking tag, the
 * page); a parameter given twice, or a value the list does not know, is a problem: the page
 * says which instead of showing a list other than the one asked for.
 */
export function readClaimsListQuery(input: Params): FilterReading {
  const params = paramsOf(input);
  const problems: FilterProblem[] = [];
  const filter: ClaimsListFilter = { ...DEFAULT_FILTER };

  const value = (param: FilterParam): string | null => {
    const given = (params.get(param) ?? []).map((v) => v.trim()).filter(Boolean);
    if (given.length > 1 && new Set(given).size > 1) {
      problems.push({ param, kind: "repeated", value: given.join(", ").slice(0, 80) });
      return null;
    }
    return given[0] ?? null;
  };
  const refuse = (param: FilterParam, kind: Exclude<FilterProblem["kind"], "ends_before_start">, given: string) =>
    problems.push({ param, kind, value: given.slice(0, 80) });
  const id = (param: FilterParam): string | null => {
    const given = value(param);
    if (given === null) return null;
    if (!ID.test(given)) {
      refuse(param, "not_an_id", given);
      return null;
    }
    return given;
  };

  const status = value("status");
  if (status !== null) {
    if (oneOf(CLAIM_STATUSES, status)) filter.status = status;
    else refuse("status", "unknown_value", status);
  }
  filter.story = id("story");
  filter.quantity = id("quantity");
  filter.source = id("source");

  const author = id("author");
  if (author !== null) filter.author = author === "me" || author === "others" ? author : { id: author };
  const reviewer = id("reviewer");
  if (reviewer !== null) filter.reviewer = reviewer === "me" || reviewer === "none" ? reviewer : { id: reviewer };

  const rating = value("rating");
  if (rating !== null) {
    if (oneOf(CLAIM_RATINGS, rating)) filter.rating = rating;
    else refuse("rating", "unknown_value", rating);
  }
  const language = value("language");
  if (language !== null) {
    if (LANGUAGE.test(language)) filter.language = language;
    else refuse("language", "unknown_value", language);
  }
  for (const param of ["from", "to"] as const) {
    const day = value(param);
    if (day === null) continue;
    if (isCalendarDay(day)) filter[param] = day;
    else refuse(param, "not_a_day", day);
  }
  if (filter.from && filter.to && filter.to < filter.from)
    problems.push({ param: "to", kind: "ends_before_start", value: filter.to });

  const words = value("q");
  if (words !== null) {
    if (words.length > MAX_WORDS_LENGTH) refuse("q", "too_long", words);
    else filter.words = words.replace(/\s+/g, " ");
  }
  const sort = value("sort");
  if (sort !== null) {
    if (oneOf(LIST_SORTS, sort)) filter.sort = sort;
    else refuse("sort", "unknown_value", sort);
  }
  const order = value("order");
  if (order !== null) {
    if (oneOf(LIST_ORDERS, order)) filter.order = order;
    else refuse("order", "unknown_value", order);
  }
  return problems.length > 0 ? { ok: false, problems, filter } : { ok: true, filter };
}

const personParam = (person: PersonFilter | null) =>
  person === null ? null : typeof person === "string" ? person : person.id;

/**
 * The filter as its shortest query, parameters in one order and defaults left out: the same
 * filter always gives the same link, which is what a saved filter stores and compares.
 */
export function claimsListQuery(filter: ClaimsListFilter, changes: Partial<ClaimsListFilter> = {}): string {
  const f = { ...filter, ...changes };
  const values: Record<FilterParam, string | null> = {
    status: f.status,
    story: f.story,
    quantity: f.quantity,
    source: f.source,
    author: personParam(f.author),
    reviewer: personParam(f.reviewer),
    rating: f.rating,
    language: f.language,
    from: f.from,
    to: f.to,
    q: f.words,
    sort: f.sort === DEFAULT_FILTER.sort ? null : f.sort,
    order: f.order === DEFAULT_FILTER.order ? null : f.order,
  };
  const params = new URLSearchParams();
  for (const param of FILTER_PARAMS) {
    const v = values[param];
    if (v) params.set(param, v);
  }
  return params.toString();
}

/** Does the filter narrow the list at all (sorting aside)? */
export function filters(filter: ClaimsListFilter): boolean {
  return claimsListQuery(filter, { sort: DEFAULT_FILTER.sort, order: DEFAULT_FILTER.order }) !== "";
}

/** The built-in filters every member has; "waiting" only for those who review. */
export const BUILT_IN_FILTERS = {
  myDrafts: "status=draft&author=me",
  waiting: "status=in_review&author=others&sort=updated&order=asc",
} as const;

// ---------------------------------------------------------------------------------------------
// What the bulk actions and the saved filters' forms send

const filterQuery = z
  .string({ error: "Reload the page: the filter was not sent." })
  .max(2_000, "This filter is too long.")
  .refine((query) => readClaimsListQuery(new URLSearchParams(query)).ok, "Fix the filter first: it has a mistake.");

// A row as the list showed it: "id:version", so a claim changed since is refused, not acted on blind.
const shownClaim = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}:[1-9][0-9]{0,14}$/, "This is not a claim of the list.")
  .transform((value) => {
    const [claimId = "", version = "1"] = value.split(":");
    return { claimId, version: Number(version) };
  });

const claimsOrOne = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(shownClaim)
    .max(BULK_BATCH_LIMIT, `Choose at most ${BULK_BATCH_LIMIT} claims at a time.`)
    .transform((claims) => [...new Map(claims.map((c) => [c.claimId, c])).values()]),
);

/**
 * A bulk action's target: the rows ticked ("selected", each with the version shown), or every
 * claim matching the filter ("matching"), read again when the action runs.
 */
export const bulkTargetInput = z
  .object({
    scope: z.enum(["selected", "matching"], { error: "Choose the ticked claims or all those matching the filter." }),
    claim: claimsOrOne,
    filter: filterQuery,
  })
  .refine((input) => input.scope === "matching" || input.claim.length > 0, {
    message: "Tick at least one claim.",
    path: ["claim"],
  });

export type BulkTargetInput = z.infer<typeof bulkTargetInput>;

/** The approval the reviewer confirms: exactly the claims of the preview, at the versions it showed. */
export const bulkApproveInput = z.object({
  claim: claimsOrOne.refine((claims) => claims.length > 0, "Preview the approval first."),
});

export type BulkApproveInput = z.infer<typeof bulkApproveInput>;

export const saveFilterInput = z.object({
  name: z
    .string({ error: "Name this filter." })
    .trim()
    .min(1, "Name this filter.")
    .max(MAX_FILTER_NAME_LENGTH, `Keep the name under ${MAX_FILTER_NAME_LENGTH} characters.`),
  filter: filterQuery,
});

export type SaveFilterInput = z.infer<typeof saveFilterInput>;

export const deleteFilterInput = z.object({
  filterId: z.string({ error: "Choose a filter." }).regex(ID, "This is not one of your filters."),
});
