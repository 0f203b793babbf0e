import { describe, expect, it } from "vitest";
import { csvDocument, csvField, neutraliseFormula } from "./csv";
import { itReads } from "@/tests/each-case";

describe("the story's CSV", () => {
  itReads("a spreadsheet shows %j as text", neutraliseFormula, [
    ['=HYPERLINK("https://evil.example")', '\'=HYPERLINK("https://evil.example")'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["at least 29", "at least 29"],
    ["29 = 29", "29 = 29"],
  ]);

  it("keeps a negative figure a number: numbers are the app's, never typed", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField("-3")).toBe("'-3");
    expect(csvField(null)).toBe("");
  });

  it("quotes a field holding a comma, a quote or a line break, doubling the quotes (RFC 4180)", () => {
    expect(csvField('more than 30, "at least"')).toBe('"more than 30, ""at least"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("plain")).toBe("plain");
  });

  it("writes a byte-order mark, the header and each row ended by CRLF", () => {
    const text = csvDocument(
      ["quote", "low"],
      [
        ["Au moins 29", 29],
        ['=1+1, "x"', null],
      ],
    );
    expect(text).toBe('\uFEFFquote,low\r\nAu moins 29,29\r\n"\'=1+1, ""x""",\r\n');
  });
});
