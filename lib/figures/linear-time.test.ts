import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFigures } from "./find-figures";
import { ADVERSARIAL_TEXTS, NEWS_PIECES } from "@/tests/figures/adversarial";
import type { Lang } from "./types";

// The engine reads every text in time proportional to its length, adversarial text included:
// a public page runs it on whatever a stranger pastes. Each text is read at two lengths eight
// times apart. Linear time takes about 8 times longer on the longer one; time in the square of
// the length takes 64 times longer. The test fails well before that, and allows for a busy
// machine by taking the best of a few runs and never asking a text to be faster than 2 ms.

const SHORT = 4_000;
const LONG = SHORT * 8;
const MOST_GROWTH = 24;

function bestOf(runs: number, read: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    read();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function growth(text: (length: number) => string, lang: Lang): { ratio: number; shortMs: number; longMs: number } {
  const short = text(SHORT);
  const long = text(LONG);
  findFigures(short, lang); // warm the JIT on this shape
  const shortMs = Math.max(
    2,
    bestOf(3, () => findFigures(short, lang)),
  );
  const longMs = bestOf(3, () => findFigures(long, lang));
  return { ratio: longMs / shortMs, shortMs, longMs };
}

describe("reading adversarial text takes time in proportion to its length", () => {
  for (const adversary of ADVERSARIAL_TEXTS) {
    it(`${adversary.name} (${adversary.lang})`, () => {
      const { ratio, shortMs, longMs } = growth(adversary.at, adversary.lang);
      expect(ratio, `${shortMs.toFixed(1)} ms at ${SHORT}, ${longMs.toFixed(1)} ms at ${LONG}`).toBeLessThan(
        MOST_GROWTH,
      );
      // And in absolute terms: 32,000 characters of the worst text in well under a second.
      expect(longMs).toBeLessThan(1_000);
    });
  }
});

// Shapes nobody thought of: a few pieces of news copy, glued by one separator, repeated.
const unitOfNewsCopy = fc.record({
  pieces: fc.array(fc.constantFrom(...NEWS_PIECES), { minLength: 1, maxLength: 5 }),
  glue: fc.constantFrom(" ", "", ", ", "-", "\u00a0", "\n"),
  lang: fc.constantFrom<Lang>("en", "fr"),
});

describe("reading any repeated piece of news copy", () => {
  it("takes time in proportion to its length", () => {
    fc.assert(
      fc.property(unitOfNewsCopy, ({ pieces, glue, lang }) => {
        const unit = pieces.join(glue) + glue || " ";
        const { ratio, shortMs, longMs } = growth((length) => unit.repeat(Math.ceil(length / unit.length)), lang);
        expect(ratio, `${JSON.stringify(unit)}: ${shortMs.toFixed(1)} ms, then ${longMs.toFixed(1)} ms`).toBeLessThan(
          MOST_GROWTH,
        );
      }),
      { numRuns: 12, seed: 20200227 },
    );
  }, 60_000);
});
