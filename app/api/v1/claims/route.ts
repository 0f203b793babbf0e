import { claimsAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/claims?story=…&quantity=…&source=…&limit=…&cursor=…: published claims, newest first. */
export const GET = openDataRoute(async ({ query, urls }) => ({ json: await claimsAnswer(query, urls) }));
export const OPTIONS = openDataPreflight;
