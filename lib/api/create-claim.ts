import "server-only";
import { createHash } from "node:crypto";
import { fieldMessages } from "@/lib/auth/run-action";
import { readJsonBody, tokenApiError, type TokenCaller } from "@/lib/auth/run-token-route";
import { completeIdempotencyKey, releaseIdempotencyKey, reserveIdempotencyKey } from "@/lib/data/api-idempotency";
import { recordTokenWrite } from "@/lib/data/api-tokens";
import { createDraftClaim } from "@/lib/data/claims";
import { quantityChoice } from "@/lib/data/quantities";
import { sourceNamed } from "@/lib/data/sources";
import { originFrom } from "@/lib/public/open-data/urls";
import { claimFormFromBody } from "@/lib/validation/api-claim";
import { claimDraftInput } from "@/lib/validation/newsroom";

// POST /api/v1/claims: a draft claim from JSON, with exactly the form's checks (claimDraftInput)
// and the form's write (createDraftClaim, which records its history as the token's account).
// With an Idempotency-Key header, a retry of the same request answers the same draft.

type Logged = { ok: true; claimId: string; figureFrom: "engine" | "body" } | { ok: false; response: Response };

/** Checks the body as the form would and logs the draft. */
async function logDraft({ token }: TokenCaller, raw: unknown): Promise<Logged> {
  const refuse = (response: Response) => ({ ok: false as const, response });
  const body = claimFormFromBody(raw);
  if (!body.ok) return refuse(tokenApiError("invalid_parameter", body.message, { fields: body.fields }));

  if (body.sourceName) {
    const source = await sourceNamed(body.sourceName);
    if (!source) {
      return refuse(
        tokenApiError("invalid_parameter", "Some fields need attention.", {
          fields: { sourceName: "No source has this name: create it in the newsroom first, or give sourceId." },
        }),
      );
    }
    body.form.sourceId = source.id;
  }
  const parsed = claimDraftInput.safeParse(body.form);
  if (!parsed.success) return refuse(tokenApiError("invalid_parameter", "Some fields need attention.", { fields: fieldMessages(parsed.error) }));
  if (!(await quantityChoice(parsed.data.quantityId))) return refuse(tokenApiError("not_found", "No quantity has this id."));

  const created = await createDraftClaim(token.actingUser.id, parsed.data, `Through the API token “${token.name}” (ct_${token.prefix}_…)`);
  if (!created.ok) return refuse(tokenApiError("invalid_parameter", created.error.message, { fields: created.error.fields ?? {} }));
  await recordTokenWrite(token, created.data.id);
  return { ok: true, claimId: created.data.id, figureFrom: body.figureFrom };
}

function draftCreated({ token, request }: TokenCaller, claimId: string, figureFrom: "engine" | "body" | null): Response {
  const origin = originFrom(request.headers.get("host"), request.headers.get("x-forwarded-proto"), request.url);
  const page = `${origin}/claims/${claimId}`;
  const headers: Record<string, string> = { Location: page, "Cache-Control": "no-store" };
  if (figureFrom === null) headers["Idempotent-Replayed"] = "true";
  return Response.json(
    { data: { id: claimId, status: "draft", page, figureFrom, author: { id: token.actingUser.id, name: token.actingUser.name } } },
    { status: 201, headers },
  );
}

// Printable ASCII, as the draft's sf-string allows; a UUID is the usual choice.
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,255}$/;

/** The answer to one request: 201 with the draft, or a 4xx saying what to fix. */
export async function createClaimAnswer(caller: TokenCaller): Promise<Response> {
  const read = await readJsonBody(caller.request);
  if (!read.ok) return read.response;
  const key = caller.request.headers.get("idempotency-key");
  if (key === null) {
    const logged = await logDraft(caller, read.body);
    return logged.ok ? draftCreated(caller, logged.claimId, logged.figureFrom) : logged.response;
  }

  if (!IDEMPOTENCY_KEY.test(key)) {
    return tokenApiError("invalid_parameter", "Idempotency-Key is 1 to 255 printable ASCII characters, such as a UUID.", {
      fields: { "Idempotency-Key": "Use 1 to 255 printable ASCII characters, such as a UUID." },
    });
  }
  const tokenId = caller.token.id;
  const reservation = await reserveIdempotencyKey(tokenId, key, createHash("sha256").update(read.text).digest("hex"));
  if (reservation.kind === "replay") return draftCreated(caller, reservation.claimId, null);
  if (reservation.kind === "in_progress") {
    return tokenApiError("idempotency_in_progress", "A request with this Idempotency-Key is still being handled: try again in a moment.", {
      headers: { "Retry-After": "1" },
    });
  }
  if (reservation.kind === "other_body") {
    return tokenApiError("idempotency_key_reused", "This Idempotency-Key was used for another body: use a new key for a new claim.");
  }
  let logged: Logged | null = null;
  try {
    logged = await logDraft(caller, read.body);
  } finally {
    if (logged?.ok) await completeIdempotencyKey(tokenId, key, logged.claimId);
    else await releaseIdempotencyKey(tokenId, key);
  }
  return logged.ok ? draftCreated(caller, logged.claimId, logged.figureFrom) : logged.response;
}
