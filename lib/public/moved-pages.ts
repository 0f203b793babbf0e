// Public addresses that moved for good: a source merged into another ("OSDH" into "Syrian
// Observatory for Human Rights") keeps its old address, which now answers 301 to the source
// kept, so links and search engines follow. The proxy asks only when the page cache has no page
// for the address, or a 404: a page served from the cache costs no lookup. The Location is on the configured public origin, never on
// the Host header (lib/public/public-origin.ts).
import { mergedSourceId } from "@/lib/data/sources";
import { publicOrigin } from "./public-origin";

const SOURCE_PAGE = /^\/source\/([A-Za-z0-9_-]{1,64})$/;

/** A 301 to where a moved public page now lives, or null when the address has not moved. */
export async function movedPage(method: string, pathname: string, search: string): Promise<Response | null> {
  if (method !== "GET" && method !== "HEAD") return null;
  const formerId = SOURCE_PAGE.exec(pathname)?.[1];
  if (!formerId) return null;
  // A database that cannot answer now: the page itself says so, as for any source.
  const into = await mergedSourceId(formerId).catch(() => null);
  if (!into) return null;
  return new Response(null, { status: 301, headers: { Location: `${publicOrigin()}/source/${into}${search}` } });
}
