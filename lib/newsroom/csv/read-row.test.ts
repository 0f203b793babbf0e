import { describe, expect, it } from "vitest";
import type { RowCells } from "./column-mapping";
import { readLanguage, readReportedAt, readRow } from "./read-row";
import { itReads } from "@/tests/each-case";

const row = (cells: Partial<RowCells>): RowCells => ({
  figure: "",
  quote: "",
  sentence: "",
  source: "Governor of Hatay",
  relayedBy: "",
  reportedAt: "2020-02-27",
  articleUrl: "",
  publisher: "",
  language: "",
  ...cells,
});

const problemsOf = (cells: Partial<RowCells>) => {
  const reading = readRow(row(cells), "en");
  return reading.ok ? [] : reading.problems.map((p) => `${p.field}: ${p.message}`);
};

describe("readRow", () => {
  it("reads the figure from the figure cell, and keeps the sentence", () => {
    const reading = readRow(
      row({ figure: "at least 29", sentence: "At least 29 soldiers and 2 civilians were killed." }),
      "en",
    );
    expect(reading).toMatchObject({
      ok: true,
      row: {
        figure: { quote: "at least 29", low: 29, qualifier: "at_least" },
        sentence: "At least 29 soldiers and 2 civilians were killed.",
      },
    });
  });

  it("reads the figure from the sentence when it holds only one", () => {
    const reading = readRow(row({ sentence: "Plus de 30 morts, selon l'OSDH.", language: "français" }), "en");
    expect(reading).toMatchObject({
      ok: true,
      row: { language: "fr", figure: { qualifier: "more_than", low: 31, quote: "Plus de 30" } },
    });
  });

  it("says a figure cannot be read, or that a sentence holds several", () => {
    expect(problemsOf({ figure: "many" })).toEqual([
      "figure: No figure can be read in “many”: write it in digits or words, such as “at least 29”.",
    ]);
    expect(problemsOf({ sentence: "29 soldiers and 2 civilians were killed." })[0]).toMatch(
      /^sentence: This sentence holds 2 figures \(“29”, “2”\)/,
    );
    expect(problemsOf({})).toEqual(["figure: No figure: this row has no figure, quote or sentence."]);
  });

  it("refuses an address that is not http or https", () => {
    expect(problemsOf({ figure: "29", articleUrl: "javascript:alert(1)" })[0]).toMatch(
      /^articleUrl: “javascript:alert\(1\)” is not a web address/,
    );
    expect(problemsOf({ figure: "29", articleUrl: "www.aa.com.tr/en" })[0]).toMatch(/^articleUrl:/);
    expect(readRow(row({ figure: "29", articleUrl: "https://www.aa.com.tr/en" }), "en")).toMatchObject({
      row: { articleUrl: "https://www.aa.com.tr/en" },
    });
  });

  it("refuses a date that does not exist or is not written as one", () => {
    expect(problemsOf({ figure: "29", reportedAt: "2020-02-30" })[0]).toMatch(
      /^reportedAt: “2020-02-30” is not a date/,
    );
    expect(problemsOf({ figure: "29", reportedAt: "yesterday" })[0]).toMatch(/^reportedAt:/);
    expect(problemsOf({ figure: "29", reportedAt: "" })[0]).toMatch(/^reportedAt: No date/);
  });

  it("asks for a source and a language the engine reads", () => {
    expect(problemsOf({ figure: "29", source: "" })).toEqual(["source: No source: write who gave this figure."]);
    expect(problemsOf({ figure: "29", language: "de" })[0]).toMatch(/^language: “de” is not a language/);
  });
});

describe("readReportedAt", () => {
  it.each([
    ["2020-02-27", "2020-02-27T00:00:00.000Z"],
    ["2020-02-27 22:00", "2020-02-27T22:00:00.000Z"],
    ["2020-02-27T22:00:15Z", "2020-02-27T22:00:15.000Z"],
    ["2020-02-27T22:00+03:00", "2020-02-27T19:00:00.000Z"],
    ["27/02/2020", "2020-02-27T00:00:00.000Z"],
    ["27.02.2020 22h30", "2020-02-27T22:30:00.000Z"],
  ])("%s is %s", (cell, iso) => {
    expect(readReportedAt(cell)?.toISOString()).toBe(iso);
  });

  it.each(["2020-02-30", "31/04/2020", "02/27/2020", "2020-02-27 25:00", "27 Feb 2020", ""])(
    "%s is not read",
    (cell) => {
      expect(readReportedAt(cell)).toBeNull();
    },
  );
});

describe("readLanguage", () => {
  itReads("%s is %s", readLanguage, [
    ["en", "en"],
    ["English", "en"],
    ["fr-FR", "fr"],
    ["Français", "fr"],
    ["de", null],
  ]);
});
