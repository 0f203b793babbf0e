import "server-only";
import { z } from "zod";
import { tokenApiError } from "@/lib/auth/run-token-route";
import { staffClaims, type StaffApiClaimRow } from "@/lib/data/staff-api";
import { OpenDataError } from "@/lib/public/open-data/open-data-error";
import { parseIdFilter, parseLimit, readParameters } from "@/lib/public/open-data/query";
import type * as Api from "@/lib/public/open-data/schemas";
import { serializeClaim } from "@/lib/public/open-data/serialize";
import { publicUrls, type OpenDataUrls } from "@/lib/public/open-data/urls";

// GET /api/v1/staff/claims: the newsroom's claims of every status, latest change first, in the
// open data's claim shape with what only staff see (status, author, the staff page) and without
// what only a published claim has (its public permalink and its standing in the comparison).

export const STAFF_CLAIM_STATUSES = ["draft", "in_review", "published", "retracted"] as const;

function serializeStaffClaim(claim: StaffApiClaimRow, urls: OpenDataUrls): Api.StaffClaim {
  const { standing, permalink, ...shared } = serializeClaim(claim, "current", urls);
  return {
    ...shared,
    status: claim.status,
    author: { id: claim.author.id, name: claim.author.name },
    page: `${urls.origin}/claims/${encodeURIComponent(claim.id)}`,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}

const cursorKey = z.object({ updatedAt: z.iso.datetime(), id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }).strict();

const encodeCursor = (row: StaffApiClaimRow) =>
  Buffer.from(JSON.stringify({ updatedAt: row.updatedAt.toISOString(), id: row.id })).toString("base64url");

function decodeCursor(cursor: string | undefined) {
  if (cursor === undefined) return null;
  let key: z.infer<typeof cursorKey> | null = null;
  try {
    const parsed = cursorKey.safeParse(JSON.parse(Buffer.from(cursor.slice(0, 1_000), "base64url").toString("utf8")));
    key = parsed.success ? parsed.data : null;
  } catch {
    key = null;
  }
  if (!key)
    throw new OpenDataError(
      "invalid_parameter",
      `"cursor" is not one this list gave: use the "next" link of the previous page as it is.`,
    );
  return { updatedAt: new Date(key.updatedAt), id: key.id };
}

/** The answer: a page of claims, or a 400 naming the parameter that is wrong. */
export async function staffClaimsAnswer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const query = readParameters(url.searchParams, ["limit", "cursor", "status", "quantity"]);
    const limit = parseLimit(query.limit);
    const status = query.status === undefined ? null : STAFF_CLAIM_STATUSES.find((s) => s === query.status);
    if (status === undefined)
      throw new OpenDataError("invalid_parameter", `"status" is one of ${STAFF_CLAIM_STATUSES.join(", ")}.`);
    const quantityId = parseIdFilter(query.quantity, "quantity");
    const page = await staffClaims({
      limit,
      after: decodeCursor(query.cursor),
      status,
      quantityId,
    });

    const urls = publicUrls();
    const last = page.rows.at(-1);
    const next =
      page.hasMore && last
        ? urls.api("staff/claims", {
            status,
            quantity: quantityId,
            limit: String(limit),
            cursor: encodeCursor(last),
          })
        : null;
    return Response.json(
      { data: page.rows.map((c) => serializeStaffClaim(c, urls)), next },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  } catch (error) {
    if (error instanceof OpenDataError && error.code === "invalid_parameter")
      return tokenApiError("invalid_parameter", error.message);
    throw error;
  }
}
