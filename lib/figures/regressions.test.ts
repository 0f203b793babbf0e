import { describe, expect, it } from "vitest";
import { findFigures, type Lang } from "./index";

// Cases found by probing the engine, each once wrong; kept so they stay right.
const cases: Array<[Lang, string, Array<[string, string, number | null, number | null]>]> = [
  ["en", "He was jailed for over 10 years.", [["over 10 years", "more_than", 10, null]]],
  [
    "fr",
    "Le taux était de 5 % à 10 ans.",
    [
      ["5 %", "exact", 5, 5],
      ["10 ans", "exact", 10, 10],
    ],
  ],
  ["fr", "La participation était de 59,4 % à 17 heures.", [["59,4 %", "exact", 59.4, 59.4]]],
  ["en", "Schools stay shut between 6 and 8 a.m.", []],
  ["fr", "Le couvre-feu s'applique entre 22 heures et 6 heures.", []],
  ["en", "Boeing delivered 32 737 MAX jets.", [["32", "exact", 32, 32]]],
  ["fr", "Près d'un demi-million de personnes ont fui.", [["Près d'un demi-million", "nearly", 450000, 499999]]],
  ["fr", "Vingt millions de dollars ont été débloqués.", [["Vingt millions de dollars", "exact", 20000000, 20000000]]],
  ["en", "HK$3.5bn was raised.", [["HK$3.5bn", "exact", 3500000000, 3500000000]]],
  ["en", "The Falcon 9 rocket carried 23 satellites.", [["23", "exact", 23, 23]]],
  // Found by the adversarial pieces: "nearly 1" allowed [1, 0], a low above its high.
  [
    "en",
    "Nearly 1 in 5 voters stayed home.",
    [
      ["Nearly 1", "nearly", 0, 0],
      ["5", "exact", 5, 5],
    ],
  ],
];

describe("figures the engine once got wrong", () => {
  it.each(cases)("[%s] %s", (lang, text, expected) => {
    expect(findFigures(text, lang).map((f) => [f.quote, f.qualifier, f.low, f.high])).toEqual(expected);
  });
});
