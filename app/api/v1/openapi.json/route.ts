import { openApiAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of the open data. */
export const GET = openDataRoute(async ({ query, urls }) => ({ json: openApiAnswer(query, urls) }));
export const OPTIONS = openDataPreflight;
