import { storyCsvAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /story/{slug}/claims.csv: the story's published claims, one row each, for a spreadsheet. */
export const GET = openDataRoute<{ slug: string }>(async ({ query, urls }, { slug }) =>
  storyCsvAnswer(slug, query, urls),
);
export const OPTIONS = openDataPreflight;
