import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentence-around";

function around(text: string, quote: string, maxSide?: number) {
  const start = text.indexOf(quote);
  return sentenceAround(text, start, start + quote.length, maxSide);
}

describe("the sentence around a quote", () => {
  // Each case: what it shows, the text, the quote in it, the longest side (if any), and what comes out.
  it.each([
    [
      "keeps only the sentence that holds the figure",
      "Strikes hit Idlib. Selon l'OSDH, plus de 30 soldats ont été tués. Ankara a riposté.",
      "plus de 30",
      undefined,
      { before: "Selon l'OSDH, ", quote: "plus de 30", after: " soldats ont été tués." },
    ],
    [
      "does not take a decimal point for the end of a sentence",
      "The camp holds 4.1 million people, according to the agency.",
      "million",
      undefined,
      { before: "The camp holds 4.1 ", quote: "million", after: " people, according to the agency." },
    ],
    [
      "stops at a line break, as a paragraph ends",
      "Headline with 3 words\nAt least 29 soldiers were killed",
      "At least 29",
      undefined,
      { before: "", quote: "At least 29", after: " soldiers were killed" },
    ],
    [
      "clips a very long sentence at a word, with an ellipsis",
      "one two three four five six seven 42 eight nine ten eleven twelve",
      "42",
      12,
      { before: "… six seven ", quote: "42", after: " eight nine…" },
    ],
  ] as const)("%s", (_title, text, quote, maxSide, expected) => {
    expect(around(text, quote, maxSide)).toEqual(expected);
  });
});
