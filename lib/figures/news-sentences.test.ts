import { describe, it, expect } from "vitest";
import { findFigures } from "./index";
import { newsSentences, type NewsSentence } from "./news-sentences.data";

/** Every [start, end) span where `needle` occurs in `text`. */
function occurrences(text: string, needle: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (needle.length === 0) return spans;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return spans;
    spans.push([at, at + needle.length]);
    from = at + 1;
  }
}

function label(s: NewsSentence): string {
  return `[${s.lang}] ${s.text}`;
}

describe("news sentences corpus", () => {
  it("has at least 170 sentences, about half in each language", () => {
    const fr = newsSentences.filter((s) => s.lang === "fr").length;
    const en = newsSentences.filter((s) => s.lang === "en").length;
    expect(fr + en).toBe(newsSentences.length);
    expect(newsSentences.length).toBeGreaterThanOrEqual(170);
    expect(Math.abs(fr - en)).toBeLessThanOrEqual(newsSentences.length * 0.1);
  });

  it("has unique texts, quotes found in order, and `not` substrings present and disjoint from quotes", () => {
    const texts = new Set<string>();
    for (const s of newsSentences) {
      expect(texts.has(s.text), `duplicate: ${label(s)}`).toBe(false);
      texts.add(s.text);
      let from = 0;
      const spans: Array<[number, number]> = [];
      for (const f of s.figures) {
        const at = s.text.indexOf(f.quote, from);
        expect(at, `quote "${f.quote}" not found in order in ${label(s)}`).toBeGreaterThanOrEqual(0);
        spans.push([at, at + f.quote.length]);
        from = at + f.quote.length;
      }
      for (const n of s.not) {
        const occ = occurrences(s.text, n);
        expect(occ.length, `"${n}" absent from ${label(s)}`).toBeGreaterThan(0);
        for (const [a, b] of occ) {
          for (const [c, d] of spans) {
            expect(a < d && c < b, `"${n}" overlaps an expected quote in ${label(s)}`).toBe(false);
          }
        }
      }
    }
  });
});

describe("findFigures on news sentences", () => {
  for (const s of newsSentences) {
    it(label(s), () => {
      const found = findFigures(s.text, s.lang);

      // The exact list of figures, in order.
      expect(
        found.map((f) => ({
          quote: f.quote,
          value: f.value,
          low: f.low,
          high: f.high,
          qualifier: f.qualifier,
          kind: f.kind,
        })),
      ).toEqual(s.figures);

      // Offsets point at the quote.
      for (const f of found) {
        expect(s.text.slice(f.start, f.end), `offsets of "${f.quote}"`).toBe(f.quote);
      }

      // Nothing reported inside a date, year, clock time, ordinal or designation.
      for (const n of s.not) {
        for (const [a, b] of occurrences(s.text, n)) {
          for (const f of found) {
            const overlaps = f.start < b && a < f.end;
            expect(overlaps, `"${f.quote}" overlaps "${n}"`).toBe(false);
          }
        }
      }
    });
  }
});
