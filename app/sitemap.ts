import type { MetadataRoute } from "next";
import { publicStoriesPage } from "@/lib/data/public-story-list";
import { openDataUrls } from "@/lib/public/open-data/urls";
import { publicOrigin } from "@/lib/public/public-origin";

// What a search engine should crawl: the public pages only, built from the same public reads as
// the pages themselves (stories with a published figure, their quantities with one, the
// published claims and the sources that gave them), never a draft's or a staff page's address.
// Absolute URLs of the configured origin (PUBLIC_ORIGIN or NEXTAUTH_URL), not of whatever Host a
// request named.

// Read at each request: a publication shows in the sitemap at once (the reads are cached per
// edition, lib/data/public-cache.ts), and the origin is the running server's, not the build's.
export const dynamic = "force-dynamic";

/** The sitemaps protocol's limit for one file: past it, the least important addresses are left out. */
const MAX_URLS = 50_000;
const STORIES_PER_READ = 100;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const urls = openDataUrls(publicOrigin());
  const stories: string[] = [];
  const quantities: string[] = [];
  const claims: string[] = [];
  const sources = new Set<string>();
  for (let page = 1; ; page += 1) {
    const slice = await publicStoriesPage(page, STORIES_PER_READ);
    for (const story of slice.items) {
      stories.push(urls.storyPage(story.slug));
      for (const quantity of story.quantities) {
        if (quantity.claims.length === 0) continue;
        quantities.push(urls.quantityPage(quantity.id));
        for (const claim of quantity.claims) {
          claims.push(urls.claimPage(claim.id));
          sources.add(`${urls.origin}/source/${encodeURIComponent(claim.source.id)}`);
        }
      }
    }
    if (!slice.hasOlder) break;
  }
  // Most useful first, so a cut at the limit drops single claims rather than stories.
  const all = [`${urls.origin}/`, ...stories, ...quantities, ...sources, ...claims];
  return all.slice(0, MAX_URLS).map((url) => ({ url }));
}
