import { describe, expect, it } from "vitest";
import { findFigures } from "@/lib/figures";
import { boundsFor, figureFieldValues } from "./figure-fields";

describe("the claim form's figure fields", () => {
  it("are filled from what the engine read", () => {
    const [figure] = findFigures("Selon l'OSDH, plus de 30 soldats ont été tués.", "fr");
    expect(figure && figureFieldValues(figure)).toEqual({
      quote: "plus de 30",
      value: "30",
      qualifier: "more_than",
      low: "31",
      high: "",
      kind: "count",
      unit: "soldats",
    });
  });

  it("follow a corrected value or qualifier", () => {
    expect(boundsFor("29", "at_least", "count")).toEqual({ low: "29", high: "" });
    expect(boundsFor("30", "more_than", "percent")).toEqual({ low: "30", high: "" });
    expect(boundsFor("100", "about", "count")).toEqual({ low: "90", high: "110" });
  });

  it("leave the editor's bounds alone for a range, a vague amount or a value that is not a number", () => {
    expect(boundsFor("40", "range", "count")).toBeNull();
    expect(boundsFor("", "exact", "count")).toBeNull();
    expect(boundsFor("dozens", "exact", "count")).toBeNull();
  });
});
