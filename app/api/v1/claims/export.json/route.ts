import { publicExportRoute } from "@/lib/export/claim-export-responses";
import { openDataPreflight } from "@/lib/public/open-data/respond";

/** GET /api/v1/claims/export.json?story=…&quantity=…&source=…: every published claim the filters match, streamed. */
export const GET = publicExportRoute("json");
export const OPTIONS = openDataPreflight;
