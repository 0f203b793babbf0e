// The search form and results page in English and French.
import type { SearchKind } from "@/lib/public/search-query";
import { formatNumber } from "../format";
import type { Locale, Messages } from "../locale";

export interface SearchMessages {
  title: string;
  label: string;
  placeholder: string;
  /** The header's narrow box: short enough to show whole. */
  compactPlaceholder: string;
  submit: string;
  /** Shown before anything is typed. */
  emptyIntro: string;
  emptyExamples: string;
  /** Typed, but no letter or digit in it ("***", an emoji). */
  noWords: string;
  nothingFound: (query: string) => string;
  /** `more`: some kind has more than SEARCH_COUNT_CAP matches, so `total` is a floor. */
  resultsFor: (total: number, query: string, more: boolean) => string;
  groups: Record<SearchKind, string>;
  groupCount: (kind: SearchKind, count: number, more: boolean) => string;
  seeAll: (kind: SearchKind, count: number, more: boolean) => string;
  /** A kind with more matches than are counted: which of them are listed, and what to do. */
  newestFirst: (kind: SearchKind, count: number) => string;
  backToAll: string;
  range: (from: number, to: number, total: number, more: boolean) => string;
  previous: string;
  next: string;
  pagination: string;
  inStory: string;
  pageOf: (page: number, count: number) => string;
  claimBy: string;
  badPage: string;
}

const en = (n: number) => formatNumber(n, "en");
const fr = (n: number) => formatNumber(n, "fr");

const ENGLISH_NOUNS: Record<SearchKind, [string, string]> = {
  story: ["story", "stories"],
  quantity: ["quantity", "quantities"],
  source: ["source", "sources"],
  claim: ["claim", "claims"],
};
const FRENCH_NOUNS: Record<SearchKind, [string, string]> = {
  story: ["sujet", "sujets"],
  quantity: ["quantité", "quantités"],
  source: ["source", "sources"],
  claim: ["déclaration", "déclarations"],
};
/** "Les plus récents" agrees with the noun: sujet is masculine, the others feminine. */
const frenchRecent = (kind: SearchKind) =>
  kind === "story"
    ? { recent: "récents", listed: "listés", order: "du plus récent au plus ancien" }
    : { recent: "récentes", listed: "listées", order: "de la plus récente à la plus ancienne" };

export const searchMessages = {
  en: {
    title: "Search",
    label: "Search stories, figures and sources",
    placeholder: "Idlib, Observatory, soldiers…",
    compactPlaceholder: "Stories, sources…",
    submit: "Search",
    emptyIntro:
      "Search the published stories, the quantities they count, the sources and the words of every published claim.",
    emptyExamples:
      "Try a place (“Idlib”), a source (“Observatory”) or a word from a quote, in English or French (“soldiers”, “soldats”).",
    noWords: "There is no word to search for in that: try a name, a place or a word from a quote.",
    nothingFound: (query) => `Nothing published matches “${query}”.`,
    resultsFor: (total, query, more) =>
      `${more ? "More than " : ""}${en(total)} ${total === 1 && !more ? "result" : "results"} for “${query}”`,
    groups: { story: "Stories", quantity: "Quantities", source: "Sources", claim: "Claims" },
    groupCount: (kind, count, more) =>
      `${more ? "more than " : ""}${en(count)} ${ENGLISH_NOUNS[kind][count === 1 && !more ? 0 : 1]}`,
    seeAll: (kind, count, more) =>
      more ? `See the latest ${en(count)} ${ENGLISH_NOUNS[kind][1]}` : `See all ${en(count)} ${ENGLISH_NOUNS[kind][1]}`,
    newestFirst: (kind, count) =>
      `More than ${en(count)} ${ENGLISH_NOUNS[kind][1]} match: the latest ${en(count)} are listed, newest first. Add a word to narrow the search.`,
    backToAll: "All results",
    range: (from, to, total, more) => `Showing ${en(from)}–${en(to)} of ${more ? "the latest " : ""}${en(total)}`,
    previous: "Previous page",
    next: "Next page",
    pagination: "Pages of results",
    inStory: "in",
    pageOf: (page, count) => `page ${en(page)} of ${en(count)}`,
    claimBy: "said",
    badPage: "There is no such page of results.",
  },
  fr: {
    title: "Recherche",
    label: "Chercher des sujets, des chiffres et des sources",
    placeholder: "Idlib, Observatoire, soldats…",
    compactPlaceholder: "Sujets, sources…",
    submit: "Chercher",
    emptyIntro:
      "Cherchez parmi les sujets publiés, les quantités qu'ils comptent, les sources et les mots de chaque déclaration publiée.",
    emptyExamples:
      "Essayez un lieu («\u00a0Idlib\u00a0»), une source («\u00a0Observatory\u00a0») ou un mot d'une citation, en français ou en anglais («\u00a0soldats\u00a0», «\u00a0soldiers\u00a0»).",
    noWords: "Il n'y a aucun mot à chercher là-dedans\u00a0: essayez un nom, un lieu ou un mot d'une citation.",
    nothingFound: (query) => `Rien de publié ne correspond à «\u00a0${query}\u00a0».`,
    resultsFor: (total, query, more) =>
      `${more ? "Plus de " : ""}${fr(total)} ${total <= 1 && !more ? "résultat" : "résultats"} pour «\u00a0${query}\u00a0»`,
    groups: { story: "Sujets", quantity: "Quantités", source: "Sources", claim: "Déclarations" },
    groupCount: (kind, count, more) =>
      `${more ? "plus de " : ""}${fr(count)} ${FRENCH_NOUNS[kind][count <= 1 && !more ? 0 : 1]}`,
    seeAll: (kind, count, more) =>
      more
        ? `Voir les ${fr(count)} ${FRENCH_NOUNS[kind][1]} les plus ${frenchRecent(kind).recent}`
        : `Voir les ${fr(count)} ${FRENCH_NOUNS[kind][1]}`,
    newestFirst: (kind, count) => {
      const { recent, listed, order } = frenchRecent(kind);
      return `Plus de ${fr(count)} ${FRENCH_NOUNS[kind][1]} correspondent\u00a0: les ${fr(count)} plus ${recent} sont ${listed}, ${order}. Ajoutez un mot pour affiner la recherche.`;
    },
    backToAll: "Tous les résultats",
    range: (from, to, total, more) =>
      `Résultats ${fr(from)} à ${fr(to)} sur ${more ? "les " : ""}${fr(total)}${more ? " plus récents" : ""}`,
    previous: "Page précédente",
    next: "Page suivante",
    pagination: "Pages de résultats",
    inStory: "dans",
    pageOf: (page, count) => `page ${fr(page)} sur ${fr(count)}`,
    claimBy: "a dit",
    badPage: "Cette page de résultats n'existe pas.",
  },
} satisfies Messages<SearchMessages>;

export const searchMessagesFor = (locale: Locale): SearchMessages => searchMessages[locale];
