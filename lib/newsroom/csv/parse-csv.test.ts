import { describe, expect, it } from "vitest";
import { createCsvParser, CsvSyntaxError, detectDelimiter, parseCsv } from "./parse-csv";
import { itReads } from "@/tests/each-case";

/** The same text fed in pieces of `size` characters. */
function parseInChunks(text: string, size: number): string[][] {
  const parser = createCsvParser();
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
  rows.push(...parser.end());
  return rows;
}

describe("parseCsv", () => {
  it("reads a header and rows separated by commas", () => {
    expect(parseCsv("source,figure\nOSDH,at least 29\nHatay,33\n")).toEqual({
      delimiter: ",",
      header: ["source", "figure"],
      rows: [
        ["OSDH", "at least 29"],
        ["Hatay", "33"],
      ],
    });
  });

  it("tells a French spreadsheet's semicolons from the header line", () => {
    const table = parseCsv("source;chiffre;phrase\nOSDH;3,7 millions;Selon l'OSDH, 3,7 millions\n");
    expect(table.delimiter).toBe(";");
    expect(table.rows).toEqual([["OSDH", "3,7 millions", "Selon l'OSDH, 3,7 millions"]]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted cells", () => {
    const table = parseCsv('source,sentence\r\n"AFP, citing Hatay","He said: ""at least 29""\r\nkilled."\r\n');
    expect(table.rows).toEqual([["AFP, citing Hatay", 'He said: "at least 29"\r\nkilled.']]);
  });

  it("strips the byte order mark Excel writes at the start of UTF-8 files", () => {
    expect(parseCsv("\ufeffsource,figure\nOSDH,29").header).toEqual(["source", "figure"]);
  });

  it("reads CRLF, LF and a last line without a line break alike, and skips blank lines", () => {
    expect(parseCsv("a,b\r\n1,2\n\n3,4\r\n\r\n5,6").rows).toEqual([
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("keeps empty cells, including a trailing one", () => {
    expect(parseCsv('a,b,c\n,"",\n').rows).toEqual([["", "", ""]]);
  });

  it("keeps a quote in the middle of an unquoted cell as written", () => {
    expect(parseCsv('a,b\nscreen 5" wide,2\n').rows).toEqual([['screen 5" wide', "2"]]);
  });

  it("refuses a quote that is never closed, naming its line", () => {
    const read = () => parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(read).toThrow(CsvSyntaxError);
    expect(read).toThrow(/quote opened on line 3 is never closed/);
  });

  it("a header without rows is an empty table", () => {
    expect(parseCsv("source,figure\n")).toEqual({
      delimiter: ",",
      header: ["source", "figure"],
      rows: [],
    });
    expect(parseCsv("")).toEqual({ delimiter: ",", header: [], rows: [] });
  });
});

describe("createCsvParser, fed in chunks", () => {
  const text = '\ufeffsource;phrase;chiffre\r\n"AFP; Paris";"Il a dit ""29""\r\nmorts";29\r\nOSDH;;"33"\r\n';
  const whole = parseCsv(text);

  it.each([1, 2, 3, 5, 7, 64])("gives the same rows in chunks of %i characters", (size) => {
    const rows = parseInChunks(text, size);
    expect(rows[0]).toEqual(whole.header);
    expect(rows.slice(1)).toEqual(whole.rows);
  });

  it("waits for the whole header line before choosing the separator", () => {
    const parser = createCsvParser();
    expect(parser.push("a;b")).toEqual([]);
    expect(parser.delimiter).toBeNull();
    expect(parser.push(";c,d\n1;2;3,5\n")).toEqual([
      ["a", "b", "c,d"],
      ["1", "2", "3,5"],
    ]);
    expect(parser.delimiter).toBe(";");
  });
});

describe("detectDelimiter", () => {
  itReads("%s uses %s", detectDelimiter, [
    ["source,figure,date", ","],
    ["source;chiffre;date", ";"],
    ['"source; name",figure', ","],
    ["single", ","],
  ]);
});

describe("speed", () => {
  it("reads 100,000 rows in well under a second", () => {
    const lines = ["source,quote,sentence,figure,date,url"];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `OSDH ${i % 50},"at least ${i}","The observatory said ""at least ${i}"" were killed, on row ${i}.",${i},2020-02-27,https://example.org/${i}`,
      );
    }
    const text = lines.join("\r\n");
    const started = performance.now();
    const table = parseCsv(text);
    const took = performance.now() - started;
    expect(table.rows).toHaveLength(100_000);
    expect(table.rows[99_999]?.[1]).toBe("at least 99999");
    expect(took).toBeLessThan(1_500);
  });
});

describe("readFileHead", async () => {
  const { readFileHead } = await import("./file-head");

  it("reads the header and the first rows of a file cut anywhere", () => {
    const head = readFileHead('source,sentence\nOSDH,"at least 29"\nHatay,"33 were', false);
    expect(head).toEqual({
      ok: true,
      header: ["source", "sentence"],
      rows: [["OSDH", "at least 29"]],
    });
  });

  it("says when a whole file has an open quote", () => {
    expect(readFileHead('source,sentence\nOSDH,"at least 29\n', true)).toMatchObject({
      ok: false,
      message: /line 2 is never closed/,
    });
  });
});
