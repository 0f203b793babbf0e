import { claimAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/claims/{id}: one published claim (410 once retracted). */
export const GET = openDataRoute<{ id: string }>(async ({ query, urls }, { id }) => ({
  json: await claimAnswer(id, query, urls),
}));
export const OPTIONS = openDataPreflight;
