import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH, readFiguresInput } from "./read-figures-input";

describe("what the Read a figure form accepts", () => {
  it("accepts a text and a language it reads", () => {
    expect(readFiguresInput().parse({ text: " At least 29 ", lang: "en" })).toEqual({
      text: "At least 29",
      lang: "en",
    });
  });

  it.each([
    ["nothing", null],
    ["an empty text", ""],
    ["only spaces", "   \n "],
  ])("asks for some text when given %s", (_what, text) => {
    const result = readFiguresInput().safeParse({ text, lang: "fr" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Paste or type some text to read.");
  });

  it("refuses a text over the limit, saying what the limit is", () => {
    const result = readFiguresInput().safeParse({
      text: "9".repeat(MAX_TEXT_LENGTH + 1),
      lang: "en",
    });
    expect(result.error?.issues[0]?.message).toMatch(/under 20,000 characters/);
  });

  it("accepts a text exactly at the limit", () => {
    expect(readFiguresInput().safeParse({ text: "9".repeat(MAX_TEXT_LENGTH), lang: "en" }).success).toBe(true);
  });

  it("refuses a language it does not read", () => {
    const result = readFiguresInput().safeParse({ text: "30", lang: "de" });
    expect(result.error?.issues[0]?.path).toEqual(["lang"]);
    expect(result.error?.issues[0]?.message).toBe("Choose the language the text is written in.");
  });
});

describe("the form's messages to a French reader", () => {
  const schema = readFiguresInput("fr");

  it("asks for some text in French", () => {
    const result = schema.safeParse({ text: "  ", lang: "fr" });
    expect(result.error?.issues[0]?.message).toBe("Collez ou saisissez un texte à lire.");
  });

  it("gives the limit as a French reader writes numbers", () => {
    const result = schema.safeParse({ text: "9".repeat(MAX_TEXT_LENGTH + 1), lang: "fr" });
    // French groups thousands with a narrow no-break space: "20 000", never "20,000".
    expect(result.error?.issues[0]?.message).toBe(
      "Ce texte est trop long : restez sous les 20\u202f000 caractères, ou collez-le une partie à la fois.",
    );
  });

  it("asks for the text's language in French", () => {
    const result = schema.safeParse({ text: "30", lang: "de" });
    expect(result.error?.issues[0]?.message).toBe("Choisissez la langue dans laquelle le texte est écrit.");
  });

  it("accepts the same input as in English: only the words change", () => {
    expect(schema.parse({ text: " Au moins 29 ", lang: "fr" })).toEqual({
      text: "Au moins 29",
      lang: "fr",
    });
  });
});
