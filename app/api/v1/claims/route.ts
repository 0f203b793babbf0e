import type { NextRequest } from "next/server";
import { createClaimAnswer } from "@/lib/api/create-claim";
import { runTokenRoute } from "@/lib/auth/run-token-route";
import { claimsAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/claims?story=…&quantity=…&source=…&limit=…&cursor=…: published claims, newest first. */
export const GET = openDataRoute(async ({ query, urls }) => ({
  json: await claimsAnswer(query, urls),
}));
export const OPTIONS = openDataPreflight;

/** POST /api/v1/claims: a draft claim from JSON, for an API token that may write drafts. */
export const POST = (request: NextRequest) => runTokenRoute("write", request, createClaimAnswer);
