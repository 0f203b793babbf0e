import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentence-around";

function around(text: string, quote: string, maxSide?: number) {
  const start = text.indexOf(quote);
  return sentenceAround(text, start, start + quote.length, maxSide);
}

describe("the sentence around a quote", () => {
  it("keeps only the sentence that holds the figure", () => {
    const text = "Strikes hit Idlib. Selon l'OSDH, plus de 30 soldats ont été tués. Ankara a riposté.";
    expect(around(text, "plus de 30")).toEqual({
      before: "Selon l'OSDH, ",
      quote: "plus de 30",
      after: " soldats ont été tués.",
    });
  });

  it("does not take a decimal point for the end of a sentence", () => {
    const text = "The camp holds 4.1 million people, according to the agency.";
    expect(around(text, "million")).toEqual({
      before: "The camp holds 4.1 ",
      quote: "million",
      after: " people, according to the agency.",
    });
  });

  it("stops at a line break, as a paragraph ends", () => {
    const text = "Headline with 3 words\nAt least 29 soldiers were killed";
    expect(around(text, "At least 29")).toEqual({
      before: "",
      quote: "At least 29",
      after: " soldiers were killed",
    });
  });

  it("clips a very long sentence at a word, with an ellipsis", () => {
    const text = "one two three four five six seven 42 eight nine ten eleven twelve";
    expect(around(text, "42", 12)).toEqual({
      before: "… six seven ",
      quote: "42",
      after: " eight nine…",
    });
  });
});
