// What the API answers, as zod schemas: the one description of every field. The serialisers
// (./serialize.ts) return these schemas' types, the OpenAPI document (./openapi.ts) is generated
// from them (each registered one a component, referred to by its id), and the contract tests
// check real answers against that document. Every object is closed and every field required
// (null when empty), so an answer that gains, loses or renames a field fails them.
// Pure: no Next, no database.
import { z } from "zod";
import { ClaimStatus, FigureKind, HeadlinePolicy, Measure, Qualifier, Rating, SourceKind } from "../../data/enums";
import { API_ERROR_CODES, OPEN_DATA_ERROR_CODES } from "../../errors";
import { ID_PATTERN, SLUG_PATTERN } from "./query";

/** The schemas that are the document's components/schemas, each under its id. */
export const components = z.registry<{ id: string }>();

/** A closed object: no other field allowed; every field is required unless marked optional. */
const object = z.strictObject;
const text = (description?: string) => (description ? z.string().describe(description) : z.string());
const uri = (description: string) => z.url().describe(description);
const count = (description: string) => z.int().min(0).describe(description);
const dateTime = z.iso.datetime();

export const Id = z.string().regex(ID_PATTERN);
export const Slug = z.string().regex(SLUG_PATTERN);

const storyLink = object({ slug: Slug, title: text(), url: uri("The story in the API.") });
const author = (description: string) => object({ id: Id, name: text() }).describe(description);

/** An error's body: a stable code for programs, a message for people. */
const errorBody = <const C extends readonly [string, ...string[]]>(codes: C) =>
  object({
    error: object({
      code: z.enum(codes).describe("Stable, for programs."),
      message: text("For people, in English."),
    }),
  });

export const ErrorSchema = errorBody(OPEN_DATA_ERROR_CODES).register(components, { id: "Error" });

export const IntervalSchema = object({ low: z.number().nullable(), high: z.number().nullable() })
  .describe('Inclusive bounds; null is an open bound ("at least 29" is low 29, high null).')
  .register(components, { id: "Interval" });

export const ComparisonSchema = object({
  status: z
    .enum(["agree", "consistent", "revised", "conflict", "none"])
    .describe("spec/figures.md section 4; none when no claim is published."),
  consensus: IntervalSchema.nullable(),
  headline: object({
    policy: z.enum(HeadlinePolicy),
    interval: IntervalSchema.nullable(),
  }).describe("The public number under the quantity's policy; interval null when the policy gives none."),
  currentClaimIds: z.array(Id),
  supersededClaimIds: z.array(Id).describe("Replaced by a later claim of the same source."),
  conflicts: z.array(object({ a: Id, b: Id })),
  revisions: z.array(object({ earlier: Id, later: Id })),
})
  .describe("How the current published claims of one quantity compare.")
  .register(components, { id: "Comparison" });

export const ClaimSchema = object({
  id: Id,
  url: uri("This claim in the API."),
  permalink: uri("The claim's public page."),
  story: storyLink,
  quantity: object({ id: Id, label: text(), url: uri("The quantity in the API.") }),
  source: object({
    id: Id,
    name: text(),
    kind: z.enum(SourceKind),
    country: text(),
    url: uri("The source in the API."),
  }).describe("Who counted."),
  relayedBy: object({ id: Id, name: text(), url: uri("The outlet in the API.") })
    .describe("The outlet that relayed the figure, when not the source itself.")
    .nullable(),
  quote: text("The figure's words as said."),
  sentence: text("The sentence the figure was said in, in its own language."),
  language: text("BCP 47 language of the sentence."),
  qualifier: z.enum(Qualifier),
  kind: z.enum(FigureKind),
  value: z.number().nullable().describe("The number said; null for a range or a vague amount."),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  reportedAt: dateTime.describe("When the source gave the figure (as of)."),
  article: object({
    url: z.string().nullable(),
    archiveUrl: z.string().nullable(),
    publisher: z.string().nullable(),
    headline: z.string().nullable(),
    publishedAt: dateTime.nullable(),
  }),
  rating: z.enum(Rating).describe("The newsroom's rating (ClaimReview)."),
  ratingExplanation: z
    .string()
    .nullable()
    .describe(
      "The reviewer's reason for the rating, as the claim's page shows it beside the rating and its ClaimReview gives it (ratingExplanation); null when unverified.",
    ),
  standing: z.enum(["current", "superseded"]).describe("In its quantity's comparison."),
}).register(components, { id: "Claim" });

export const QuantitySchema = object({
  id: Id,
  url: uri("This quantity in the API."),
  page: uri("The quantity's public page."),
  label: text(),
  unit: z.string().nullable(),
  cumulative: z.boolean().describe("A toll that only grows: a later, higher figure is a revision, not a conflict."),
  scope: object({
    who: text("Who is counted; empty when unsaid."),
    place: text(),
    from: z.iso.date().nullable(),
    to: z.iso.date().nullable(),
    measure: z.enum(Measure),
  }).describe("What the quantity counts: claims of different scopes are never compared."),
  publishedClaimCount: count("Published claims about this quantity."),
  comparison: ComparisonSchema,
}).register(components, { id: "Quantity" });

export const QuantityDetailSchema = QuantitySchema.extend({
  story: storyLink,
  claims: z.array(ClaimSchema).describe("Every published claim, oldest first."),
}).register(components, { id: "QuantityDetail" });

const storyFields = object({
  id: Id,
  slug: Slug,
  title: text(),
  summary: text("Empty when the story has none."),
  date: z.iso.date().describe("The story's calendar day."),
  place: text("Empty when unknown."),
  url: uri("This story in the API."),
  page: uri("The story's public page."),
});

export const StoryListItemSchema = storyFields
  .extend({
    quantityCount: count("Quantities tracked."),
    publishedClaimCount: count("Published claims across its quantities."),
  })
  .register(components, { id: "StoryListItem" });

export const StorySchema = storyFields
  .extend({
    claims: uri("The story's published claims in the API."),
    csv: uri("The story's published claims as CSV."),
    quantities: z.array(QuantitySchema),
  })
  .register(components, { id: "Story" });

export const SourceSchema = object({
  id: Id,
  url: uri("This source in the API."),
  name: text(),
  kind: z.enum(SourceKind),
  country: text("A country or a side; empty when unknown."),
  homepage: z.string().nullable(),
  publishedClaimCount: count("Its published claims (as the source that counted)."),
  claims: uri("Its published claims in the API."),
}).register(components, { id: "Source" });

// ---------------------------------------------------------------------------------------------
// The token API: the staff read endpoint and the write endpoint

export const TokenErrorSchema = errorBody(API_ERROR_CODES).register(components, { id: "TokenError" });

export const StaffClaimSchema = ClaimSchema.omit({ permalink: true, standing: true })
  .extend({
    status: z.enum(ClaimStatus),
    author: author("Who logged the claim (for a token, the account it acts as)."),
    page: uri("The claim's page in the newsroom (sign-in needed)."),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .describe(
    "A claim of any status, as the newsroom sees it: the open data's claim without its permalink and standing (a draft has neither).",
  )
  .register(components, { id: "StaffClaim" });

export const DraftCreatedSchema = object({
  data: object({
    id: Id,
    status: z.enum(["draft"]),
    page: uri("The draft's page in the newsroom, where its author edits and submits it."),
    figureFrom: z
      .enum(["engine", "body"])
      .nullable()
      .describe(
        "Whether the engine read the figure from the sentence or the body gave it; null when an Idempotency-Key replays an earlier answer.",
      ),
    author: author("The account the token acts as: the draft is theirs."),
  }),
}).register(components, { id: "DraftCreated" });

/** POST /api/v1/claims refusing a body: a message for each field that needs attention. */
export const ValidationErrorSchema = object({
  error: object({
    code: z.enum(["invalid_parameter"]),
    message: text("For people, in English."),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe("A message for each field that needs attention, by field name."),
  }),
});

// ---------------------------------------------------------------------------------------------
// What a webhook receiver is sent (lib/data/webhooks.ts writes it; ./openapi-webhooks.ts)

const occurredAt = dateTime.describe(
  "When the claim was published or retracted, or the ping asked for: every retry carries the same body.",
);

export const ClaimPublishedEventSchema = object({ event: z.enum(["published"]), occurredAt, claim: ClaimSchema })
  .describe("A claim was published: the claim as GET /api/v1/claims/{id} gave it at that moment.")
  .register(components, { id: "ClaimPublishedEvent" });

export const ClaimRetractedEventSchema = object({
  event: z.enum(["retracted"]),
  occurredAt,
  claim: object({
    id: Id,
    retractedAt: dateTime.describe("When it was retracted."),
    reason: z.string().nullable().describe("Why, in the reviewer's words."),
    permalink: uri("The claim's public page, which still explains the retraction."),
  }).describe("Only what the retracted claim's page still shows: never its figure."),
})
  .describe("A published claim was retracted.")
  .register(components, { id: "ClaimRetractedEvent" });

export const PingEventSchema = object({ event: z.enum(["ping"]), occurredAt, webhook: object({ id: Id }) })
  .describe("The admin's test ping (Admin → Webhooks → Send a test ping).")
  .register(components, { id: "PingEvent" });

// ---------------------------------------------------------------------------------------------
// Pages and single answers

const listOf = <T extends z.ZodType>(item: T) =>
  object({ data: z.array(item), next: uri("The next page; null on the last.").nullable() });
const one = <T extends z.ZodType>(item: T) => object({ data: item });

export const StoryPageSchema = listOf(StoryListItemSchema).register(components, { id: "StoryPage" });
export const StoryAnswerSchema = one(StorySchema).register(components, { id: "StoryAnswer" });
export const QuantityAnswerSchema = one(QuantityDetailSchema).register(components, { id: "QuantityAnswer" });
export const ClaimPageSchema = listOf(ClaimSchema).register(components, { id: "ClaimPage" });
export const ClaimAnswerSchema = one(ClaimSchema).register(components, { id: "ClaimAnswer" });
export const SourcePageSchema = listOf(SourceSchema).register(components, { id: "SourcePage" });
export const SourceAnswerSchema = one(SourceSchema).register(components, { id: "SourceAnswer" });
export const StaffClaimPageSchema = listOf(StaffClaimSchema).register(components, { id: "StaffClaimPage" });

/** What each serialiser returns (./serialize.ts). */
export type Interval = z.infer<typeof IntervalSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type QuantityDetail = z.infer<typeof QuantityDetailSchema>;
export type StoryListItem = z.infer<typeof StoryListItemSchema>;
export type Story = z.infer<typeof StorySchema>;
export type Source = z.infer<typeof SourceSchema>;
export type StaffClaim = z.infer<typeof StaffClaimSchema>;
export type Standing = Claim["standing"];

// ---------------------------------------------------------------------------------------------
// As JSON Schema 2020-12, for the OpenAPI 3.1 document

type Json = Record<string, unknown>;

/**
 * Zod's JSON Schema, said as the document says it: `type: ["string", "null"]` for a nullable
 * field rather than an anyOf (an enum lists null too), and without what zod adds that the
 * document does not promise (a date's pattern: its format says it; a safe integer's bound).
 */
function tidy(schema: Json): void {
  for (const [key, child] of Object.entries(schema)) {
    const children = key === "properties" ? Object.values(child as Json) : Array.isArray(child) ? child : [child];
    for (const node of children) if (node && typeof node === "object" && !Array.isArray(node)) tidy(node as Json);
  }
  if (schema.format === "date" || schema.format === "date-time") delete schema.pattern;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  delete schema.propertyNames; // a record's keys: strings, as in any JSON object
  delete schema.$schema;
  delete schema.$id;
  const [value, nothing, ...more] = (schema.anyOf ?? []) as Json[];
  if (more.length || nothing?.type !== "null" || Object.keys(nothing).length !== 1) return;
  if (typeof value?.type !== "string" || "const" in value) return;
  delete schema.anyOf;
  Object.assign(schema, value, { type: [value.type, "null"] });
  if (Array.isArray(value.enum)) schema.enum = [...value.enum, null];
}

const ref = (id: string) => `#/components/schemas/${id}`;
const options = { target: "draft-2020-12", uri: ref } as const;

/** Every registered schema, by id, its references to the others as $refs into components. */
export function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(components, options);
  Object.values(schemas).forEach((schema) => tidy(schema as Json));
  return schemas as Record<string, Json>;
}

/** One schema inline (a parameter, a request body); `io: "input"` for what a caller sends. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): Json {
  const json = z.toJSONSchema(schema, { ...options, io }) as Json;
  tidy(json);
  return json;
}

/** A $ref to a registered schema, by the schema itself: no id typed twice. */
export function refTo(schema: z.ZodType): Json {
  const id = components.get(schema)?.id;
  if (!id) throw new Error("This schema is not one of the document's components.");
  return { $ref: ref(id) };
}
