// The words of the page-by-page lists (home's stories, the staff lists), in English and French.
import type { Messages } from "../locale";

const en = {
  navLabel: "Pages",
  newer: "Newer",
  older: "Older",
  pageOf: (page: number) => `Page ${page}`,
  olderStoriesTitle: (page: number) => `Earlier stories, page ${page}`,
};

export type PaginationMessages = typeof en;

const fr: PaginationMessages = {
  navLabel: "Pages",
  newer: "Plus récents",
  older: "Plus anciens",
  pageOf: (page: number) => `Page ${page}`,
  olderStoriesTitle: (page: number) => `Récits précédents, page ${page}`,
};

export const PAGINATION_MESSAGES = { en, fr } satisfies Messages<PaginationMessages>;
