import { findFigures } from "@/lib/figures";
import type { Lang } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { intervalInWords, kindInWords, qualifierInWords } from "@/lib/explain";
import { sentenceAround } from "./sentence-around";

/** One figure found in a text, ready to show to a person: plain data, safe to send to a browser. */
export interface FigureReading {
  start: number;
  before: string;
  quote: string;
  after: string;
  qualifier: string;
  interval: string;
  kind: string;
  unit: string | null;
}

export interface Reading {
  /** The first `limit` figures, in reading order. */
  figures: FigureReading[];
  /** How many figures the text holds in all. */
  total: number;
}

/**
 * The figures in `text`, in reading order, each in its sentence and in plain words: the first
 * `limit` of them, and how many there are. Two languages meet here: `lang` is the text's (which
 * words mean "at least"), `locale` the reader's (the words and numbers they are told): a French
 * text can be read to an English reader and the other way.
 */
export function readFigures(text: string, lang: Lang, locale: Locale = "en", limit = Infinity): Reading {
  const found = findFigures(text, lang);
  const figures = found.slice(0, limit).map((figure) => ({
    start: figure.start,
    ...sentenceAround(text, figure.start, figure.end),
    qualifier: qualifierInWords(figure.qualifier, locale),
    interval: intervalInWords(figure, locale),
    kind: kindInWords(figure.kind, locale),
    unit: figure.unit,
  }));
  return { figures, total: found.length };
}
