import { findFigures } from "@/lib/figures";
import type { Lang } from "@/lib/figures/types";
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

/** Every figure in `text`, in reading order, each in its sentence and in plain words. */
export function readFigures(text: string, lang: Lang): FigureReading[] {
  return findFigures(text, lang).map((figure) => ({
    start: figure.start,
    ...sentenceAround(text, figure.start, figure.end),
    qualifier: qualifierInWords(figure.qualifier),
    interval: intervalInWords(figure),
    kind: kindInWords(figure.kind),
    unit: figure.unit,
  }));
}
