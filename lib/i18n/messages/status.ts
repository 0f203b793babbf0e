// A quantity's status in words, in English and French: the one-word label every page shows
// (readers and reviewers alike), the sentence under a public headline number, and the detail a
// reviewer reads before a decision. One reasoning in lib/explain; a phrasebook per language here.
// Names and figures arrive already in words.
import type { QuantityStatus } from "@/lib/figures/compare";
import { capitalized, countInWords, listInWords } from "@/lib/explain/sentence";
import type { Messages } from "../locale";

export type Gap = { unit: "same" | "under_hour" | "hours" | "days"; count: number };
export type Later = "later" | "also";
export type Fit = "upward" | "consistent" | "different";
export type OpenShape = "lower" | "upper";

/** The public sentence's words: what the sources said, in time order, and why that gives the status. */
export interface StatusPhrasebook {
  none: string;
  onlyOne: (source: string, figure: string) => string;
  agree: (sources: string[], figure: string) => string;
  saidFirst: (source: string, figure: string) => string;
  saidNext: (source: string, figure: string) => string;
  gap: (gap: Gap) => string;
  /** "A said X and B Y, three hours apart." */
  saidApart: (first: string, second: string, gap: string) => string;
  conflictWhy: (cumulativeLaterLower: boolean) => string;
  otherConflicts: (count: number) => string;
  boundsTogether: (count: number, shape: OpenShape, together: string) => string;
  laterGave: (source: string, later: Later, figure: string, fit: Fit) => string;
  roseWithoutConflict: (bounds: string) => string;
  allAllow: (count: number, bounds: string) => string;
  superseded: (count: number) => string;
}

/** The reviewer's detail: what the status means for these claims, and each pair in words. */
export interface StatusDetailWords {
  nothingToCompare: string;
  /** One current claim: "it says 29 or more." */
  oneSays: (allows: string) => string;
  agree: (allows: string) => string;
  consistent: (together: string | null) => string;
  revised: (latest: string | null) => string;
  conflict: (pairs: number) => string;
  /** A claim named in a pair sentence: "Governor of Hatay (“at least 29”)". */
  named: (source: string, quote: string) => string;
  overlap: (a: string, b: string, shared: string | null) => string;
  pairConflict: (a: string, b: string) => string;
  revision: (later: string, earlier: string) => string;
}

export interface StatusMessages {
  /** The badge: the same words on the public pages and in the reviewer's preview. */
  labels: Record<QuantityStatus | "none" | "oneSource", string>;
  sentence: StatusPhrasebook;
  detail: StatusDetailWords;
}

const en: StatusMessages = {
  labels: {
    agree: "Figures agree",
    consistent: "Compatible",
    revised: "Revised upward",
    conflict: "Conflict",
    none: "No figure yet",
    oneSource: "One source",
  },
  sentence: {
    none: "No figure has been published for this yet.",
    onlyOne: (source, figure) => `Only ${source} has given a figure so far: ${figure}.`,
    agree: (sources, figure) =>
      `${capitalized(listInWords(sources))} ${sources.length === 2 ? "both" : "all"} said ${figure}: the figures agree.`,
    saidFirst: (source, figure) => `${capitalized(source)} said ${figure}`,
    saidNext: (source, figure) => `${source} ${figure}`,
    gap: ({ unit, count }) =>
      unit === "same"
        ? "at the same time"
        : unit === "under_hour"
          ? "within the hour"
          : unit === "hours"
            ? count === 1
              ? "an hour apart"
              : `${countInWords(count)} hours apart`
            : count === 1
              ? "a day apart"
              : `${countInWords(count)} days apart`,
    saidApart: (first, second, gap) => `${first} and ${second}, ${gap}.`,
    conflictWhy: (laterLower) =>
      laterLower
        ? "A toll only grows, so the lower, later figure contradicts the first: the figures conflict."
        : "Both cannot be true: the figures conflict.",
    otherConflicts: (n) =>
      n === 0
        ? ""
        : n === 1
          ? " One other pair of figures also conflicts."
          : ` ${capitalized(countInWords(n))} other pairs of figures also conflict.`,
    boundsTogether: (n, shape, together) =>
      `${n === 2 ? "both" : `all ${countInWords(n)}`} are ${shape === "lower" ? "lower bounds" : "upper bounds"}, so together they say ${together}.`,
    laterGave: (source, later, figure, fit) =>
      `${capitalized(source)} ${later === "later" ? "later " : "also "}gave ${figure}, ${fit === "upward" ? "a revision upward" : fit === "consistent" ? "consistent with that" : "a different figure"}.`,
    roseWithoutConflict: (bounds) =>
      `The toll rose without any figure contradicting another: the latest say ${bounds}.`,
    allAllow: (n, bounds) => `${n === 2 ? "Both figures" : `All ${countInWords(n)} figures`} allow ${bounds}.`,
    superseded: (n) =>
      n === 0
        ? ""
        : n === 1
          ? " One earlier figure was replaced by its source's later word."
          : ` ${capitalized(countInWords(n))} earlier figures were replaced by their sources' later word.`,
  },
  detail: {
    nothingToCompare: "No published claim yet: nothing to compare.",
    oneSays: (allows) => `it says ${allows}.`,
    agree: (allows) => `every current claim says ${allows}.`,
    consistent: (together) =>
      together
        ? `the figures differ, yet together they say ${together}.`
        : "the figures differ, yet they share a value.",
    revised: (latest) =>
      latest
        ? `later counts are higher, a toll that grew rather than a conflict; the latest figures say ${latest}.`
        : "later counts are higher, a toll that grew rather than a conflict.",
    conflict: (n) => `no single figure fits every claim (${n === 1 ? "one pair disagrees" : `${n} pairs disagree`}).`,
    named: (source, quote) => `${source} (“${quote}”)`,
    overlap: (a, b, shared) =>
      shared ? `${a} and ${b} can both be true: both allow ${shared}.` : `${a} and ${b} can both be true.`,
    pairConflict: (a, b) => `${a} and ${b} cannot both be true: no figure fits both.`,
    revision: (later, earlier) => `${later} is a later, higher count than ${earlier}: a revision, not a conflict.`,
  },
};

const fr: StatusMessages = {
  labels: {
    agree: "Concordants",
    consistent: "Compatibles",
    revised: "Revu à la hausse",
    conflict: "Contradiction",
    none: "Aucun chiffre",
    oneSource: "Une seule source",
  },
  sentence: {
    none: "Aucun chiffre n'a encore été publié.",
    onlyOne: (source, figure) => `Une seule source a donné un chiffre pour l'instant, ${source} : ${figure}.`,
    agree: (sources, figure) =>
      `${capitalized(listInWords(sources, "fr"))} ont donné le même chiffre, ${figure} : les chiffres concordent.`,
    saidFirst: (source, figure) => `${capitalized(source)} a donné ${figure}`,
    saidNext: (source, figure) => `${source} ${figure}`,
    gap: ({ unit, count }) =>
      unit === "same"
        ? "au même moment"
        : unit === "under_hour"
          ? "à moins d'une heure d'intervalle"
          : unit === "hours"
            ? count === 1
              ? "à une heure d'intervalle"
              : `à ${countInWords(count, "fr")} heures d'intervalle`
            : count === 1
              ? "à un jour d'intervalle"
              : `à ${countInWords(count, "fr")} jours d'intervalle`,
    saidApart: (first, second, gap) => `${first} et ${second}, ${gap}.`,
    conflictWhy: (laterLower) =>
      laterLower
        ? "Un bilan ne peut que croître : le chiffre plus bas, donné plus tard, contredit le premier. Les chiffres se contredisent."
        : "Les deux ne peuvent pas être vrais : les chiffres se contredisent.",
    otherConflicts: (n) =>
      n === 0
        ? ""
        : n === 1
          ? " Une autre paire de chiffres se contredit aussi."
          : ` ${capitalized(countInWords(n, "fr"))} autres paires de chiffres se contredisent aussi.`,
    boundsTogether: (n, shape, together) =>
      `${n === 2 ? "ce sont deux" : `ce sont ${countInWords(n, "fr")}`} ${shape === "lower" ? "minimums" : "maximums"}, donc ensemble ils indiquent ${together}.`,
    laterGave: (source, later, figure, fit) =>
      `${capitalized(source)} a ${later === "later" ? "ensuite" : "aussi"} donné ${figure}, ${fit === "upward" ? "une révision à la hausse" : fit === "consistent" ? "ce qui est compatible" : "un chiffre différent"}.`,
    roseWithoutConflict: (bounds) =>
      `Le bilan a augmenté sans qu'aucun chiffre n'en contredise un autre : les plus récents indiquent ${bounds}.`,
    allAllow: (n, bounds) =>
      `${n === 2 ? "Les deux chiffres" : `Les ${countInWords(n, "fr")} chiffres`} admettent ${bounds}.`,
    superseded: (n) =>
      n === 0
        ? ""
        : n === 1
          ? " Un chiffre antérieur a été remplacé par une déclaration plus récente de sa source."
          : ` ${capitalized(countInWords(n, "fr"))} chiffres antérieurs ont été remplacés par des déclarations plus récentes de leurs sources.`,
  },
  detail: {
    nothingToCompare: "Aucune affirmation publiée pour l'instant\u00a0: rien à comparer.",
    oneSays: (allows) => `elle indique ${allows}.`,
    agree: (allows) => `toutes les affirmations actuelles indiquent ${allows}.`,
    consistent: (together) =>
      together
        ? `les chiffres diffèrent, mais ensemble ils indiquent ${together}.`
        : "les chiffres diffèrent, mais ils ont une valeur en commun.",
    revised: (latest) =>
      latest
        ? `les chiffres plus récents sont plus élevés, un bilan qui a augmenté plutôt qu'une contradiction\u00a0; les plus récents indiquent ${latest}.`
        : "les chiffres plus récents sont plus élevés, un bilan qui a augmenté plutôt qu'une contradiction.",
    conflict: (n) =>
      `aucun chiffre ne convient à toutes les affirmations (${n === 1 ? "une paire diverge" : `${n} paires divergent`}).`,
    named: (source, quote) => `${source} («\u00a0${quote}\u00a0»)`,
    overlap: (a, b, shared) =>
      shared
        ? `${a} et ${b} peuvent être vrais tous les deux\u00a0: tous deux admettent ${shared}.`
        : `${a} et ${b} peuvent être vrais tous les deux.`,
    pairConflict: (a, b) =>
      `${a} et ${b} ne peuvent pas être vrais tous les deux\u00a0: aucun chiffre ne convient aux deux.`,
    revision: (later, earlier) =>
      `${later} est un bilan plus récent et plus élevé que ${earlier}\u00a0: une révision, pas une contradiction.`,
  },
};

export const STATUS_MESSAGES = { en, fr } satisfies Messages<StatusMessages>;
