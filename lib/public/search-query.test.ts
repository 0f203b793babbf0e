import { describe, expect, it } from "vitest";
import { buildSearchQuery, highlightParts, MATCH_END, MATCH_START, MAX_TERMS } from "./search-query";

describe("buildSearchQuery", () => {
  it("quotes every word and lets the last one be the start of a word", () => {
    expect(buildSearchQuery("Syrian Observatory")).toEqual({
      terms: ["Syrian", "Observatory"],
      match: '{title body} : ("Syrian" "Observatory"*)',
    });
    expect(buildSearchQuery("soldats").match).toBe('{title body} : ("soldats"*)');
  });

  it("keeps accents and apostrophes' words as FTS5's tokenizer splits them", () => {
    expect(buildSearchQuery("l'armée turque").terms).toEqual(["l", "armée", "turque"]);
    // A decomposed é (e + combining acute) is the same word as a composed one.
    expect(buildSearchQuery("arme\u0301e").terms).toEqual(["armée"]);
  });

  it.each([
    ['"', null],
    ['"unclosed', '{title body} : ("unclosed"*)'],
    ["AND OR NOT", '{title body} : ("AND" "OR" "NOT"*)'],
    ["*", null],
    ["sold*", '{title body} : ("sold"*)'],
    ["NEAR(soldiers killed, 2)", '{title body} : ("NEAR" "soldiers" "killed" "2"*)'],
    ["source:Observatory", '{title body} : ("source" "Observatory"*)'],
    ["ref:claim", '{title body} : ("ref" "claim"*)'],
    ["^title", '{title body} : ("title"*)'],
    ["{title}: x", '{title body} : ("title" "x"*)'],
    ["-soldiers +killed", '{title body} : ("soldiers" "killed"*)'],
    ["😀🔥", null],
    ["soldiers 😀", '{title body} : ("soldiers"*)'],
    ["   ", null],
    ["", null],
    ['\'); DROP TABLE "Claim"; --', '{title body} : ("DROP" "TABLE" "Claim"*)'],
  ])("turns the hostile query %j into quoted words only", (input, match) => {
    expect(buildSearchQuery(input).match).toBe(match);
  });

  it("never lets a quote, an operator character or a colon through", () => {
    for (const input of ['a"b', "a:b", "a*b", "a(b)", "a^b", "a{b}", "a\u0000b", 'a""b']) {
      const { match } = buildSearchQuery(input);
      const inside = match?.replace(/^\{title body\} : \(/, "").replace(/\)$/, "") ?? "";
      expect(inside).toMatch(/^("[\p{L}\p{N}\p{M}]+"\*? ?)+$/u);
    }
  });

  it("caps a very long query to a few words", () => {
    const { terms, match } = buildSearchQuery("soldiers ".repeat(200));
    expect(terms).toHaveLength(MAX_TERMS);
    expect(match!.length).toBeLessThan(200);
    expect(buildSearchQuery("x".repeat(1_000)).terms[0]).toHaveLength(40);
  });
});

describe("highlightParts", () => {
  it("splits the matched words from the rest", () => {
    expect(highlightParts(`more than 30 ${MATCH_START}soldiers${MATCH_END} killed`)).toEqual([
      { text: "more than 30 ", matched: false },
      { text: "soldiers", matched: true },
      { text: " killed", matched: false },
    ]);
  });

  it("keeps HTML as text and drops unpaired marks", () => {
    expect(highlightParts(`<b>${MATCH_START}x`)).toEqual([
      { text: "<b>", matched: false },
      { text: "x", matched: true },
    ]);
    expect(highlightParts(`${MATCH_END}plain`)).toEqual([{ text: "plain", matched: false }]);
  });
});
