import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH, readFiguresInput } from "./read-figures-input";

describe("what the Read a figure form accepts", () => {
  it("accepts a text and a language it reads", () => {
    expect(readFiguresInput.parse({ text: " At least 29 ", lang: "en" })).toEqual({
      text: "At least 29",
      lang: "en",
    });
  });

  it.each([
    ["nothing", null],
    ["an empty text", ""],
    ["only spaces", "   \n "],
  ])("asks for some text when given %s", (_what, text) => {
    const result = readFiguresInput.safeParse({ text, lang: "fr" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Paste or type some text to read.");
  });

  it("refuses a text over the limit, saying what the limit is", () => {
    const result = readFiguresInput.safeParse({ text: "9".repeat(MAX_TEXT_LENGTH + 1), lang: "en" });
    expect(result.error?.issues[0]?.message).toMatch(/under 20,000 characters/);
  });

  it("refuses a language it does not read", () => {
    const result = readFiguresInput.safeParse({ text: "30", lang: "de" });
    expect(result.error?.issues[0]?.path).toEqual(["lang"]);
  });
});
