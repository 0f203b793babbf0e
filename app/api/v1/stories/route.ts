import { storiesAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/stories?limit=20&cursor=…: every story, newest first. */
export const GET = openDataRoute(async ({ query, urls }) => ({
  json: await storiesAnswer(query, urls),
}));
export const OPTIONS = openDataPreflight;
