// The source page in English and French. The record sentence counts a source's figures, so it
// is a function of the record, written whole in each language (plural rules differ).
import type { FigureKind, Interval, Qualifier } from "@/lib/figures/types";
import type { SourceKind } from "@/lib/data/enums";
import { figurePhrase, listInWords } from "@/lib/explain";
import { formatNumber } from "../format";
import type { Locale, Messages } from "../locale";

interface Figure extends Interval {
  value: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
  unit: string | null;
}

interface RecordCounts {
  figures: number;
  revised: number;
  contradicted: number;
}

export interface SourceMessages {
  notFoundTitle: string;
  kicker: string;
  kinds: Record<SourceKind, string>;
  homepage: string;
  recordHeading: string;
  record: (record: RecordCounts) => string;
  recordExplained: string;
  figuresHeading: string;
  asOf: string;
  relayedBy: (name: string) => string;
  permalink: string;
  fateOwn: string;
  fateOthers: (names: string) => string;
  fateContradicted: (names: string) => string;
  figure: (figure: Figure) => string;
  list: (items: readonly string[]) => string;
}

const en = (n: number) => formatNumber(n, "en");
const fr = (n: number) => formatNumber(n, "fr");

function recordInEnglish({ figures, revised, contradicted }: RecordCounts): string {
  if (figures === 1) {
    if (!revised && !contradicted) return "Its one figure was not later revised, and no other source contradicted it.";
    const revisedPart = revised ? "Its one figure was later revised" : "Its one figure was not later revised";
    return `${revisedPart}; ${contradicted ? "it was contradicted by another source" : "no other source contradicted it"}.`;
  }
  if (!revised && !contradicted)
    return `None of its ${en(figures)} figures was later revised or contradicted by another source.`;
  const revisedPart = revised
    ? `${en(revised)} of its ${en(figures)} figures ${revised === 1 ? "was" : "were"} later revised`
    : `None of its ${en(figures)} figures was later revised`;
  const contradictedPart = contradicted
    ? `${en(contradicted)} ${contradicted === 1 ? "was" : "were"} contradicted by another source`
    : "none was contradicted by another source";
  return `${revisedPart}; ${contradictedPart}.`;
}

function recordInFrench({ figures, revised, contradicted }: RecordCounts): string {
  if (figures === 1) {
    if (!revised && !contradicted)
      return "Son seul chiffre n'a été ni révisé par la suite ni contredit par une autre source.";
    const revisedPart = revised
      ? "Son seul chiffre a été révisé par la suite"
      : "Son seul chiffre n'a pas été révisé par la suite";
    return `${revisedPart}\u00a0; ${contradicted ? "il a été contredit par une autre source" : "aucune autre source ne l'a contredit"}.`;
  }
  if (!revised && !contradicted)
    return `Aucun de ses ${fr(figures)} chiffres n'a été révisé par la suite ni contredit par une autre source.`;
  // French counts 0 and 1 in the singular.
  const revisedPart = revised
    ? `${fr(revised)} de ses ${fr(figures)} chiffres ${revised === 1 ? "a été révisé" : "ont été révisés"} par la suite`
    : `Aucun de ses ${fr(figures)} chiffres n'a été révisé par la suite`;
  const contradictedPart = contradicted
    ? `${fr(contradicted)} ${contradicted === 1 ? "a été contredit" : "ont été contredits"} par une autre source`
    : "aucun n'a été contredit par une autre source";
  return `${revisedPart}\u00a0; ${contradictedPart}.`;
}

export const sourceMessages = {
  en: {
    notFoundTitle: "Source not found",
    kicker: "Source",
    kinds: {
      government: "Government",
      military: "Military",
      ngo: "NGO",
      international_body: "International body",
      news_agency: "News agency",
      media: "Media",
      witness: "Witness",
      social_media: "Social media",
    },
    homepage: "Website",
    recordHeading: "Its record",
    record: recordInEnglish,
    recordExplained:
      "Revised: the source later gave another figure for the same thing, or, for a toll that only grows, another source later gave a higher one. Contradicted: another source's current figure cannot be true at the same time.",
    figuresHeading: "Its figures",
    asOf: "as of",
    relayedBy: (name) => `relayed by ${name}`,
    permalink: "Permalink",
    fateOwn: "Later revised by the source itself",
    fateOthers: (names) => `Later revised upward by ${names}`,
    fateContradicted: (names) => `Contradicted by ${names}`,
    figure: (figure) => figurePhrase(figure, "en"),
    list: (items) => listInWords(items, "en"),
  },
  fr: {
    notFoundTitle: "Source introuvable",
    kicker: "Source",
    kinds: {
      government: "Gouvernement",
      military: "Armée",
      ngo: "ONG",
      international_body: "Organisation internationale",
      news_agency: "Agence de presse",
      media: "Média",
      witness: "Témoin",
      social_media: "Réseaux sociaux",
    },
    homepage: "Site web",
    recordHeading: "Son bilan",
    record: recordInFrench,
    recordExplained:
      "Révisé\u00a0: la source a donné plus tard un autre chiffre pour la même chose ou, pour un bilan qui ne peut que croître, une autre source a donné plus tard un chiffre plus élevé. Contredit\u00a0: le chiffre actuel d'une autre source ne peut pas être vrai en même temps.",
    figuresHeading: "Ses chiffres",
    asOf: "au",
    relayedBy: (name) => `relayé par ${name}`,
    permalink: "Lien permanent",
    fateOwn: "Révisé plus tard par la source elle-même",
    fateOthers: (names) => `Revu à la hausse plus tard par ${names}`,
    fateContradicted: (names) => `Contredit par ${names}`,
    figure: (figure) => figurePhrase(figure, "fr"),
    list: (items) => listInWords(items, "fr"),
  },
} satisfies Messages<SourceMessages>;

export const sourceMessagesFor = (locale: Locale): SourceMessages => sourceMessages[locale];
