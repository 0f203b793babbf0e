import { describe, expect, it } from "vitest";
import { cellsOf, EMPTY_MAPPING, guessMapping, mappingGaps } from "./column-mapping";

describe("guessMapping", () => {
  it("reads an English header", () => {
    expect(
      guessMapping([
        "Source",
        "Quote",
        "Sentence",
        "Figure",
        "Reported at",
        "Article URL",
        "Publisher",
        "Language",
        "Relayed by",
      ]),
    ).toEqual({
      source: 0,
      quote: 1,
      sentence: 2,
      figure: 3,
      reportedAt: 4,
      articleUrl: 5,
      publisher: 6,
      language: 7,
      relayedBy: 8,
    });
  });

  it("reads a French header, accents and case aside", () => {
    expect(
      guessMapping(["Chiffre", "SOURCE", "Citation", "Phrase", "Date", "URL", "Média", "Langue", "Relayé par"]),
    ).toEqual({
      figure: 0,
      source: 1,
      quote: 2,
      sentence: 3,
      reportedAt: 4,
      articleUrl: 5,
      publisher: 6,
      language: 7,
      relayedBy: 8,
    });
  });

  it("prefers an exact name to a longer one, and gives each column to one field", () => {
    const mapping = guessMapping(["source of the figure", "source", "date", "date of the article"]);
    expect(mapping.source).toBe(1);
    expect(mapping.reportedAt).toBe(2);
  });

  it("leaves unknown columns unmapped", () => {
    expect(guessMapping(["notes", "id", ""])).toEqual(EMPTY_MAPPING);
  });
});

describe("cellsOf", () => {
  it("picks and trims the mapped cells; a missing cell is empty", () => {
    const cells = cellsOf([" OSDH ", "at least 29"], {
      ...EMPTY_MAPPING,
      source: 0,
      figure: 1,
      reportedAt: 2,
    });
    expect(cells).toMatchObject({
      source: "OSDH",
      figure: "at least 29",
      reportedAt: "",
      quote: "",
    });
  });
});

describe("mappingGaps", () => {
  it("asks for a figure to read, a source and a date", () => {
    expect(mappingGaps(EMPTY_MAPPING)).toHaveLength(3);
    expect(mappingGaps({ ...EMPTY_MAPPING, sentence: 0, source: 1, reportedAt: 2 })).toEqual([]);
  });
});
