import { findFigures } from "@/lib/figures";
import type { Lang } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { intervalInWords, kindInWords, qualifierInWords } from "./figure-in-words";
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

/**
 * Every figure in `text`, in reading order, each in its sentence and in plain words. Two languages
 * meet here: `lang` is the text's (which words mean "at least"), `locale` the reader's (the words
 * and numbers they are told): a French text can be read to an English reader and the other way.
 */
export function readFigures(text: string, lang: Lang, locale: Locale = "en"): FigureReading[] {
  return findFigures(text, lang).map((figure) => ({
    start: figure.start,
    ...sentenceAround(text, figure.start, figure.end),
    qualifier: qualifierInWords(figure.qualifier, locale),
    interval: intervalInWords(figure, locale),
    kind: kindInWords(figure.kind, locale),
    unit: figure.unit,
  }));
}
