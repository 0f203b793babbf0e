// Every address the open data hands out, absolute (a feed reader or a script keeps the URL
// without the page it came from), built on the configured origin (../public-origin.ts): never on
// the Host a request names, which its sender writes.
import { publicOrigin } from "@/lib/public/public-origin";

export interface OpenDataUrls {
  origin: string;
  api(path: string, query?: Record<string, string | null>): string;
  story(slug: string): string;
  storyPage(slug: string): string;
  storyCsv(slug: string): string;
  quantity(id: string): string;
  quantityPage(id: string): string;
  claim(id: string): string;
  claimPage(id: string): string;
  source(id: string): string;
  feed(): string;
}

const part = encodeURIComponent;

export function openDataUrls(origin: string): OpenDataUrls {
  const api = (path: string, query: Record<string, string | null> = {}) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== null) search.set(name, value);
    const qs = search.toString();
    return `${origin}/api/v1/${path}${qs ? `?${qs}` : ""}`;
  };
  return {
    origin,
    api,
    story: (slug) => api(`stories/${part(slug)}`),
    storyPage: (slug) => `${origin}/story/${part(slug)}`,
    storyCsv: (slug) => `${origin}/story/${part(slug)}/claims.csv`,
    quantity: (id) => api(`quantities/${part(id)}`),
    quantityPage: (id) => `${origin}/quantity/${part(id)}`,
    claim: (id) => api(`claims/${part(id)}`),
    claimPage: (id) => `${origin}/claim/${part(id)}`,
    source: (id) => api(`sources/${part(id)}`),
    feed: () => `${origin}/feed.atom`,
  };
}

/** The addresses on the configured public origin. */
export const publicUrls = (): OpenDataUrls => openDataUrls(publicOrigin());
