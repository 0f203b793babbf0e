// The OpenAPI 3.1 document of the open data, served at /api/v1/openapi.json. Every object is
// closed (additionalProperties: false) and lists every field as required (null when empty), so
// the contract test (e2e/open-data.spec.ts) fails when the API adds, drops or renames a field
// that this document does not. Pure data: no Next, no database; the e2e spec imports it too.
import { ClaimStatus, FigureKind, HeadlinePolicy, Measure, Qualifier, Rating, SourceKind } from "../../data/enums";
import { RATE_LIMITS } from "../../auth/api-token";
import { API_ERROR_CODES } from "../../errors";
import { OPEN_DATA_ERRORS } from "./open-data-error";
import { WEBHOOK_PARAMETERS, WEBHOOK_SCHEMAS, WEBHOOKS } from "./openapi-webhooks";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./query";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema =>
  typeof schema.type === "string" ? { ...schema, type: [schema.type, "null"] } : { anyOf: [schema, { type: "null" }] };
const text = (description?: string): Schema => ({
  type: "string",
  ...(description ? { description } : {}),
});
const uri = (description: string): Schema => ({ type: "string", format: "uri", description });
const integer = (description: string): Schema => ({ type: "integer", minimum: 0, description });
const array = (items: Schema): Schema => ({ type: "array", items });
const values = (object: Record<string, string>) => Object.values(object);

/** A closed object: every property required, no other allowed. */
function object(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const ID = { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" };
const SLUG = { type: "string", pattern: "^[a-z0-9-]{1,200}$" };

const storyFields = {
  id: ID,
  slug: SLUG,
  title: text(),
  summary: text("Empty when the story has none."),
  date: { type: "string", format: "date", description: "The story's calendar day." },
  place: text("Empty when unknown."),
  url: uri("This story in the API."),
  page: uri("The story's public page."),
};

const quantityFields = {
  id: ID,
  url: uri("This quantity in the API."),
  page: uri("The quantity's public page."),
  label: text(),
  unit: nullable(text()),
  cumulative: {
    type: "boolean",
    description: "A toll that only grows: a later, higher figure is a revision, not a conflict.",
  },
  scope: object(
    {
      who: text("Who is counted; empty when unsaid."),
      place: text(),
      from: nullable({ type: "string", format: "date" }),
      to: nullable({ type: "string", format: "date" }),
      measure: { type: "string", enum: values(Measure) },
    },
    "What the quantity counts: claims of different scopes are never compared.",
  ),
  publishedClaimCount: integer("Published claims about this quantity."),
  comparison: ref("Comparison"),
};

const SCHEMAS: Record<string, Schema> = {
  Error: object({
    error: object({
      code: {
        type: "string",
        enum: Object.keys(OPEN_DATA_ERRORS),
        description: "Stable, for programs.",
      },
      message: text("For people, in English."),
    }),
  }),
  Interval: object(
    { low: nullable({ type: "number" }), high: nullable({ type: "number" }) },
    'Inclusive bounds; null is an open bound ("at least 29" is low 29, high null).',
  ),
  Comparison: object(
    {
      status: {
        type: "string",
        enum: ["agree", "consistent", "revised", "conflict", "none"],
        description: "spec/figures.md section 4; none when no claim is published.",
      },
      consensus: nullable(ref("Interval")),
      headline: object(
        {
          policy: { type: "string", enum: values(HeadlinePolicy) },
          interval: nullable(ref("Interval")),
        },
        "The public number under the quantity's policy; interval null when the policy gives none.",
      ),
      currentClaimIds: array(ID),
      supersededClaimIds: {
        ...array(ID),
        description: "Replaced by a later claim of the same source.",
      },
      conflicts: array(object({ a: ID, b: ID })),
      revisions: array(object({ earlier: ID, later: ID })),
    },
    "How the current published claims of one quantity compare.",
  ),
  Claim: object({
    id: ID,
    url: uri("This claim in the API."),
    permalink: uri("The claim's public page."),
    story: object({ slug: SLUG, title: text(), url: uri("The story in the API.") }),
    quantity: object({ id: ID, label: text(), url: uri("The quantity in the API.") }),
    source: object(
      {
        id: ID,
        name: text(),
        kind: { type: "string", enum: values(SourceKind) },
        country: text(),
        url: uri("The source in the API."),
      },
      "Who counted.",
    ),
    relayedBy: nullable(
      object(
        { id: ID, name: text(), url: uri("The outlet in the API.") },
        "The outlet that relayed the figure, when not the source itself.",
      ),
    ),
    quote: text("The figure's words as said."),
    sentence: text("The sentence the figure was said in, in its own language."),
    language: text("BCP 47 language of the sentence."),
    qualifier: { type: "string", enum: values(Qualifier) },
    kind: { type: "string", enum: values(FigureKind) },
    value: nullable({
      type: "number",
      description: "The number said; null for a range or a vague amount.",
    }),
    low: nullable({ type: "number" }),
    high: nullable({ type: "number" }),
    unit: nullable(text()),
    reportedAt: {
      type: "string",
      format: "date-time",
      description: "When the source gave the figure (as of).",
    },
    article: object({
      url: nullable(text()),
      archiveUrl: nullable(text()),
      publisher: nullable(text()),
      headline: nullable(text()),
      publishedAt: nullable({ type: "string", format: "date-time" }),
    }),
    rating: {
      type: "string",
      enum: values(Rating),
      description: "The newsroom's rating (ClaimReview).",
    },
    standing: {
      type: "string",
      enum: ["current", "superseded"],
      description: "In its quantity's comparison.",
    },
  }),
  Quantity: object(quantityFields),
  QuantityDetail: object({
    ...quantityFields,
    story: object({ slug: SLUG, title: text(), url: uri("The story in the API.") }),
    claims: { ...array(ref("Claim")), description: "Every published claim, oldest first." },
  }),
  StoryListItem: object({
    ...storyFields,
    quantityCount: integer("Quantities tracked."),
    publishedClaimCount: integer("Published claims across its quantities."),
  }),
  Story: object({
    ...storyFields,
    claims: uri("The story's published claims in the API."),
    csv: uri("The story's published claims as CSV."),
    quantities: array(ref("Quantity")),
  }),
  Source: object({
    id: ID,
    url: uri("This source in the API."),
    name: text(),
    kind: { type: "string", enum: values(SourceKind) },
    country: text("A country or a side; empty when unknown."),
    homepage: nullable(text()),
    publishedClaimCount: integer("Its published claims (as the source that counted)."),
    claims: uri("Its published claims in the API."),
  }),
};

// ---------------------------------------------------------------------------------------------
// The token API: the staff read endpoint and the write endpoint

// The token API's codes are the ones it answers with (lib/errors.ts), not a copy of them.
const TOKEN_ERROR_CODES = [...API_ERROR_CODES];

const claimProperties = (SCHEMAS.Claim as { properties: Record<string, Schema> }).properties;
const { standing: _standing, permalink: _permalink, ...staffClaimFields } = claimProperties; // eslint-disable-line @typescript-eslint/no-unused-vars

Object.assign(SCHEMAS, {
  TokenError: object({
    error: object({
      code: { type: "string", enum: TOKEN_ERROR_CODES, description: "Stable, for programs." },
      message: text("For people, in English."),
    }),
  }),
  StaffClaim: object(
    {
      ...staffClaimFields,
      status: { type: "string", enum: values(ClaimStatus) },
      author: object({ id: ID, name: text() }, "Who logged the claim (for a token, the account it acts as)."),
      page: uri("The claim's page in the newsroom (sign-in needed)."),
      createdAt: { type: "string", format: "date-time" },
      updatedAt: { type: "string", format: "date-time" },
    },
    "A claim of any status, as the newsroom sees it: the open data's claim without its permalink and standing (a draft has neither).",
  ),
  DraftCreated: object({
    data: object({
      id: ID,
      status: { type: "string", enum: ["draft"] },
      page: uri("The draft's page in the newsroom, where its author edits and submits it."),
      figureFrom: {
        type: ["string", "null"],
        enum: ["engine", "body", null],
        description:
          "Whether the engine read the figure from the sentence or the body gave it; null when an Idempotency-Key replays an earlier answer.",
      },
      author: object({ id: ID, name: text() }, "The account the token acts as: the draft is theirs."),
    }),
  }),
});

const listOf = (item: string) =>
  object({ data: array(ref(item)), next: nullable(uri("The next page; null on the last.")) });
const one = (item: string) => object({ data: ref(item) });

// ---------------------------------------------------------------------------------------------
// Parameters and answers

const PARAMETERS: Record<string, Schema> = {
  limit: {
    name: "limit",
    in: "query",
    description: `Rows per page, 1 to ${MAX_LIMIT}.`,
    schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  cursor: {
    name: "cursor",
    in: "query",
    description: "Opaque: copy it from the previous page's `next`.",
    schema: { type: "string" },
  },
  storyFilter: {
    name: "story",
    in: "query",
    description: "Only the claims of this story (its slug).",
    schema: SLUG,
  },
  quantityFilter: {
    name: "quantity",
    in: "query",
    description: "Only the claims of this quantity.",
    schema: ID,
  },
  sourceFilter: {
    name: "source",
    in: "query",
    description: "Only the claims this source counted (not relayed).",
    schema: ID,
  },
  statusFilter: {
    name: "status",
    in: "query",
    description: "Only the claims in this status.",
    schema: { type: "string", enum: values(ClaimStatus) },
  },
  slug: { name: "slug", in: "path", required: true, schema: SLUG },
  id: { name: "id", in: "path", required: true, schema: ID },
};
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });

const cachedHeaders = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Cache-Control": { $ref: "#/components/headers/CacheControl" },
};

function ok(description: string, content: Record<string, Schema>) {
  return {
    description,
    headers: cachedHeaders,
    content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }])),
  };
}
const json = (schema: Schema) => ({ "application/json": schema });
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

const COMMON = {
  "304": {
    description: "Not modified: the If-None-Match ETag is still current.",
    headers: cachedHeaders,
  },
  "400": error("A parameter is malformed, unknown or repeated (code invalid_parameter)."),
  "500": error("Something went wrong on the server (code internal, with a reference)."),
  "503": {
    ...error("The database cannot answer right now (code unavailable): try again after Retry-After seconds."),
    headers: {
      "Retry-After": {
        description: "Seconds to wait before trying again.",
        schema: { type: "integer", minimum: 1 },
      },
    },
  },
};
const NOT_FOUND = { "404": error("Nothing public has this slug or id (code not_found).") };

/** A public GET: open to anyone, no token (security: [] says so rather than leaving it unsaid). */
function get(
  operationId: string,
  summary: string,
  parameters: string[],
  responses: Record<string, unknown>,
  tags = ["Open data"],
  description?: string,
) {
  return {
    get: {
      operationId,
      summary,
      ...(description ? { description } : {}),
      tags,
      security: [],
      parameters: parameters.map(param),
      responses: { ...responses, ...COMMON },
    },
  };
}

// lib/public/open-data/csv.ts, neutraliseFormula: said where the files are, for whoever reads them as data.
const CSV_FORMULA_GUARD =
  "RFC 4180, UTF-8 with a byte-order mark. Against formula injection, a text cell that begins with =, +, -, @, a tab or a carriage return " +
  "is written with an apostrophe (') before it, so a spreadsheet shows it as text instead of running it as a formula; " +
  "a program reading the file as data should drop that one leading apostrophe from such cells. Numbers (value, low, high) are never prefixed.";

const rateLimitHeaders = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimitLimit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimitRemaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimitReset" },
};
const tokenError = (description: string, headers: Record<string, unknown> = rateLimitHeaders) => ({
  description,
  headers,
  content: { "application/json": { schema: ref("TokenError") } },
});

/** The answers every token request may get besides its own. */
const TOKEN_COMMON = {
  "401": tokenError("No token, a wrong one, a revoked one, or one whose account is disabled (code unauthenticated).", {
    "WWW-Authenticate": {
      description: 'Bearer realm="Claim Tracker API"',
      schema: { type: "string" },
    },
  }),
  "429": tokenError("Over the token's limit for this minute (code rate_limited): wait Retry-After seconds.", {
    ...rateLimitHeaders,
    "Retry-After": {
      description: "Seconds until the window starts again.",
      schema: { type: "integer", minimum: 1 },
    },
  }),
  "503": tokenError(
    "The database is busy (another process held the write lock past the wait allowed: code database_busy) or cannot be reached (code database_unavailable); " +
      "nothing was saved: send the same request again after Retry-After seconds (with its Idempotency-Key, it is saved once).",
    {
      ...rateLimitHeaders,
      "Retry-After": {
        description: "Seconds to wait before trying again.",
        schema: { type: "integer", minimum: 1 },
      },
    },
  ),
  "507": tokenError(
    "The database or its disk is full (code database_full); nothing was saved. Saving resumes by itself once space is freed.",
    {
      ...rateLimitHeaders,
      "Retry-After": {
        description: "Seconds to wait before trying again.",
        schema: { type: "integer", minimum: 1 },
      },
    },
  ),
  "500": tokenError("Something went wrong on the server (code internal, with a reference); nothing was saved."),
};

const fieldText = (description: string) => ({ type: ["string", "null"], description });
const fieldNumber = (description: string) => ({ type: ["number", "string", "null"], description });

/** POST /api/v1/claims: the body. Open to the form's fields only; the form's rules apply. */
const CLAIM_REQUEST: Schema = {
  type: "object",
  description:
    "A draft claim, checked exactly as the newsroom's claim form checks it. Without `qualifier`, the figure is read by the engine " +
    "from `sentence` (the one written as `quote`, or the only one); with it, give `value` (or `low` and `high` for a range) and `kind`.",
  properties: {
    quantityId: { ...ID, description: "The quantity the figure is about (404 when unknown)." },
    sourceId: fieldText("The source that counted. Or give sourceName."),
    sourceName: fieldText("The source's name as the newsroom stores it (case, accents and punctuation aside)."),
    relayedById: fieldText("The outlet that relayed the figure, when not the source itself."),
    sentence: {
      type: "string",
      maxLength: 2000,
      description: "The sentence holding the figure, in its own language.",
    },
    language: { type: "string", enum: ["en", "fr"] },
    quote: fieldText('The figure as the sentence writes it ("at least 29").'),
    qualifier: {
      anyOf: [{ type: "string", enum: values(Qualifier) }, { type: "null" }],
      description: "Omit to let the engine read the figure.",
    },
    value: fieldNumber("The number said."),
    low: fieldNumber("Inclusive lower bound; worked out from value and qualifier when omitted."),
    high: fieldNumber("Inclusive upper bound; null is open."),
    kind: {
      anyOf: [{ type: "string", enum: values(FigureKind) }, { type: "null" }],
      description: "count when omitted.",
    },
    unit: fieldText("soldiers, %, USD…"),
    reportedAt: {
      type: "string",
      description: 'When the source gave the figure: ISO 8601 ("2020-02-27T22:00:00Z"); without a zone, UTC.',
    },
    articleUrl: fieldText("http or https."),
    archiveUrl: fieldText("http or https."),
    publisher: fieldText("The outlet's name."),
    headline: fieldText("The article's headline."),
    publishedAt: fieldText("When the article appeared, ISO 8601."),
  },
  required: ["quantityId", "sentence", "language", "reportedAt"],
  additionalProperties: false,
};

const VALIDATION_ERROR: Schema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string", enum: ["invalid_parameter"] },
        message: text("For people, in English."),
        fields: {
          type: "object",
          description: "A message for each field that needs attention, by field name.",
          additionalProperties: { type: "string" },
        },
      },
      required: ["code", "message"],
      additionalProperties: false,
    },
  },
  required: ["error"],
  additionalProperties: false,
};

const TOKEN_PATHS = {
  post: {
    operationId: "createDraftClaim",
    summary: "Log a draft claim (token with the write-drafts scope)",
    tags: ["Newsroom API"],
    security: [{ apiToken: [] }],
    parameters: [
      {
        name: "Idempotency-Key",
        in: "header",
        description:
          "Optional, 1 to 255 printable ASCII characters (a UUID). A retry with the same key and body answers the first request's draft " +
          "(Idempotent-Replayed: true) instead of logging another; keys are kept a day, per token.",
        schema: { type: "string", minLength: 1, maxLength: 255 },
      },
    ],
    requestBody: { required: true, content: { "application/json": { schema: CLAIM_REQUEST } } },
    responses: {
      "201": {
        description:
          "The draft, logged as the token's account; it waits in their dashboard to be submitted for review.",
        headers: {
          ...rateLimitHeaders,
          Location: {
            description: "The draft's page in the newsroom.",
            schema: { type: "string" },
          },
          "Idempotent-Replayed": {
            description: "true when this answer is an earlier request's, replayed for its Idempotency-Key.",
            schema: { type: "string" },
          },
        },
        content: { "application/json": { schema: ref("DraftCreated") } },
      },
      "400": {
        description:
          "The body is not JSON, or a field needs attention (code invalid_parameter, with a message per field).",
        headers: rateLimitHeaders,
        content: { "application/json": { schema: VALIDATION_ERROR } },
      },
      "403": tokenError("The token may only read (code forbidden)."),
      "404": tokenError("No quantity has this id (code not_found)."),
      "413": tokenError("The body is over 64 KB (code payload_too_large)."),
      "415": tokenError("The body is not sent as application/json (code unsupported_media_type)."),
      "422": tokenError("This Idempotency-Key was used with another body (code idempotency_key_reused)."),
      ...TOKEN_COMMON,
    },
  },
};

const STAFF_CLAIMS_PATH = {
  get: {
    operationId: "listStaffClaims",
    summary: "Every claim, whatever its status, latest change first (any token, or a staff session)",
    tags: ["Newsroom API"],
    security: [{ apiToken: [] }],
    parameters: ["limit", "cursor", "statusFilter", "quantityFilter"].map(param),
    responses: {
      "200": {
        description: "A page of claims.",
        headers: rateLimitHeaders,
        content: { "application/json": { schema: ref("StaffClaimPage") } },
      },
      "400": tokenError("A parameter is malformed, unknown or repeated (code invalid_parameter)."),
      ...TOKEN_COMMON,
    },
  },
};

/** The document, its server the origin the reader asked. */
export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claim Tracker open data",
      version: "1.0.0",
      summary: "The published figures of the news, as sources reported them, compared.",
      description:
        "The open data is read-only and open (CORS *), no token needed. Only claims the newsroom published appear, never drafts, claims in review or retracted claims. " +
        "Lists are newest first, paginated with `limit` and an opaque `cursor`; follow `next` until it is null. " +
        "Every answer carries an ETag: send it back in If-None-Match for a 304 while nothing changed. " +
        "The Newsroom API (tag) needs an API token (security scheme apiToken): it lists claims of every status and writes drafts. " +
        "Webhooks (the document's `webhooks`) describe what the newsroom POSTs to the receivers an admin registers, and how each delivery is signed.",
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/stories": get("listStories", "Stories, newest first", ["limit", "cursor"], {
        "200": ok("A page of stories.", json(ref("StoryPage"))),
      }),
      "/api/v1/stories/{slug}": get("getStory", "A story with each quantity's comparison", ["slug"], {
        "200": ok("The story.", json(ref("StoryAnswer"))),
        ...NOT_FOUND,
      }),
      "/api/v1/quantities/{id}": get("getQuantity", "A quantity: its comparison and published claims", ["id"], {
        "200": ok("The quantity.", json(ref("QuantityAnswer"))),
        ...NOT_FOUND,
      }),
      "/api/v1/claims": {
        ...get(
          "listClaims",
          "Published claims, most recently reported first",
          ["limit", "cursor", "storyFilter", "quantityFilter", "sourceFilter"],
          {
            "200": ok("A page of claims.", json(ref("ClaimPage"))),
          },
        ),
        ...TOKEN_PATHS,
      },
      "/api/v1/staff/claims": STAFF_CLAIMS_PATH,
      "/api/v1/claims/{id}": get("getClaim", "A published claim", ["id"], {
        "200": ok("The claim.", json(ref("ClaimAnswer"))),
        ...NOT_FOUND,
        "410": error("The claim was retracted; the message says when and why (code retracted)."),
      }),
      "/api/v1/sources": get("listSources", "Sources, by name", ["limit", "cursor"], {
        "200": ok("A page of sources.", json(ref("SourcePage"))),
      }),
      "/api/v1/sources/{id}": get("getSource", "A source", ["id"], {
        "200": ok("The source.", json(ref("SourceAnswer"))),
        ...NOT_FOUND,
      }),
      "/api/v1/openapi.json": get("getOpenApi", "This document", [], {
        "200": ok("The OpenAPI 3.1 document.", json({ type: "object", description: "An OpenAPI 3.1 document." })),
      }),
      "/story/{slug}/claims.csv": get(
        "getStoryClaimsCsv",
        "A story's published claims as CSV (RFC 4180, UTF-8 with a BOM), one row each",
        ["slug"],
        {
          "200": ok("The file, as an attachment.", { "text/csv": { type: "string" } }),
          ...NOT_FOUND,
        },
        ["Downloads"],
        CSV_FORMULA_GUARD,
      ),
      "/api/v1/claims/export.json": get(
        "exportClaimsJson",
        "Every published claim the filters match, streamed as one JSON array (no pages)",
        ["storyFilter", "quantityFilter", "sourceFilter"],
        {
          "200": ok("The claims, as the list gives them.", json({ type: "array", items: ref("Claim") })),
        },
        ["Downloads"],
      ),
      "/api/v1/claims/export.csv": get(
        "exportClaimsCsv",
        "Every published claim the filters match, streamed as CSV (RFC 4180, UTF-8 with a BOM)",
        ["storyFilter", "quantityFilter", "sourceFilter"],
        { "200": ok("The file, as an attachment.", { "text/csv": { type: "string" } }) },
        ["Downloads"],
        CSV_FORMULA_GUARD,
      ),
      "/feed.atom": get(
        "getClaimsFeed",
        "The 50 claims published last, as an Atom 1.0 feed",
        [],
        { "200": ok("The feed.", { "application/atom+xml": { type: "string" } }) },
        ["Downloads"],
      ),
    },
    webhooks: WEBHOOKS,
    components: {
      schemas: {
        ...SCHEMAS,
        ...WEBHOOK_SCHEMAS,
        StoryPage: listOf("StoryListItem"),
        StoryAnswer: one("Story"),
        QuantityAnswer: one("QuantityDetail"),
        ClaimPage: listOf("Claim"),
        ClaimAnswer: one("Claim"),
        SourcePage: listOf("Source"),
        SourceAnswer: one("Source"),
        StaffClaimPage: listOf("StaffClaim"),
      },
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "ct_<prefix>_<secret>",
          description:
            "An API token made by an admin (Admin → API tokens), sent as `Authorization: Bearer ct_…`. A token acts as one account and has a scope: " +
            "`read` (the staff read endpoint) or `write_drafts` (also POST /api/v1/claims). Revoked tokens and tokens of disabled accounts are refused at once. " +
            `Each token may make ${RATE_LIMITS.read} reads and ${RATE_LIMITS.write} writes a minute; every answer to a token says where it stands (RateLimit-* headers).`,
        },
      },
      parameters: { ...PARAMETERS, ...WEBHOOK_PARAMETERS },
      headers: {
        ETag: {
          description: "The answer's version: send it in If-None-Match to get a 304 while it holds.",
          schema: { type: "string" },
        },
        CacheControl: {
          description: "public, max-age=0, must-revalidate: revalidate each time (retractions show at once).",
          schema: { type: "string" },
        },
        RateLimitLimit: {
          description: "Requests a token may make in a minute, of this kind (reads or writes).",
          schema: { type: "integer", minimum: 1 },
        },
        RateLimitRemaining: {
          description: "Requests left in the current minute.",
          schema: { type: "integer", minimum: 0 },
        },
        RateLimitReset: {
          description: "Seconds until the current minute's window ends.",
          schema: { type: "integer", minimum: 1 },
        },
      },
    },
    tags: [
      { name: "Open data", description: "JSON answers." },
      { name: "Downloads", description: "The same data as a spreadsheet and a feed." },
      {
        name: "Newsroom API",
        description: "For programs holding an API token: the newsroom's claims, and drafts written into it.",
      },
      {
        name: "Webhooks",
        description:
          "What a registered receiver is sent when a claim is published or retracted, signed with the webhook's secret.",
      },
    ],
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
