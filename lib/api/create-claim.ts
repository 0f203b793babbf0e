import "server-only";
import { fieldMessages } from "@/lib/auth/run-action";
import { readJsonBody, tokenApiError, type TokenCaller } from "@/lib/auth/run-token-route";
import { recordTokenWrite } from "@/lib/data/api-tokens";
import { createDraftClaim } from "@/lib/data/claims";
import { quantityChoice } from "@/lib/data/quantities";
import { sourceNamed } from "@/lib/data/sources";
import { originFrom } from "@/lib/public/open-data/urls";
import { claimFormFromBody } from "@/lib/validation/api-claim";
import { claimDraftInput } from "@/lib/validation/newsroom";

// POST /api/v1/claims: a draft claim from JSON, with exactly the form's checks (claimDraftInput)
// and the form's write (createDraftClaim, which records its history as the token's account).

/** The answer to one request: 201 with the draft, or a 4xx saying what to fix. */
export async function createClaimAnswer({ token, request }: TokenCaller): Promise<Response> {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const body = claimFormFromBody(read.body);
  if (!body.ok) return tokenApiError("invalid_parameter", body.message, { fields: body.fields });

  if (body.sourceName) {
    const source = await sourceNamed(body.sourceName);
    if (!source) {
      return tokenApiError("invalid_parameter", "Some fields need attention.", {
        fields: { sourceName: "No source has this name: create it in the newsroom first, or give sourceId." },
      });
    }
    body.form.sourceId = source.id;
  }
  const parsed = claimDraftInput.safeParse(body.form);
  if (!parsed.success) return tokenApiError("invalid_parameter", "Some fields need attention.", { fields: fieldMessages(parsed.error) });
  if (!(await quantityChoice(parsed.data.quantityId))) return tokenApiError("not_found", "No quantity has this id.");

  const created = await createDraftClaim(token.actingUser.id, parsed.data);
  if (!created.ok) return tokenApiError("invalid_parameter", created.error.message, { fields: created.error.fields ?? {} });
  await recordTokenWrite(token, created.data.id);

  const origin = originFrom(request.headers.get("host"), request.headers.get("x-forwarded-proto"), request.url);
  const page = `${origin}/claims/${created.data.id}`;
  return Response.json(
    { data: { id: created.data.id, status: "draft", page, figureFrom: body.figureFrom, author: { id: token.actingUser.id, name: token.actingUser.name } } },
    { status: 201, headers: { Location: page, "Cache-Control": "no-store" } },
  );
}
