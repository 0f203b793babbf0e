import { describe, expect, it } from "vitest";
import { sourceMessages } from "./source";

const { en, fr } = sourceMessages;

describe("a source's record in words", () => {
  it.each([
    [
      { figures: 12, revised: 3, contradicted: 1 },
      "3 of its 12 figures were later revised; 1 was contradicted by another source.",
    ],
    [
      { figures: 2, revised: 1, contradicted: 2 },
      "1 of its 2 figures was later revised; 2 were contradicted by another source.",
    ],
    [
      { figures: 4, revised: 0, contradicted: 0 },
      "None of its 4 figures was later revised or contradicted by another source.",
    ],
    [
      { figures: 4, revised: 0, contradicted: 1 },
      "None of its 4 figures was later revised; 1 was contradicted by another source.",
    ],
    [
      { figures: 4, revised: 2, contradicted: 0 },
      "2 of its 4 figures were later revised; none was contradicted by another source.",
    ],
    [
      { figures: 1, revised: 0, contradicted: 0 },
      "Its one figure was not later revised, and no other source contradicted it.",
    ],
    [
      { figures: 1, revised: 1, contradicted: 1 },
      "Its one figure was later revised; it was contradicted by another source.",
    ],
    [
      { figures: 1_250, revised: 1_000, contradicted: 0 },
      "1,000 of its 1,250 figures were later revised; none was contradicted by another source.",
    ],
  ])("in English: %j", (record, sentence) => {
    expect(en.record(record)).toBe(sentence);
  });

  it.each([
    [
      { figures: 12, revised: 3, contradicted: 1 },
      "3 de ses 12 chiffres ont été révisés par la suite\u00a0; 1 a été contredit par une autre source.",
    ],
    [
      { figures: 4, revised: 0, contradicted: 0 },
      "Aucun de ses 4 chiffres n'a été révisé par la suite ni contredit par une autre source.",
    ],
    [
      { figures: 1, revised: 0, contradicted: 0 },
      "Son seul chiffre n'a été ni révisé par la suite ni contredit par une autre source.",
    ],
    [
      { figures: 1_250, revised: 1_000, contradicted: 2 },
      "1\u202f000 de ses 1\u202f250 chiffres ont été révisés par la suite\u00a0; 2 ont été contredits par une autre source.",
    ],
  ])("in French: %j", (record, sentence) => {
    expect(fr.record(record)).toBe(sentence);
  });
});

describe("a figure in words", () => {
  const figure = {
    value: 29,
    low: 29,
    high: null,
    qualifier: "at_least",
    kind: "count",
    unit: null,
  } as const;
  it("says what the source said in the reader's language", () => {
    expect(en.figure(figure)).toBe("at least 29");
    expect(fr.figure(figure)).toBe("au moins 29");
    expect(fr.figure({ ...figure, value: 30, low: 31, qualifier: "more_than" })).toBe("plus de 30");
    expect(fr.figure({ value: null, low: 40, high: 45, qualifier: "range", kind: "count", unit: null })).toBe(
      "entre 40 et 45",
    );
    expect(
      fr.figure({
        value: 3_700_000,
        low: 3_700_000,
        high: 3_700_000,
        qualifier: "about",
        kind: "count",
        unit: null,
      }),
    ).toBe("environ 3,7 millions");
  });
});
