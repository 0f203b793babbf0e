import { quantityAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/quantities/{id}: a quantity's comparison and its published claims. */
export const GET = openDataRoute<{ id: string }>(async ({ query, urls }, { id }) => ({
  json: await quantityAnswer(id, query, urls),
}));
export const OPTIONS = openDataPreflight;
