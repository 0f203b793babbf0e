// The headline number's policies, named and explained, in English and French.
import type { Messages } from "../locale";

export type HeadlinePolicy = "consensus" | "range" | "conservative";

export type HeadlineMessages = Record<HeadlinePolicy, { name: string; explained: string }>;

const en: HeadlineMessages = {
  consensus: { name: "Consensus", explained: "the value every current figure allows" },
  range: { name: "Range", explained: "from the lowest to the highest current figure" },
  conservative: { name: "Conservative", explained: "the lowest current figure" },
};

const fr: HeadlineMessages = {
  consensus: { name: "Consensus", explained: "la valeur que tous les chiffres actuels admettent" },
  range: { name: "Fourchette", explained: "du plus bas au plus haut des chiffres actuels" },
  conservative: { name: "Prudent", explained: "le plus bas des chiffres actuels" },
};

export const HEADLINE_MESSAGES = { en, fr } satisfies Messages<HeadlineMessages>;
