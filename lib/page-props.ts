// What Next.js hands an App Router page: its query string, read once the page awaits it.
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
