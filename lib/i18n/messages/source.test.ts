import { describe, expect, it } from "vitest";
import { sourceMessages } from "./source";
import { itReads } from "@/tests/each-case";
import { AT_LEAST_29 } from "@/tests/figures/at-least-29";

const { en, fr } = sourceMessages;
type SourceRecord = Parameters<typeof en.record>[0];
const record = (figures: number, revised: number, contradicted: number): SourceRecord => ({
  figures,
  revised,
  contradicted,
});

describe("a source's record in words", () => {
  itReads("in English: %j", (r: SourceRecord) => en.record(r), [
    [record(12, 3, 1), "3 of its 12 figures were later revised; 1 was contradicted by another source."],
    [record(2, 1, 2), "1 of its 2 figures was later revised; 2 were contradicted by another source."],
    [record(4, 0, 0), "None of its 4 figures was later revised or contradicted by another source."],
    [record(4, 0, 1), "None of its 4 figures was later revised; 1 was contradicted by another source."],
    [record(4, 2, 0), "2 of its 4 figures were later revised; none was contradicted by another source."],
    [record(1, 0, 0), "Its one figure was not later revised, and no other source contradicted it."],
    [record(1, 1, 1), "Its one figure was later revised; it was contradicted by another source."],
    [
      record(1_250, 1_000, 0),
      "1,000 of its 1,250 figures were later revised; none was contradicted by another source.",
    ],
  ]);

  itReads("in French: %j", (r: SourceRecord) => fr.record(r), [
    [
      record(12, 3, 1),
      "3 de ses 12 chiffres ont été révisés par la suite\u00a0; 1 a été contredit par une autre source.",
    ],
    [record(4, 0, 0), "Aucun de ses 4 chiffres n'a été révisé par la suite ni contredit par une autre source."],
    [record(1, 0, 0), "Son seul chiffre n'a été ni révisé par la suite ni contredit par une autre source."],
    [
      record(1_250, 1_000, 2),
      "1\u202f000 de ses 1\u202f250 chiffres ont été révisés par la suite\u00a0; 2 ont été contredits par une autre source.",
    ],
  ]);
});

describe("a figure in words", () => {
  const figure = AT_LEAST_29;
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
