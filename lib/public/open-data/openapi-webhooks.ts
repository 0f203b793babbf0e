// What a webhook receiver is sent, for the OpenAPI document (openapi.ts): OpenAPI 3.1's top-level
// `webhooks`, one entry per event (lib/data/webhooks.ts writes the bodies, lib/webhooks/worker.ts
// sends them), with the headers that sign them. The bodies are the closed schemas of ./schemas.ts,
// so e2e/webhooks.spec.ts, which checks real deliveries against this, fails when a payload gains,
// loses or renames a field. Pure data: the e2e specs import it.
import { z } from "zod";
import { MAX_ATTEMPTS } from "../../webhooks/schedule";
import {
  ClaimPublishedEventSchema,
  ClaimRetractedEventSchema,
  Id,
  jsonSchema,
  PingEventSchema,
  refTo,
} from "./schemas";

const header = (name: string, description: string, schema: z.ZodType) => ({
  name,
  in: "header",
  required: true,
  description,
  schema: jsonSchema(schema),
});

export const WEBHOOK_PARAMETERS = {
  webhookDelivery: header(
    "X-ClaimTracker-Delivery",
    "The delivery's id: the same on every retry of it, so a receiver can ignore one it already handled.",
    Id,
  ),
  webhookTimestamp: header(
    "X-ClaimTracker-Timestamp",
    "When this attempt was sent, in seconds since 1970 (UTC); signed with the body, so a receiver can refuse an old one.",
    z.string().regex(/^[0-9]{1,12}$/),
  ),
  webhookSignature: header(
    "X-ClaimTracker-Signature",
    'sha256= and the hex HMAC-SHA256, keyed with the webhook\'s secret (shown once at registration), of the timestamp, a dot and the raw body: "<X-ClaimTracker-Timestamp>.<body>". ' +
      "Compute it over the bytes received, before parsing them, and compare in constant time.",
    z.string().regex(/^sha256=[0-9a-f]{64}$/),
  ),
};

const param = (name: keyof typeof WEBHOOK_PARAMETERS) => ({
  $ref: `#/components/parameters/${name}`,
});

function webhook(event: string, operationId: string, summary: string, body: z.ZodType) {
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
          schema: jsonSchema(z.enum([event])),
        },
        param("webhookDelivery"),
        param("webhookTimestamp"),
        param("webhookSignature"),
      ],
      requestBody: { required: true, content: { "application/json": { schema: refTo(body) } } },
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
  published: webhook("published", "claimPublished", "A claim was published", ClaimPublishedEventSchema),
  retracted: webhook("retracted", "claimRetracted", "A published claim was retracted", ClaimRetractedEventSchema),
  ping: webhook("ping", "webhookPing", "A test ping an admin asked for", PingEventSchema),
};
