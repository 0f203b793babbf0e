import { describe, it, expect } from "vitest";
import { findFigures } from "./index";
import type { WireSentence } from "./wire-copy.data";
import { roundThree } from "./annotated-round-3.data";

/** Every [start, end) span where `needle` occurs in `text`. */
function occurrences(text: string, needle: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (needle.length === 0) return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

const overlaps = ([a, b]: [number, number], [c, d]: [number, number]) => a < d && c < b;

function label(s: WireSentence): string {
  return `[${s.lang}] ${s.text}`;
}

describe("findFigures on annotated round 3", () => {
  for (const s of roundThree) {
    it(label(s), () => {
      // The expectation itself is well formed: quotes occur in order, `not` substrings occur.
      let from = 0;
      for (const f of s.figures) {
        const at = s.text.indexOf(f.quote, from);
        expect(at, `expected quote "${f.quote}" not found in order`).toBeGreaterThanOrEqual(0);
        from = at + f.quote.length;
      }
      for (const n of s.not) {
        expect(occurrences(s.text, n).length, `"${n}" absent from the text`).toBeGreaterThan(0);
      }

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

      // Nothing reported on a date, year, clock time, ordinal, designation or other non-figure.
      for (const n of s.not) {
        for (const span of occurrences(s.text, n)) {
          for (const f of found) {
            expect(overlaps(span, [f.start, f.end]), `"${f.quote}" overlaps "${n}"`).toBe(false);
          }
        }
      }
    });
  }
});
