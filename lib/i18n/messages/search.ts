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
  resultsFor: (total: number, query: string) => string;
  groups: Record<SearchKind, string>;
  groupCount: (kind: SearchKind, count: number) => string;
  seeAll: (kind: SearchKind, count: number) => string;
  backToAll: string;
  range: (from: number, to: number, total: number) => string;
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

export const searchMessages = {
  en: {
    title: "Search",
    label: "Search stories, figures and sources",
    placeholder: "Idlib, Observatory, soldiers…",
    compactPlaceholder: "Stories, sources…",
    submit: "Search",
    emptyIntro: "Search the published stories, the quantities they count, the sources and the words of every published claim.",
    emptyExamples: "Try a place (“Idlib”), a source (“Observatory”) or a word from a quote, in English or French (“soldiers”, “soldats”).",
    noWords: "There is no word to search for in that: try a name, a place or a word from a quote.",
    nothingFound: (query) => `Nothing published matches “${query}”.`,
    resultsFor: (total, query) => `${en(total)} ${total === 1 ? "result" : "results"} for “${query}”`,
    groups: { story: "Stories", quantity: "Quantities", source: "Sources", claim: "Claims" },
    groupCount: (kind, count) => `${en(count)} ${ENGLISH_NOUNS[kind][count === 1 ? 0 : 1]}`,
    seeAll: (kind, count) => `See all ${en(count)} ${ENGLISH_NOUNS[kind][1]}`,
    backToAll: "All results",
    range: (from, to, total) => `Showing ${en(from)}–${en(to)} of ${en(total)}`,
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
    emptyIntro: "Cherchez parmi les sujets publiés, les quantités qu'ils comptent, les sources et les mots de chaque déclaration publiée.",
    emptyExamples: "Essayez un lieu («\u00a0Idlib\u00a0»), une source («\u00a0Observatory\u00a0») ou un mot d'une citation, en français ou en anglais («\u00a0soldats\u00a0», «\u00a0soldiers\u00a0»).",
    noWords: "Il n'y a aucun mot à chercher là-dedans\u00a0: essayez un nom, un lieu ou un mot d'une citation.",
    nothingFound: (query) => `Rien de publié ne correspond à «\u00a0${query}\u00a0».`,
    resultsFor: (total, query) => `${fr(total)} ${total <= 1 ? "résultat" : "résultats"} pour «\u00a0${query}\u00a0»`,
    groups: { story: "Sujets", quantity: "Quantités", source: "Sources", claim: "Déclarations" },
    groupCount: (kind, count) => `${fr(count)} ${FRENCH_NOUNS[kind][count <= 1 ? 0 : 1]}`,
    seeAll: (kind, count) => `Voir les ${fr(count)} ${FRENCH_NOUNS[kind][1]}`,
    backToAll: "Tous les résultats",
    range: (from, to, total) => `Résultats ${fr(from)} à ${fr(to)} sur ${fr(total)}`,
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
