import "server-only";
import { createHash } from "node:crypto";
import { fieldMessages } from "@/lib/auth/run-action";
import { readJsonBody, tokenApiError, type TokenCaller } from "@/lib/auth/run-token-route";
import { createDraftThroughToken, type IdempotencyKey } from "@/lib/data/api-idempotency";
import { quantityChoice } from "@/lib/data/quantities";
import { sourceNamed } from "@/lib/data/sources";
import { publicOrigin } from "@/lib/public/public-origin";
import { claimFormFromBody } from "@/lib/validation/api-claim";
import { claimDraftInput } from "@/lib/validation/newsroom";

// POST /api/v1/claims: a draft claim from JSON, with exactly the form's checks (claimDraftInput)
// and the form's write (createDraftClaim, which records its history as the token's account).
// With an Idempotency-Key header, a retry of the same request answers the same draft.

type Logged = { ok: true; claimId: string; figureFrom: "engine" | "body" | null } | { ok: false; response: Response };

/** Checks the body as the form would and logs the draft, once per Idempotency-Key when one is given. */
async function logDraft({ token }: TokenCaller, raw: unknown, key: IdempotencyKey | null): Promise<Logged> {
  const refuse = (response: Response) => ({ ok: false as const, response });
  const body = claimFormFromBody(raw);
  if (!body.ok) return refuse(tokenApiError("invalid_parameter", body.message, { fields: body.fields }));

  if (body.sourceName) {
    const source = await sourceNamed(body.sourceName);
    if (!source) {
      return refuse(
        tokenApiError("invalid_parameter", "Some fields need attention.", {
          fields: {
            sourceName: "No source has this name: create it in the newsroom first, or give sourceId.",
          },
        }),
      );
    }
    body.form.sourceId = source.id;
  }
  const parsed = claimDraftInput.safeParse(body.form);
  if (!parsed.success)
    return refuse(
      tokenApiError("invalid_parameter", "Some fields need attention.", {
        fields: fieldMessages(parsed.error),
      }),
    );
  if (!(await quantityChoice(parsed.data.quantityId)))
    return refuse(tokenApiError("not_found", "No quantity has this id."));

  const reason = `Through the API token “${token.name}” (ct_${token.prefix}_…)`;
  const outcome = await createDraftThroughToken({ token, actorId: token.actingUser.id, reason }, parsed.data, key);
  switch (outcome.kind) {
    case "created":
      return { ok: true, claimId: outcome.claimId, figureFrom: body.figureFrom };
    case "replay":
      return { ok: true, claimId: outcome.claimId, figureFrom: null };
    case "other_body":
      return refuse(
        tokenApiError(
          "idempotency_key_reused",
          "This Idempotency-Key was used for another body: use a new key for a new claim.",
        ),
      );
    case "refused":
      return refuse(
        tokenApiError("invalid_parameter", outcome.result.error.message, {
          fields: outcome.result.error.fields ?? {},
        }),
      );
  }
}

function draftCreated({ token }: TokenCaller, claimId: string, figureFrom: "engine" | "body" | null): Response {
  const page = `${publicOrigin()}/claims/${claimId}`;
  const headers: Record<string, string> = { Location: page, "Cache-Control": "no-store" };
  if (figureFrom === null) headers["Idempotent-Replayed"] = "true";
  return Response.json(
    {
      data: {
        id: claimId,
        status: "draft",
        page,
        figureFrom,
        author: { id: token.actingUser.id, name: token.actingUser.name },
      },
    },
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
    const logged = await logDraft(caller, read.body, null);
    return logged.ok ? draftCreated(caller, logged.claimId, logged.figureFrom) : logged.response;
  }

  if (!IDEMPOTENCY_KEY.test(key)) {
    return tokenApiError(
      "invalid_parameter",
      "Idempotency-Key is 1 to 255 printable ASCII characters, such as a UUID.",
      {
        fields: { "Idempotency-Key": "Use 1 to 255 printable ASCII characters, such as a UUID." },
      },
    );
  }
  const logged = await logDraft(caller, read.body, {
    tokenId: caller.token.id,
    key,
    bodyHash: createHash("sha256").update(read.text).digest("hex"),
  });
  return logged.ok ? draftCreated(caller, logged.claimId, logged.figureFrom) : logged.response;
}
