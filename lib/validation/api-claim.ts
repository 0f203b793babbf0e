// The write API's JSON body turned into the claim form's fields, so that a draft made through the
// API passes exactly the checks of one typed into the form (claimDraftInput). What JSON adds:
// numbers as numbers, times with their zone, and a figure the engine may read from the sentence
// as the form's "read the figure" step does. Pure: no database (the route resolves sourceName).
import { z } from "zod";
import { FigureKind, Qualifier } from "@/lib/data/enums";
import { findFigures } from "@/lib/figures";
import type { Figure } from "@/lib/figures/types";
import { boundsFor } from "@/lib/newsroom/figure-fields";
import { isCalendarDay } from "@/lib/newsroom/utc-time";
import { ID_PATTERN } from "@/lib/public/open-data/query";
import { LANGUAGES, MAX_SENTENCE_LENGTH } from "./newsroom";

const optionalText = (description: string) => z.string().nullable().optional().describe(description);
const optionalNumber = (description: string) =>
  z.union([z.number(), z.string(), z.null()]).optional().describe(description);

/**
 * The body, as the OpenAPI document describes it (its request body is generated from this):
 * every field it may hold, any other refused, so a misspelt one is never ignored. The checks
 * themselves are the form's (claimDraftInput), applied to claimFormFromBody's answer.
 */
export const apiClaimBody = z
  .strictObject({
    quantityId: z.string().regex(ID_PATTERN).describe("The quantity the figure is about (404 when unknown)."),
    sourceId: optionalText("The source that counted. Or give sourceName."),
    sourceName: optionalText("The source's name as the newsroom stores it (case, accents and punctuation aside)."),
    relayedById: optionalText("The outlet that relayed the figure, when not the source itself."),
    sentence: z.string().max(MAX_SENTENCE_LENGTH).describe("The sentence holding the figure, in its own language."),
    language: z.enum(LANGUAGES),
    quote: optionalText('The figure as the sentence writes it ("at least 29").'),
    qualifier: z.enum(Qualifier).nullable().optional().describe("Omit to let the engine read the figure."),
    value: optionalNumber("The number said."),
    low: optionalNumber("Inclusive lower bound; worked out from value and qualifier when omitted."),
    high: optionalNumber("Inclusive upper bound; null is open."),
    kind: z.enum(FigureKind).nullable().optional().describe("count when omitted."),
    unit: optionalText("soldiers, %, USD…"),
    reportedAt: z
      .string()
      .describe('When the source gave the figure: ISO 8601 ("2020-02-27T22:00:00Z"); without a zone, UTC.'),
    articleUrl: optionalText("http or https."),
    archiveUrl: optionalText("http or https."),
    publisher: optionalText("The outlet's name."),
    headline: optionalText("The article's headline."),
    publishedAt: optionalText("When the article appeared, ISO 8601."),
  })
  .describe(
    "A draft claim, checked exactly as the newsroom's claim form checks it. Without `qualifier`, the figure is read by the engine " +
      "from `sentence` (the one written as `quote`, or the only one); with it, give `value` (or `low` and `high` for a range) and `kind`.",
  );

/** Every field the body may hold; any other is refused, so a misspelt one is never ignored. */
export const API_CLAIM_FIELDS = Object.keys(apiClaimBody.shape) as (keyof typeof apiClaimBody.shape)[];

type ApiClaimField = (typeof API_CLAIM_FIELDS)[number];

const NUMBER_FIELDS = new Set<string>(["value", "low", "high"]);
const TIME_FIELDS = new Set<string>(["reportedAt", "publishedAt"]);

export type ClaimBodyResult =
  | {
      ok: true;
      form: Record<string, string>;
      sourceName: string | null;
      figureFrom: "engine" | "body";
    }
  | { ok: false; message: string; fields: Record<string, string> };

const refuse = (message: string, fields: Record<string, string> = {}): ClaimBodyResult => ({
  ok: false,
  message,
  fields,
});

/**
 * An ISO 8601 time with its zone ("2020-02-27T22:00:00Z", "…+03:00") as the form's UTC field
 * ("2020-02-27T22:00:00"); one without a zone is UTC already, as in the form. Anything else is
 * passed on for the form's own message.
 */
export function utcFormTime(value: string): string {
  const zoned = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})$/i.exec(value.trim());
  // Date would roll 31 February over into March: a day that does not exist stays as given.
  if (!zoned || !isCalendarDay(value.trim().slice(0, 10))) return value;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 19);
}

/** One JSON value as the form's text: null is an empty field, a number its digits. */
function asText(field: string, value: unknown): string | { error: string } {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return TIME_FIELDS.has(field) ? utcFormTime(value) : value;
  if (typeof value === "number" && NUMBER_FIELDS.has(field) && Number.isFinite(value)) return String(value);
  return {
    error: NUMBER_FIELDS.has(field) ? "Give a number, such as 29, or null." : "Give text, or null.",
  };
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** The figure the engine reads in the sentence: the one written as `quote`, or the only one. */
function engineFigure(
  sentence: string,
  language: string,
  quote: string,
): Figure | { field: ApiClaimField; error: string } {
  if (language !== "en" && language !== "fr")
    return { field: "language", error: "Choose the language of the sentence: en or fr." };
  const found = findFigures(sentence, language);
  if (quote !== "") {
    const figure = found.find((f) => collapse(f.quote) === collapse(quote));
    return (
      figure ?? {
        field: "quote",
        error: `No figure written “${quote.slice(0, 80)}” was read in the sentence: copy it from there, or give qualifier, value (or low and high) and kind yourself.`,
      }
    );
  }
  if (found.length === 1) return found[0] as Figure;
  return {
    field: "quote",
    error:
      found.length === 0
        ? "No figure was read in the sentence: give quote, qualifier, value (or low and high) and kind yourself."
        : `The sentence holds ${found.length} figures: give quote, as the sentence writes it, to choose one.`,
  };
}

/**
 * The body as the claim form's fields. Without `qualifier`, the figure is read by the engine
 * from the sentence (the one written as `quote`, or the only one); with it, the figure is as
 * given, its bounds worked out from the value as the form does when low and high are left out.
 */
export function claimFormFromBody(body: unknown): ClaimBodyResult {
  if (!body || typeof body !== "object" || Array.isArray(body))
    return refuse("The body must be a JSON object with the claim's fields.");
  const fields: Record<string, string> = {};
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!(API_CLAIM_FIELDS as readonly string[]).includes(key)) {
      fields[key.slice(0, 64)] = "Unknown field: see the request body in /api/v1/openapi.json.";
      continue;
    }
    const text = asText(key, value);
    if (typeof text === "string") form[key] = text;
    else fields[key] = text.error;
  }
  if (Object.keys(fields).length > 0) return refuse("Some fields need attention.", fields);

  const sourceName = form.sourceName?.trim() || null;
  delete form.sourceName;
  if (sourceName && form.sourceId)
    return refuse("Some fields need attention.", {
      sourceName: "Give sourceId or sourceName, not both.",
    });

  if (!form.qualifier) {
    const sentence = form.sentence ?? "";
    if (sentence.trim() === "")
      return refuse("Some fields need attention.", {
        sentence: "Type or paste the sentence that holds the figure.",
      });
    const figure = engineFigure(sentence, form.language ?? "", form.quote ?? "");
    if ("field" in figure) return refuse("Some fields need attention.", { [figure.field]: figure.error });
    const number = (n: number | null) => (n === null ? "" : String(n));
    Object.assign(form, {
      quote: figure.quote,
      qualifier: figure.qualifier,
      value: number(figure.value),
      low: number(figure.low),
      high: number(figure.high),
      kind: figure.kind,
      unit: form.unit || figure.unit || "",
    });
    return { ok: true, form, sourceName, figureFrom: "engine" };
  }

  form.kind ||= "count";
  if (!form.low && !form.high) {
    const bounds = boundsFor(form.value ?? "", form.qualifier, form.kind);
    if (bounds) Object.assign(form, bounds);
  }
  return { ok: true, form, sourceName, figureFrom: "body" };
}
