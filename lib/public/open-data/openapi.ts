// The OpenAPI 3.1 document of the open data, served at /api/v1/openapi.json. Its schemas are
// generated from the zod schemas the serialisers return (./schemas.ts) and the write API's body
// (lib/validation/api-claim.ts): every object closed, every field required (null when empty), so
// the contract tests (openapi.test.ts, e2e/open-data.spec.ts) fail when the API adds, drops or
// renames a field. This file adds what is not a schema: paths, parameters, answers, headers.
// Pure data: no Next, no database.
import { z } from "zod";
import { RATE_LIMITS } from "../../auth/api-token";
import { ClaimStatus } from "../../data/enums";
import { apiClaimBody } from "../../validation/api-claim";
import { WEBHOOK_PARAMETERS, WEBHOOKS } from "./openapi-webhooks";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./query";
import {
  ClaimAnswerSchema,
  ClaimPageSchema,
  ClaimSchema,
  componentSchemas,
  DraftCreatedSchema,
  ErrorSchema,
  Id,
  jsonSchema,
  QuantityAnswerSchema,
  refTo,
  Slug,
  SourceAnswerSchema,
  SourcePageSchema,
  StaffClaimPageSchema,
  StoryAnswerSchema,
  StoryPageSchema,
  TokenErrorSchema,
  ValidationErrorSchema,
} from "./schemas";

type Schema = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Parameters

const query = (name: string, description: string, schema: z.ZodType) => ({
  name,
  in: "query",
  description,
  schema: jsonSchema(schema, "input"),
});
const inPath = (name: string, schema: z.ZodType) => ({
  name,
  in: "path",
  required: true,
  schema: jsonSchema(schema, "input"),
});

const PARAMETERS = {
  limit: query("limit", `Rows per page, 1 to ${MAX_LIMIT}.`, z.int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT)),
  cursor: query("cursor", "Opaque: copy it from the previous page's `next`.", z.string()),
  storyFilter: query("story", "Only the claims of this story (its slug).", Slug),
  quantityFilter: query("quantity", "Only the claims of this quantity.", Id),
  sourceFilter: query("source", "Only the claims this source counted (not relayed).", Id),
  statusFilter: query("status", "Only the claims in this status.", z.enum(ClaimStatus)),
  slug: inPath("slug", Slug),
  id: inPath("id", Id),
};
type Parameter = keyof typeof PARAMETERS;
const param = (name: Parameter) => ({ $ref: `#/components/parameters/${name}` });

// ---------------------------------------------------------------------------------------------
// Answers

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });
const integerHeader = (description: string, minimum = 1) => ({
  description,
  schema: { type: "integer", minimum },
});
const retryAfter = (description = "Seconds to wait before trying again.") => ({
  "Retry-After": integerHeader(description),
});
const cachedHeaders = { ETag: header("ETag"), "Cache-Control": header("CacheControl") };
const rateLimitHeaders = {
  "RateLimit-Limit": header("RateLimitLimit"),
  "RateLimit-Remaining": header("RateLimitRemaining"),
  "RateLimit-Reset": header("RateLimitReset"),
};

const answer = (description: string, schema: Schema, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema } },
});
const ok = (description: string, schema: Schema, type = "application/json") => ({
  description,
  headers: cachedHeaders,
  content: { [type]: { schema } },
});
const error = (description: string, headers?: Record<string, unknown>) =>
  answer(description, refTo(ErrorSchema), headers);
const tokenError = (description: string, headers: Record<string, unknown> = rateLimitHeaders) =>
  answer(description, refTo(TokenErrorSchema), headers);

const COMMON = {
  "304": {
    description: "Not modified: the If-None-Match ETag is still current.",
    headers: cachedHeaders,
  },
  "400": error("A parameter is malformed, unknown or repeated (code invalid_parameter)."),
  "500": error("Something went wrong on the server (code internal, with a reference)."),
  "503": error(
    "The database cannot answer right now (code unavailable): try again after Retry-After seconds.",
    retryAfter(),
  ),
};
const NOT_FOUND = { "404": error("Nothing public has this slug or id (code not_found).") };

/** A public GET: open to anyone, no token (security: [] says so rather than leaving it unsaid). */
function get(
  operationId: string,
  summary: string,
  parameters: Parameter[],
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
const CSV_FILE = ok("The file, as an attachment.", { type: "string" }, "text/csv");

// ---------------------------------------------------------------------------------------------
// The token API: the staff read endpoint and the write endpoint

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
    ...retryAfter("Seconds until the window starts again."),
  }),
  "503": tokenError(
    "The database is busy (another process held the write lock past the wait allowed: code database_busy) or cannot be reached (code database_unavailable); " +
      "nothing was saved: send the same request again after Retry-After seconds (with its Idempotency-Key, it is saved once).",
    { ...rateLimitHeaders, ...retryAfter() },
  ),
  "507": tokenError(
    "The database or its disk is full (code database_full); nothing was saved. Saving resumes by itself once space is freed.",
    { ...rateLimitHeaders, ...retryAfter() },
  ),
  "500": tokenError("Something went wrong on the server (code internal, with a reference); nothing was saved."),
};

const CREATE_DRAFT = {
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
  requestBody: {
    required: true,
    content: { "application/json": { schema: jsonSchema(apiClaimBody, "input") } },
  },
  responses: {
    "201": answer(
      "The draft, logged as the token's account; it waits in their dashboard to be submitted for review.",
      refTo(DraftCreatedSchema),
      {
        ...rateLimitHeaders,
        Location: { description: "The draft's page in the newsroom.", schema: { type: "string" } },
        "Idempotent-Replayed": {
          description: "true when this answer is an earlier request's, replayed for its Idempotency-Key.",
          schema: { type: "string" },
        },
      },
    ),
    "400": answer(
      "The body is not JSON, or a field needs attention (code invalid_parameter, with a message per field).",
      jsonSchema(ValidationErrorSchema),
      rateLimitHeaders,
    ),
    "403": tokenError("The token may only read (code forbidden)."),
    "404": tokenError("No quantity has this id (code not_found)."),
    "413": tokenError("The body is over 64 KB (code payload_too_large)."),
    "415": tokenError("The body is not sent as application/json (code unsupported_media_type)."),
    "422": tokenError("This Idempotency-Key was used with another body (code idempotency_key_reused)."),
    ...TOKEN_COMMON,
  },
};

const LIST_STAFF_CLAIMS = {
  operationId: "listStaffClaims",
  summary: "Every claim, whatever its status, latest change first (any token, or a staff session)",
  tags: ["Newsroom API"],
  security: [{ apiToken: [] }],
  parameters: (["limit", "cursor", "statusFilter", "quantityFilter"] as const).map(param),
  responses: {
    "200": answer("A page of claims.", refTo(StaffClaimPageSchema), rateLimitHeaders),
    "400": tokenError("A parameter is malformed, unknown or repeated (code invalid_parameter)."),
    ...TOKEN_COMMON,
  },
};

// ---------------------------------------------------------------------------------------------
// The document

const PATHS = {
  "/api/v1/stories": get("listStories", "Stories, newest first", ["limit", "cursor"], {
    "200": ok("A page of stories.", refTo(StoryPageSchema)),
  }),
  "/api/v1/stories/{slug}": get("getStory", "A story with each quantity's comparison", ["slug"], {
    "200": ok("The story.", refTo(StoryAnswerSchema)),
    ...NOT_FOUND,
  }),
  "/api/v1/quantities/{id}": get("getQuantity", "A quantity: its comparison and published claims", ["id"], {
    "200": ok("The quantity.", refTo(QuantityAnswerSchema)),
    ...NOT_FOUND,
  }),
  "/api/v1/claims": {
    ...get(
      "listClaims",
      "Published claims, most recently reported first",
      ["limit", "cursor", "storyFilter", "quantityFilter", "sourceFilter"],
      { "200": ok("A page of claims.", refTo(ClaimPageSchema)) },
    ),
    post: CREATE_DRAFT,
  },
  "/api/v1/staff/claims": { get: LIST_STAFF_CLAIMS },
  "/api/v1/claims/{id}": get("getClaim", "A published claim", ["id"], {
    "200": ok("The claim.", refTo(ClaimAnswerSchema)),
    ...NOT_FOUND,
    "410": error("The claim was retracted; the message says when and why (code retracted)."),
  }),
  "/api/v1/sources": get("listSources", "Sources, by name", ["limit", "cursor"], {
    "200": ok("A page of sources.", refTo(SourcePageSchema)),
  }),
  "/api/v1/sources/{id}": get("getSource", "A source", ["id"], {
    "200": ok("The source.", refTo(SourceAnswerSchema)),
    ...NOT_FOUND,
  }),
  "/api/v1/openapi.json": get("getOpenApi", "This document", [], {
    "200": ok("The OpenAPI 3.1 document.", {
      type: "object",
      description: "An OpenAPI 3.1 document.",
    }),
  }),
  "/story/{slug}/claims.csv": get(
    "getStoryClaimsCsv",
    "A story's published claims as CSV (RFC 4180, UTF-8 with a BOM), one row each",
    ["slug"],
    { "200": CSV_FILE, ...NOT_FOUND },
    ["Downloads"],
    CSV_FORMULA_GUARD,
  ),
  "/api/v1/claims/export.json": get(
    "exportClaimsJson",
    "Every published claim the filters match, streamed as one JSON array (no pages)",
    ["storyFilter", "quantityFilter", "sourceFilter"],
    {
      "200": ok("The claims, as the list gives them.", {
        type: "array",
        items: refTo(ClaimSchema),
      }),
    },
    ["Downloads"],
  ),
  "/api/v1/claims/export.csv": get(
    "exportClaimsCsv",
    "Every published claim the filters match, streamed as CSV (RFC 4180, UTF-8 with a BOM)",
    ["storyFilter", "quantityFilter", "sourceFilter"],
    { "200": CSV_FILE },
    ["Downloads"],
    CSV_FORMULA_GUARD,
  ),
  "/feed.atom": get(
    "getClaimsFeed",
    "The 50 claims published last, as an Atom 1.0 feed",
    [],
    { "200": ok("The feed.", { type: "string" }, "application/atom+xml") },
    ["Downloads"],
  ),
};

const COMPONENTS = {
  schemas: componentSchemas(),
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
    RateLimitLimit: integerHeader("Requests a token may make in a minute, of this kind (reads or writes)."),
    RateLimitRemaining: integerHeader("Requests left in the current minute.", 0),
    RateLimitReset: integerHeader("Seconds until the current minute's window ends."),
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
    paths: PATHS,
    webhooks: WEBHOOKS,
    components: COMPONENTS,
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
