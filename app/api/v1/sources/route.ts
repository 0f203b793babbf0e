import { sourcesAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/sources?limit=…&cursor=…: every source, by name. */
export const GET = openDataRoute(async ({ query, urls }) => ({
  json: await sourcesAnswer(query, urls),
}));
export const OPTIONS = openDataPreflight;
