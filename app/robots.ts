import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/public/public-origin";

// Crawlers may read the public pages (all of them are in the sitemap); the newsroom's pages ask
// for a sign-in anyway, the API and the search results are not pages to index.
export const dynamic = "force-dynamic";

/** The newsroom's own pages and what is not a page (app/ holds the list). */
const NOT_FOR_CRAWLERS = [
  "/admin",
  "/api/",
  "/claims",
  "/dashboard",
  "/language",
  "/review",
  "/search",
  "/sign-in",
  "/sources",
  "/stories",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: NOT_FOR_CRAWLERS },
    sitemap: `${publicOrigin()}/sitemap.xml`,
  };
}
