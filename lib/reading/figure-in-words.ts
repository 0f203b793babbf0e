import type { Figure, FigureKind, Qualifier } from "@/lib/figures/types";

// The page speaks English whatever the language of the text, so numbers use English digits
// grouping ("3,700,000") and the French quote stays visible beside them.
const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "exactly",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most",
  less_than: "less than",
  about: "about",
  nearly: "nearly",
  range: "a range",
  vague: "a vague amount",
};

const KIND_WORDS: Record<FigureKind, string> = {
  count: "count",
  percent: "percentage",
  money: "money",
  measure: "measure",
};

/** "at least", "more than"...: the qualifier as a reader would say it. */
export function qualifierInWords(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

export function kindInWords(kind: FigureKind): string {
  return KIND_WORDS[kind];
}

/** What the figure allows, in words: "29 or more", "between 40 and 45", "exactly 30". */
export function intervalInWords(figure: Pick<Figure, "low" | "high" | "kind" | "unit">): string {
  const { low, high } = figure;
  const amount = (n: number) => amountInWords(n, figure.kind, figure.unit);
  if (low === null) {
    if (high === null) return "any amount";
    return `${amount(high)} or ${figure.kind === "count" ? "fewer" : "less"}`;
  }
  if (high === null) return `${amount(low)} or more`;
  if (low === high) return `exactly ${amount(low)}`;
  return `between ${amount(low)} and ${amount(high)}`;
}

// A count's unit is the counted noun in the text's own language ("soldats"), shown elsewhere;
// other kinds read wrongly without their unit (30 is not 30%).
function amountInWords(n: number, kind: FigureKind, unit: string | null): string {
  const digits = NUMBER.format(n);
  if (kind === "percent") return `${digits}%`;
  if (kind === "count" || unit === null) return digits;
  if (kind === "money") return moneyInWords(n, unit) ?? `${digits} ${unit}`;
  return `${digits} ${unit}`;
}

function moneyInWords(n: number, unit: string): string | null {
  if (/^[$€£¥]$/.test(unit)) return `${unit}${NUMBER.format(n)}`;
  if (!/^[A-Z]{3}$/.test(unit)) return null;
  try {
    return new Intl.NumberFormat("en", {
      style: "currency",
      currency: unit,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(n);
  } catch {
    // An unknown code ("XYZ") is still worth showing as written.
    return null;
  }
}
