import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFigures, type Lang } from "./index";

// Pieces of news copy, shuffled into texts no one wrote, to show the reader never throws and
// always reports honest offsets, whatever it is given.
const PIECES = [
  "au moins", "plus de", "more than", "at least", "between", "and", "entre", "et", "to", "à", "de",
  "29", "3,7", "3.7", "3 700", "3\u00a0700", "1,000", "millions", "million", "milliards d'euros",
  "%", "per cent", "$", "€", "km", "heures", "h", "février", "February", "27", "2020", "F-16",
  "-", "–", "une dizaine", "a dozen", "des centaines", "hundreds", "of thousands", "vingt-neuf",
  "twenty-nine", "un", "one", "the", "les", "or more", "+", "environ", ".", ",", "'", "’", "\n",
];

const newsLikeText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((parts) => parts.join(" "));

describe("reading any text", () => {
  for (const lang of ["en", "fr"] as Lang[]) {
    it(`never throws and reports ordered, non-overlapping, exact spans (${lang})`, () => {
      fc.assert(
        fc.property(newsLikeText, (text) => {
          const figures = findFigures(text, lang);
          let previousEnd = 0;
          for (const f of figures) {
            expect(text.slice(f.start, f.end)).toBe(f.quote);
            expect(f.start).toBeGreaterThanOrEqual(previousEnd);
            expect(f.end).toBeGreaterThan(f.start);
            if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
            previousEnd = f.end;
          }
        }),
        { numRuns: 3000, seed: 20200227 },
      );
    });
  }

  it("finds nothing in text without numbers", () => {
    expect(findFigures("", "en")).toEqual([]);
    expect(findFigures("Le gouverneur a parlé jeudi soir.", "fr")).toEqual([]);
  });
});
