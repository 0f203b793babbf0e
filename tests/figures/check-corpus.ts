import { describe, expect, it } from "vitest";
import { findFigures } from "@/lib/figures";
import type { AnnotatedSentence } from "./annotated-sentence";

/** Every [start, end) span where `needle` occurs in `text`. */
function occurrences(text: string, needle: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (needle.length === 0) return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  return spans;
}

/** What the corpus says of a figure: its quote and what it allows (where it stands is checked apart). */
const reading = ({ quote, value, low, high, qualifier, kind }: AnnotatedSentence["figures"][number]) => ({
  quote,
  value,
  low,
  high,
  qualifier,
  kind,
});

const overlaps = ([a, b]: [number, number], [c, d]: [number, number]) => a < d && c < b;
const label = (s: AnnotatedSentence) => `[${s.lang}] ${s.text}`;

/** The annotation itself is sound: unique texts, quotes in order, `not` present and apart from quotes. */
function checkAnnotation(sentences: readonly AnnotatedSentence[]): void {
  const texts = new Set<string>();
  for (const s of sentences) {
    expect(texts.has(s.text), `duplicate: ${label(s)}`).toBe(false);
    texts.add(s.text);
    const spans: Array<[number, number]> = [];
    let from = 0;
    for (const f of s.figures) {
      const at = s.text.indexOf(f.quote, from);
      expect(at, `quote "${f.quote}" not found in order in ${label(s)}`).toBeGreaterThanOrEqual(0);
      spans.push([at, at + f.quote.length]);
      from = at + f.quote.length;
    }
    for (const n of s.not) {
      const occ = occurrences(s.text, n);
      expect(occ.length, `"${n}" absent from ${label(s)}`).toBeGreaterThan(0);
      for (const o of occ)
        for (const q of spans) expect(overlaps(o, q), `"${n}" overlaps a quote in ${label(s)}`).toBe(false);
    }
  }
}

/** One test per sentence: the exact figures in order, honest offsets, nothing on a `not` token. */
export function describeAnnotatedCorpus(title: string, sentences: readonly AnnotatedSentence[], minimum: number): void {
  describe(title, () => {
    it(`has at least ${minimum} sentences, about half in each language, soundly annotated`, () => {
      const fr = sentences.filter((s) => s.lang === "fr").length;
      expect(sentences.length).toBeGreaterThanOrEqual(minimum);
      expect(Math.abs(2 * fr - sentences.length)).toBeLessThanOrEqual(sentences.length * 0.1);
      checkAnnotation(sentences);
    });

    for (const s of sentences) {
      it(label(s), () => {
        const found = findFigures(s.text, s.lang);
        expect(found.map(reading)).toEqual(s.figures.map(reading));
        for (const f of found) expect(s.text.slice(f.start, f.end), `offsets of "${f.quote}"`).toBe(f.quote);
        for (const n of s.not) {
          for (const span of occurrences(s.text, n)) {
            for (const f of found) expect(overlaps(span, [f.start, f.end]), `"${f.quote}" overlaps "${n}"`).toBe(false);
          }
        }
      });
    }
  });
}
