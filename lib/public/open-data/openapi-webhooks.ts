// What a webhook receiver is sent, for the OpenAPI document (openapi.ts): OpenAPI 3.1's top-level
// `webhooks`, one entry per event (lib/data/webhooks.ts writes the bodies, lib/webhooks/worker.ts
// sends them), with the headers that sign them. The bodies are closed objects like the API's
// answers, so e2e/webhooks.spec.ts, which checks real deliveries against this, fails when a
// payload gains, loses or renames a field. Pure data, relative imports: the e2e specs import it.
import { MAX_ATTEMPTS } from "../../webhooks/schedule";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const ID = { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" };
const dateTime = (description: string): Schema => ({
  type: "string",
  format: "date-time",
  description,
});

/** A closed object: every property required, no other allowed (as in openapi.ts). */
function object(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const eventName = (name: string): Schema => ({ type: "string", enum: [name] });
const occurredAt = dateTime(
  "When the claim was published or retracted, or the ping asked for: every retry carries the same body.",
);

export const WEBHOOK_SCHEMAS: Record<string, Schema> = {
  ClaimPublishedEvent: object(
    { event: eventName("published"), occurredAt, claim: ref("Claim") },
    "A claim was published: the claim as GET /api/v1/claims/{id} gave it at that moment.",
  ),
  ClaimRetractedEvent: object(
    {
      event: eventName("retracted"),
      occurredAt,
      claim: object(
        {
          id: ID,
          retractedAt: dateTime("When it was retracted."),
          reason: { type: ["string", "null"], description: "Why, in the reviewer's words." },
          permalink: {
            type: "string",
            format: "uri",
            description: "The claim's public page, which still explains the retraction.",
          },
        },
        "Only what the retracted claim's page still shows: never its figure.",
      ),
    },
    "A published claim was retracted.",
  ),
  PingEvent: object(
    { event: eventName("ping"), occurredAt, webhook: object({ id: ID }) },
    "The admin's test ping (Admin → Webhooks → Send a test ping).",
  ),
};

export const WEBHOOK_PARAMETERS: Record<string, Schema> = {
  webhookDelivery: {
    name: "X-ClaimTracker-Delivery",
    in: "header",
    required: true,
    description: "The delivery's id: the same on every retry of it, so a receiver can ignore one it already handled.",
    schema: ID,
  },
  webhookTimestamp: {
    name: "X-ClaimTracker-Timestamp",
    in: "header",
    required: true,
    description:
      "When this attempt was sent, in seconds since 1970 (UTC); signed with the body, so a receiver can refuse an old one.",
    schema: { type: "string", pattern: "^[0-9]{1,12}$" },
  },
  webhookSignature: {
    name: "X-ClaimTracker-Signature",
    in: "header",
    required: true,
    description:
      'sha256= and the hex HMAC-SHA256, keyed with the webhook\'s secret (shown once at registration), of the timestamp, a dot and the raw body: "<X-ClaimTracker-Timestamp>.<body>". ' +
      "Compute it over the bytes received, before parsing them, and compare in constant time.",
    schema: { type: "string", pattern: "^sha256=[0-9a-f]{64}$" },
  },
};

const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });

function webhook(event: string, operationId: string, summary: string, schema: string) {
  return {
    post: {
      operationId,
      summary,
      tags: ["Webhooks"],
      description:
        "Sent by POST to every active webhook that asked for this event, as JSON (Content-Type: application/json, User-Agent: ClaimTracker-Webhooks/1). " +
        "Receivers must be at a public address unless the server's WEBHOOK_ALLOWED_HOSTS names them.",
      // The newsroom sends no credential: the signature header is how a receiver knows the sender.
      security: [],
      parameters: [
        {
          name: "X-ClaimTracker-Event",
          in: "header",
          required: true,
          description: "The event, as in the body.",
          schema: eventName(event),
        },
        ...["webhookDelivery", "webhookTimestamp", "webhookSignature"].map(param),
      ],
      requestBody: { required: true, content: { "application/json": { schema: ref(schema) } } },
      responses: {
        "2XX": {
          description: "Received: the delivery is marked delivered. The answer's body is not read.",
        },
        "4XX": {
          description: "Refused (a signature that does not match, say): tried again like any other failure.",
        },
        default: {
          description:
            `Any other answer, a redirect included (it is not followed), or none within 10 s: tried again after 10 s, 30 s, 2 min, 10 min and 1 h, ` +
            `then marked failed after ${MAX_ATTEMPTS} attempts in all.`,
        },
      },
    },
  };
}

/** The document's top-level `webhooks`, keyed by the event's name. */
export const WEBHOOKS = {
  published: webhook("published", "claimPublished", "A claim was published", "ClaimPublishedEvent"),
  retracted: webhook("retracted", "claimRetracted", "A published claim was retracted", "ClaimRetractedEvent"),
  ping: webhook("ping", "webhookPing", "A test ping an admin asked for", "PingEvent"),
};
