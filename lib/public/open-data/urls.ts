// Every address the open data hands out, absolute, built from the origin the reader asked
// (a feed reader or a script keeps the URL without the page it came from).

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

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin a request was made to: its Host header (a proxy passes it on), and the scheme a
 * proxy says it received (X-Forwarded-Proto, http or https only). X-Forwarded-Host is not
 * trusted: a shared cache does not key on it, so one forged request could put another host in
 * every reader's feed.
 */
export function originFrom(host: string | null, forwardedProto: string | null, fallback: string): string {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  const scheme = proto === "http" || proto === "https" ? proto : new URL(fallback).protocol.replace(":", "");
  if (!host || !HOST.test(host)) return new URL(fallback).origin;
  return `${scheme}://${host.toLowerCase()}`;
}
