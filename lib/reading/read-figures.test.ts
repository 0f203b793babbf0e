import { describe, expect, it } from "vitest";
import { readFigures } from "./read-figures";

describe("reading a text to a person", () => {
  it.each([
    [
      "tells an English reader what a French figure allows",
      "en",
      { quote: "Au moins 29", qualifier: "at least", interval: "29 or more", kind: "count" },
    ],
    [
      "tells a French reader in French, the quote left as written",
      "fr",
      { quote: "Au moins 29", qualifier: "au moins", interval: "29 ou plus", kind: "nombre" },
    ],
  ] as const)("%s", (_title, reader, expected) => {
    const [figure] = readFigures(
      "Au moins 29 soldats ont été tués, selon le gouverneur du Hatay.",
      "fr",
      reader,
    ).figures;
    expect(figure).toMatchObject(expected);
  });

  it("tells a French reader about an English text, numbers written the French way", () => {
    const { figures } = readFigures("More than 1,500 people were displaced.", "en", "fr");
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      quote: "More than 1,500",
      qualifier: "plus de",
      interval: "1\u202f501 ou plus",
    });
  });

  it("shows at most the limit asked, and says how many there were in all", () => {
    const text = "At least 29 soldiers, 31 civilians and more than 40 fighters were killed.";
    const reading = readFigures(text, "en", "en", 2);
    expect(reading.total).toBe(3);
    expect(reading.figures.map((figure) => figure.quote)).toEqual(["At least 29", "31"]);
  });

  it("answers a text of one endless sentence of numbers in bounded words per figure", () => {
    const text = "1, 2, ".repeat(3_000);
    const reading = readFigures(text, "en", "en", 200);
    expect(reading.total).toBe(6_000);
    expect(reading.figures).toHaveLength(200);
    // Each figure carries at most its quote and a clipped sentence on either side.
    for (const figure of reading.figures)
      expect(figure.before.length + figure.after.length).toBeLessThanOrEqual(2 * 141);
  });
});
