import type { Figure, Lang } from "@/lib/figures/types";

/** A sentence annotated in the spec's format: the figures it must yield and what must stay silent. */
export interface AnnotatedSentence {
  lang: Lang;
  text: string;
  /** Every figure the engine must report, in order of position in the text. */
  figures: Array<Pick<Figure, "quote" | "value" | "low" | "high" | "qualifier" | "kind">>;
  /** Substrings that look numeric but must not overlap any reported figure. */
  not: string[];
}
