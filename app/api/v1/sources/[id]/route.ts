import { sourceAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/sources/{id}: one source and how many of its claims are published. */
export const GET = openDataRoute<{ id: string }>(async ({ query, urls }, { id }) => ({
  json: await sourceAnswer(id, query, urls),
}));
export const OPTIONS = openDataPreflight;
