import { feedAnswer } from "@/lib/public/open-data/answers";
import { openDataPreflight, openDataRoute } from "@/lib/public/open-data/respond";

/** GET /feed.atom: the 50 claims published last, as an Atom feed. */
export const GET = openDataRoute(async ({ query, urls }) => feedAnswer(query, urls));
export const OPTIONS = openDataPreflight;
