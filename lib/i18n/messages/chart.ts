// The words of a quantity's range chart (lib/public/range-chart-layout.ts): its bars' labels and
// its text alternative for a screen reader.
import type { Messages } from "../locale";

const en = {
  any: "any amount",
  orFewer: "or fewer",
  orMore: "or more",
  to: "to",
  // A bar that agrees carries no tag.
  tags: {
    agrees: null as string | null,
    conflict: "conflicts",
    revised: "revised",
    superseded: "superseded",
    retracted: "retracted",
  },
  relations: {
    agrees: "",
    conflict: ", in conflict with another source",
    revised: ", later revised upwards",
    superseded: ", superseded by the same source's later figure",
    retracted: ", retracted by the newsroom and no longer counted",
  },
  unit: (unit: string) => `Figures in ${unit}.`,
  consensus: (range: string) => `Consensus: ${range}.`,
  noConsensus: "No figure is shared by every source.",
  band: (range: string) => `all agree: ${range}`,
};

export type ChartMessages = typeof en;

const fr: ChartMessages = {
  any: "n'importe quelle quantité",
  orFewer: "ou moins",
  orMore: "ou plus",
  to: "à",
  tags: { agrees: null, conflict: "contradiction", revised: "révisé", superseded: "remplacé", retracted: "retiré" },
  relations: {
    agrees: "",
    conflict: ", en contradiction avec une autre source",
    revised: ", révisé à la hausse ensuite",
    superseded: ", remplacé par un chiffre plus récent de la même source",
    retracted: ", retiré par la rédaction, il ne compte plus",
  },
  unit: (unit) => `Chiffres en ${unit}.`,
  consensus: (range) => `Consensus : ${range}.`,
  noConsensus: "Aucun chiffre n'est admis par toutes les sources.",
  band: (range) => `tous d'accord : ${range}`,
};

export const CHART_MESSAGES = { en, fr } satisfies Messages<ChartMessages>;
