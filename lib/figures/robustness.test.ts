import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFigures, type Lang } from "./index";
import { NEWS_PIECES } from "@/tests/figures/adversarial";

// Pieces of news copy, shuffled into texts no one wrote, to show the reader never throws and
// always reports honest offsets, whatever it is given.

const newsLikeText = fc
  .array(fc.oneof(fc.constantFrom(...NEWS_PIECES, "\n"), fc.string({ maxLength: 4 })), {
    maxLength: 30,
  })
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
