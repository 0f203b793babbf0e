import { z } from "zod";
import { QUALIFIERS } from "@/lib/figures/types";
import { isCalendarDay, parseUtcDateTime } from "@/lib/newsroom/utc-time";

// What an editor's forms send, and all they may send: stories, quantities, sources, claims and
// a pasted article. The server decides who wrote it, its status, its reviewer and its version.

export const MAX_ARTICLE_LENGTH = 100_000;
export const MAX_SENTENCE_LENGTH = 2_000;

export const LANGUAGES = ["en", "fr"] as const;
export const MEASURES = ["killed", "injured", "killed_and_injured", "missing", "displaced", "other"] as const;
export const HEADLINE_POLICIES = ["consensus", "range", "conservative"] as const;
export const SOURCE_KINDS = [
  "government",
  "military",
  "ngo",
  "international_body",
  "news_agency",
  "media",
  "witness",
  "social_media",
] as const;
export { QUALIFIERS };
export const FIGURE_KINDS = ["count", "percent", "money", "measure"] as const;

// ---------------------------------------------------------------------------------------------
// Pieces

const text = (max: number, tooLong = `Keep it under ${max.toLocaleString("en")} characters.`) =>
  z.string({ error: "This should be text." }).trim().max(max, tooLong);

const requiredText = (empty: string, max: number) => text(max).min(1, empty);

/** Empty means "not given": stored as null. */
const optionalText = (max: number) => text(max).transform((value) => (value === "" ? null : value));

/** A record's id as the forms send it: `empty` when none was chosen, `wrong` when it cannot be one of ours. */
export const recordId = (empty: string, wrong = empty) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .max(64, wrong)
    .regex(/^[A-Za-z0-9_-]+$/, wrong);
const id = (empty: string) => recordId(empty);

const optionalId = (wrong: string) =>
  z
    .string({ error: wrong })
    .trim()
    .max(64, wrong)
    .regex(/^[A-Za-z0-9_-]*$/, wrong)
    .transform((value) => (value === "" ? null : value));

const URL_MESSAGE = "Enter a full web address starting with http:// or https://.";

/** A link people will open: http or https only, never javascript:, data: or file:. */
export const optionalHttpUrl = z
  .string({ error: URL_MESSAGE })
  .trim()
  .max(2_000, "This web address is too long: keep it under 2,000 characters.")
  .refine((value) => value === "" || isHttpUrl(value), URL_MESSAGE)
  .transform((value) => (value === "" ? null : new URL(value).href));

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const calendarDay = (empty: string) =>
  z.string({ error: empty }).trim().min(1, empty).refine(isCalendarDay, "Enter a real date, such as 2020-02-27.");

const optionalCalendarDay = z
  .string({ error: "Enter a real date, such as 2020-02-27." })
  .trim()
  .refine((value) => value === "" || isCalendarDay(value), "Enter a real date, such as 2020-02-27.")
  .transform((value) => (value === "" ? null : value));

const TIME_MESSAGE = "Enter a real date and time, such as 2020-02-27 22:00 (UTC).";

const utcTime = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .transform((value, ctx) => {
      const date = parseUtcDateTime(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: TIME_MESSAGE });
        return z.NEVER;
      }
      return date;
    });

const optionalUtcTime = z
  .string({ error: TIME_MESSAGE })
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const date = parseUtcDateTime(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: TIME_MESSAGE });
      return z.NEVER;
    }
    return date;
  });

/** A number as people type it: "3700000", "3 700 000", "62.5", "62,5". Empty means none. */
const optionalNumber = (label: string) =>
  z
    .string({ error: `Enter the ${label} as a number.` })
    .trim()
    .max(40, `Enter the ${label} as a number.`)
    .transform((value, ctx) => {
      if (value === "") return null;
      const cleaned = value
        .replace(/[\s\u00a0\u202f_]/g, "")
        .replace(/,(?=\d{1,2}$)/, ".")
        .replace(/,/g, "");
      const n = /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
      if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER) {
        ctx.addIssue({
          code: "custom",
          message: `Enter the ${label} as a number, such as 29 or 3700000.`,
        });
        return z.NEVER;
      }
      return n;
    });

const version = z.coerce
  .number({ error: "Reload the page: we could not tell which version you started from." })
  .int("Reload the page: we could not tell which version you started from.")
  .min(1, "Reload the page: we could not tell which version you started from.")
  .max(Number.MAX_SAFE_INTEGER, "Reload the page: we could not tell which version you started from.");

/** A checkbox: present ("on") is true, absent is false. */
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean(), z.undefined()], {
    error: "Tick the box, or leave it empty.",
  })
  .transform((value) => value === "on" || value === "true" || value === true);

/**
 * A field left out of a hand-made request reads as an empty one, so it gets the same plain
 * message as a field left blank in the form ("Give the story a title", not "expected string").
 */
function withBlanks<T extends z.ZodObject>(schema: T) {
  const keys = Object.keys(schema.shape);
  return z.preprocess((input) => {
    if (!input || typeof input !== "object" || Array.isArray(input)) return input;
    const filled: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    for (const key of keys) filled[key] ??= "";
    return filled;
  }, schema);
}

// ---------------------------------------------------------------------------------------------
// Stories, quantities, sources

export const storyInput = withBlanks(
  z.object({
    title: requiredText("Give the story a title.", 200),
    summary: text(2_000).default(""),
    date: calendarDay("Enter the day of the story, such as 2020-02-27."),
    place: text(200).default(""),
  }),
);
export type StoryInput = z.infer<typeof storyInput>;

export const quantityInput = withBlanks(
  z
    .object({
      storyId: id("Choose the story this quantity belongs to."),
      label: requiredText("Say what is counted, such as “Turkish soldiers killed in the strikes”.", 200),
      unit: optionalText(40),
      cumulative: checkbox,
      scopeWho: text(200).default(""),
      scopePlace: text(200).default(""),
      scopeFrom: optionalCalendarDay,
      scopeTo: optionalCalendarDay,
      measure: z.enum(MEASURES, { error: "Choose what is counted: killed, injured, missing…" }),
      headlinePolicy: z.enum(HEADLINE_POLICIES, {
        error: "Choose how the public number is worked out.",
      }),
    })
    .refine((q) => q.scopeFrom === null || q.scopeTo === null || q.scopeFrom <= q.scopeTo, {
      message: "The last day comes before the first: swap them.",
      path: ["scopeTo"],
    }),
);
export type QuantityInput = z.infer<typeof quantityInput>;

export const sourceInput = withBlanks(
  z.object({
    name: requiredText("Enter the source's name, such as “Syrian Observatory for Human Rights (OSDH)”.", 200).refine(
      (value) => /[\p{L}\p{N}]/u.test(value),
      "A name needs at least one letter or digit.",
    ),
    kind: z.enum(SOURCE_KINDS, { error: "Choose what kind of source this is." }),
    country: text(120).default(""),
    homepage: optionalHttpUrl,
  }),
);
export type SourceInput = z.infer<typeof sourceInput>;

/** Two entries for one source: `from`'s claims go to `into`, and its name becomes an alias of `into`. */
export const mergeSourcesInput = withBlanks(
  z
    .object({
      fromId: id("Choose the source to merge."),
      fromVersion: version,
      intoId: id("Choose the source to keep."),
      reason: text(500).default(""),
    })
    .refine((input) => input.fromId !== input.intoId, {
      path: ["intoId"],
      message: "Choose another source: a source cannot be merged into itself.",
    }),
);
export type MergeSourcesInput = z.infer<typeof mergeSourcesInput>;

// ---------------------------------------------------------------------------------------------
// Claims

/** Where a claim appeared and when its source gave it: shared by one claim and a pasted article. */
const articleFields = {
  articleUrl: optionalHttpUrl,
  archiveUrl: optionalHttpUrl,
  publisher: optionalText(200),
  headline: optionalText(300),
  publishedAt: optionalUtcTime,
};

const figureFields = {
  quote: requiredText("Enter the figure as the sentence writes it, such as “at least 29”.", 200),
  value: optionalNumber("value"),
  low: optionalNumber("lowest value"),
  high: optionalNumber("highest value"),
  qualifier: z.enum(QUALIFIERS, { error: "Choose how the source qualified the number." }),
  kind: z.enum(FIGURE_KINDS, { error: "Choose what kind of figure this is." }),
  unit: optionalText(40),
};

const claimObject = z.object({
  sentence: requiredText("Type or paste the sentence that holds the figure.", MAX_SENTENCE_LENGTH),
  language: z.enum(LANGUAGES, { error: "Choose the language of the sentence." }),
  ...figureFields,
  quantityId: id("Choose the quantity this figure is about."),
  sourceId: id("Choose the source that gave this figure."),
  relayedById: optionalId("Choose the outlet from the list, or leave it empty."),
  ...articleFields,
  reportedAt: utcTime("Enter when the source gave this figure."),
});

type ClaimFields = z.infer<typeof claimObject>;

// The same checks for a new claim and an edit: the words hold the quote, the bounds are in order.
function checkClaim(claim: ClaimFields, ctx: z.RefinementCtx) {
  const collapse = (s: string) => s.replace(/\s+/g, " ").toLowerCase();
  if (!collapse(claim.sentence).includes(collapse(claim.quote))) {
    ctx.addIssue({
      code: "custom",
      path: ["quote"],
      message: "The figure must be written as in the sentence: copy it from there.",
    });
  }
  if (claim.low !== null && claim.high !== null && claim.low > claim.high) {
    ctx.addIssue({
      code: "custom",
      path: ["high"],
      message: "The highest value is below the lowest: swap them.",
    });
  }
  if (claim.qualifier === "range" && (claim.low === null || claim.high === null)) {
    ctx.addIssue({
      code: "custom",
      path: [claim.low === null ? "low" : "high"],
      message: "A range needs both its lowest and highest value.",
    });
  }
  if (claim.qualifier !== "range" && claim.qualifier !== "vague" && claim.value === null) {
    ctx.addIssue({ code: "custom", path: ["value"], message: "Enter the number the source gave." });
  }
  if (claim.relayedById !== null && claim.relayedById === claim.sourceId) {
    ctx.addIssue({
      code: "custom",
      path: ["relayedById"],
      message: "The source published it itself: leave “relayed by” empty.",
    });
  }
}

export const claimDraftInput = withBlanks(claimObject.superRefine(checkClaim));
export type ClaimDraftInput = z.infer<typeof claimDraftInput>;

export const claimUpdateInput = withBlanks(
  claimObject.extend({ claimId: id("Choose a claim."), version }).superRefine(checkClaim),
);
export type ClaimUpdateInput = z.infer<typeof claimUpdateInput>;

export const submitClaimInput = withBlanks(z.object({ claimId: id("Choose a claim."), version }));
export type SubmitClaimInput = z.infer<typeof submitClaimInput>;

// ---------------------------------------------------------------------------------------------
// A pasted article

export const MAX_PASTED_FIGURES = 100;

/** One figure kept from the article: where the engine found it, and what it is attached to. */
const keptFigure = withBlanks(
  z.object({
    start: z.coerce.number({ error: "Find the figures again." }).int().min(0),
    end: z.coerce.number({ error: "Find the figures again." }).int().min(1),
    quantityId: id("Choose the quantity this figure is about."),
    sourceId: id("Choose the source that gave this figure."),
  }),
);

export const pastedArticleInput = withBlanks(
  z
    .object({
      articleText: requiredText("Paste the article's text.", MAX_ARTICLE_LENGTH),
      language: z.enum(LANGUAGES, { error: "Choose the language of the article." }),
      ...articleFields,
      relayedById: optionalId("Choose the outlet from the list, or leave it empty."),
      reportedAt: utcTime("Enter when the sources gave these figures (the article's time will do)."),
      figures: z
        .array(keptFigure, { error: "Tick at least one figure to keep." })
        .min(1, "Tick at least one figure to keep.")
        .max(MAX_PASTED_FIGURES, `Keep at most ${MAX_PASTED_FIGURES} figures at a time.`),
    })
    .superRefine((article, ctx) => {
      article.figures.forEach((figure, index) => {
        if (article.relayedById !== null && figure.sourceId === article.relayedById) {
          ctx.addIssue({
            code: "custom",
            path: ["figures", index, "sourceId"],
            message: "This is the outlet that relayed the article: choose the source it cites.",
          });
        }
      });
    }),
);
export type PastedArticleInput = z.infer<typeof pastedArticleInput>;

/** What the search-as-you-type endpoints read from the address. */
export const searchQuery = z.object({
  q: text(100).default(""),
});
