import { storyAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /api/v1/stories/{slug}: a story and each of its quantities' comparison. */
export const GET = openDataRoute<{ slug: string }>(async ({ query, urls }, { slug }) => ({
  json: await storyAnswer(slug, query, urls),
}));
export const OPTIONS = openDataPreflight;
