import { describe, expect, it } from "vitest";
import { readFigures } from "./read-figures";

describe("reading a text to a person", () => {
  it("tells an English reader what a French figure allows", () => {
    const [figure] = readFigures("Au moins 29 soldats ont été tués, selon le gouverneur du Hatay.", "fr");
    expect(figure).toMatchObject({ quote: "Au moins 29", qualifier: "at least", interval: "29 or more", kind: "count" });
  });

  it("tells a French reader in French, the quote left as written", () => {
    const [figure] = readFigures("Au moins 29 soldats ont été tués, selon le gouverneur du Hatay.", "fr", "fr");
    expect(figure).toMatchObject({ quote: "Au moins 29", qualifier: "au moins", interval: "29 ou plus", kind: "nombre" });
  });

  it("tells a French reader about an English text, numbers written the French way", () => {
    const figures = readFigures("More than 1,500 people were displaced.", "en", "fr");
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ quote: "More than 1,500", qualifier: "plus de", interval: "1\u202f501 ou plus" });
  });
});
