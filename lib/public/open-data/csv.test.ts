import { describe, expect, it } from "vitest";
import type { PublicClaim, PublicStory } from "@/lib/data/public-claims";
import { IDLIB_STORY, soldiersKilled, soldiersKilledClaim } from "@/tests/public/soldiers-killed";
import { csvDocument, csvField, neutraliseFormula, storyClaimsCsv } from "./csv";
import { openDataUrls } from "./urls";
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

describe("the story's CSV rows", () => {
  const urls = openDataUrls("https://claims.example");
  const claim = (id: string, rating: PublicClaim["rating"], ratingExplanation: string | null) =>
    soldiersKilledClaim(id, `Source ${id}`, 29, "2020-02-27T22:00:00Z", { rating, ratingExplanation });
  const story: PublicStory = {
    ...IDLIB_STORY,
    quantities: [
      soldiersKilled(
        [
          claim("c1", "disputed", "The defence ministry's count, the same night, says 33, not 29."),
          claim("c2", "unverified", null),
        ],
        { unit: "soldiers", scopeFrom: null },
      ),
    ],
  };

  it("carries each claim's rating and the reviewer's reason, an empty cell when there is none", () => {
    const [header, first, second] = storyClaimsCsv(story, urls).slice(1).split("\r\n");
    expect(header?.endsWith(",comparison_status,rating,rating_explanation,permalink")).toBe(true);
    expect(
      first?.endsWith(
        ',current,disputed,"The defence ministry\'s count, the same night, says 33, not 29.",https://claims.example/claim/c1',
      ),
    ).toBe(true);
    expect(second?.endsWith(",current,unverified,,https://claims.example/claim/c2")).toBe(true);
  });
});
