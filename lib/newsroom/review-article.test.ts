import { describe, expect, it } from "vitest";
import { quoteInSentence, sentenceInArticle } from "./review-article";

const article = [
  "ANKARA, 28 February 2020.",
  "",
  "At least 29 Turkish soldiers were killed in air strikes in Idlib, the governor of Hatay said.  The toll may rise.",
  "The Observatory said more than 30 died.",
].join("\n");

describe("the claim's sentence in its article", () => {
  it("finds the sentence in its paragraph and keeps the rest of the paragraph around it", () => {
    const found = sentenceInArticle(
      article,
      "At least 29 Turkish soldiers were killed in air strikes in Idlib, the governor of Hatay said.",
    );
    expect(found?.at).toBe(1);
    expect(found?.paragraphs).toHaveLength(3);
    expect(found?.paragraphs[1]?.sentence).toEqual({
      before: "",
      highlight: "At least 29 Turkish soldiers were killed in air strikes in Idlib, the governor of Hatay said.",
      after: "  The toll may rise.",
    });
  });

  it("matches a sentence whose spaces or line breaks changed when it was pasted", () => {
    const found = sentenceInArticle(article, "The Observatory   said more than\n30 died.");
    expect(found?.at).toBe(2);
    expect(found?.paragraphs[2]?.sentence?.highlight).toBe("The Observatory said more than 30 died.");
  });

  it("says so when the sentence is not in the article", () => {
    expect(sentenceInArticle(article, "Nothing like this was written.")).toBeNull();
    expect(sentenceInArticle(article, "   ")).toBeNull();
  });
});

describe("the quote in its sentence", () => {
  it("splits the sentence around the quote", () => {
    expect(quoteInSentence("Selon l'OSDH, plus de 30 soldats ont été tués.", "plus de 30")).toEqual({
      before: "Selon l'OSDH, ",
      highlight: "plus de 30",
      after: " soldats ont été tués.",
    });
  });

  it("finds a quote written with another capital letter", () => {
    expect(quoteInSentence("At least 29 died.", "at least 29")?.highlight).toBe("At least 29");
  });

  it("gives nothing when the quote is not in the sentence", () => {
    expect(quoteInSentence("Thirty died.", "31")).toBeNull();
  });
});
