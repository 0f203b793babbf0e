import { describe, expect, it } from "vitest";
import { findFigures, intervalFor, type FigureKind, type Lang, type Qualifier } from "./index";
import { unmarkOne } from "@/tests/figures/marked";
import { QUALIFIERS } from "./types";

// One row per cue of the qualifier table in spec/figures.md section 1, each in a short sentence
// written for this file. The quote, in [brackets], is what the reader must point at; the bounds are
// the spec's.
interface Case {
  lang: Lang;
  cue: string;
  text: string;
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
}

const c = (
  lang: Lang,
  cue: string,
  marked: string,
  value: number | null,
  low: number | null,
  high: number | null,
  qualifier: Qualifier,
  kind: FigureKind = "count",
): Case => ({ lang, cue, ...unmarkOne(marked), value, low, high, qualifier, kind });

/** A vague cue: the whole quote is the cue, with a fixed interval and no single value. */
const vague = (lang: Lang, marked: string, low: number, high: number): Case => {
  const { quote } = unmarkOne(marked);
  return c(lang, quote, marked, null, low, high, "vague");
};

const QUALIFIER_CASES: Case[] = [
  // exact: a bare number is [N, N]
  c("en", "bare number", "The army lost [29] tanks in the offensive.", 29, 29, 29, "exact"),
  c("fr", "nombre seul", "L'armée a perdu [29] chars pendant l'offensive.", 29, 29, 29, "exact"),

  // at_least: [N, null]
  c("en", "at least", "Rescuers pulled [at least 14] survivors from the rubble.", 14, 14, null, "at_least"),
  c("en", "no fewer than", "[No fewer than 12] ships were sunk in the harbour.", 12, 12, null, "at_least"),
  c("en", "N or more", "The council said [40 or more] homes had flooded.", 40, 40, null, "at_least"),
  c("en", "N+", "Witnesses saw [50+] drones over the port.", 50, 50, null, "at_least"),
  c("fr", "au moins", "Les secours ont dégagé [au moins 14] survivants.", 14, 14, null, "at_least"),
  c("fr", "pas moins de", "[Pas moins de 12] navires ont coulé dans le port.", 12, 12, null, "at_least"),
  c("fr", "N ou plus", "Selon la mairie, les maisons inondées sont [40 ou plus].", 40, 40, null, "at_least"),

  // more_than: [N+1, null] for a count
  c("en", "more than", "Officials registered [more than 300] claims.", 300, 301, null, "more_than"),
  c("en", "over", "[Over 90] trucks queued at the crossing.", 90, 91, null, "more_than"),
  c("en", "above", "The shelter now houses [above 50] families.", 50, 51, null, "more_than"),
  c("en", "in excess of", "[In excess of 300] homes burned overnight.", 300, 301, null, "more_than"),
  c("fr", "plus de", "La préfecture a enregistré [plus de 300] demandes.", 300, 301, null, "more_than"),
  c("fr", "au-delà de", "[Au-delà de 500] maisons ont brûlé cette nuit.", 500, 501, null, "more_than"),
  c("fr", "un peu plus de", "Le refuge accueille [un peu plus de 30] familles.", 30, 31, null, "more_than"),

  // at_most: [null, N]
  c("en", "up to", "The ferry can carry [up to 400] passengers.", 400, null, 400, "at_most"),
  c("en", "at most", "[At most 8] doctors are still working there.", 8, null, 8, "at_most"),
  c("en", "as many as", "Residents said [as many as 60] shells landed.", 60, null, 60, "at_most"),
  c("en", "no more than", "[No more than 25] reporters were allowed in.", 25, null, 25, "at_most"),
  c("fr", "jusqu'à", "Le bac peut transporter [jusqu'à 400] passagers.", 400, null, 400, "at_most"),
  c("fr", "au plus", "[Au plus 8] médecins travaillent encore sur place.", 8, null, 8, "at_most"),
  c("fr", "au maximum", "La salle accueillera [au maximum 300] personnes.", 300, null, 300, "at_most"),

  // about: [round(0.9N), round(1.1N)]
  c("en", "about", "[About 70] reporters waited outside.", 70, 63, 77, "about"),
  c("en", "around", "[Around 200] tents were set up.", 200, 180, 220, "about"),
  c("en", "some", "The convoy brought [some 250] lorries of flour.", 250, 225, 275, "about"),
  c("en", "roughly", "[Roughly 40] villages lost power.", 40, 36, 44, "about"),
  c("en", "approximately", "[Approximately 300] families were moved.", 300, 270, 330, "about"),
  c("en", "an estimated", "[An estimated 40] people fled the district.", 40, 36, 44, "about"),
  c("en", "a dozen", "[A dozen] soldiers were captured.", 12, 11, 13, "about"),
  c("fr", "environ", "[Environ 70] journalistes attendaient dehors.", 70, 63, 77, "about"),
  c("fr", "quelque", "Le convoi a livré [quelque 250] camions de farine.", 250, 225, 275, "about"),
  c("fr", "approximativement", "[Approximativement 300] familles ont été déplacées.", 300, 270, 330, "about"),
  c("fr", "une dizaine", "[Une dizaine] de villages sont privés de courant.", 10, 9, 11, "about"),
  c("fr", "une trentaine", "[Une trentaine] de soldats ont été capturés.", 30, 27, 33, "about"),
  c("fr", "une centaine", "[Une centaine] de tentes ont été montées.", 100, 90, 110, "about"),
  c("fr", "un millier", "[Un millier] de réfugiés attendent à la frontière.", 1000, 900, 1100, "about"),

  // nearly: [round(0.9N), N-1]
  c("en", "nearly", "[Nearly 600] families have left the valley.", 600, 540, 599, "nearly"),
  c("en", "almost", "The rebels hold [almost 50] villages.", 50, 45, 49, "nearly"),
  c("en", "close to", "[Close to 200] people queued for bread.", 200, 180, 199, "nearly"),
  c("en", "just under", "[Just under 80] people came to the vigil.", 80, 72, 79, "nearly"),
  c("fr", "près de", "[Près de 600] familles ont quitté la vallée.", 600, 540, 599, "nearly"),
  c("fr", "presque", "Les rebelles tiennent [presque 50] villages.", 50, 45, 49, "nearly"),
  c("fr", "pas loin de", "[Pas loin de 200] personnes attendaient du pain.", 200, 180, 199, "nearly"),

  // range: [A, B] and no single value
  c("en", "between A and B", "[Between 40 and 45] buses crossed the bridge.", null, 40, 45, "range"),
  c("en", "A to B", "The raid left [20 to 30] wounded.", null, 20, 30, "range"),
  c("en", "A-B", "The raid left [20-30] wounded.", null, 20, 30, "range"),
  c("fr", "entre A et B", "[Entre 40 et 45] bus ont franchi le pont.", null, 40, 45, "range"),
  c("fr", "de A à B", "Le raid a fait [de 20 à 30] blessés.", null, 20, 30, "range"),
  c("fr", "A à B", "Le raid a fait [20 à 30] blessés.", null, 20, 30, "range"),

  // vague: fixed intervals and no single value
  vague("en", "Police said [dozens] of shops were looted.", 24, 99),
  vague("en", "Police said [hundreds] of shops were looted.", 200, 999),
  vague("en", "Police said [thousands] of people marched.", 2000, 9999),
  vague("en", "Police said [several thousand] people marched.", 2000, 9999),
  vague("en", "Police said [tens of thousands] of people marched.", 20000, 99999),
  vague("fr", "Selon la police, [des dizaines] de magasins ont été pillés.", 20, 99),
  vague("fr", "Selon la police, [des centaines] de magasins ont été pillés.", 200, 999),
  vague("fr", "Selon la police, [des milliers] de personnes ont défilé.", 2000, 9999),
  vague("fr", "Selon la police, [plusieurs milliers] de personnes ont défilé.", 2000, 9999),
  vague("fr", "Selon la police, [des dizaines de milliers] de personnes ont défilé.", 20000, 99999),

  // less_than: [null, N-1] for a count
  c("en", "fewer than", "[Fewer than 20] nurses stayed behind.", 20, null, 19, "less_than"),
  c("en", "less than", "The militia has [less than 100] fighters left.", 100, null, 99, "less_than"),
  c("en", "under", "[Under 50] voters turned up at the school.", 50, null, 49, "less_than"),
  c("en", "below", "The garrison fell [below 200] soldiers by spring.", 200, null, 199, "less_than"),
  c("fr", "moins de", "[Moins de 20] infirmières sont restées.", 20, null, 19, "less_than"),
];

/** The one figure of a sentence, with its offsets checked against the quote. */
function onlyFigure(text: string, lang: Lang) {
  const figures = findFigures(text, lang);
  expect(figures, `figures in ${JSON.stringify(text)}`).toHaveLength(1);
  const figure = figures[0]!;
  expect(text.slice(figure.start, figure.end)).toBe(figure.quote);
  return figure;
}

const fields = (f: Pick<Case, "quote" | "value" | "low" | "high" | "qualifier" | "kind">) => ({
  quote: f.quote,
  value: f.value,
  low: f.low,
  high: f.high,
  qualifier: f.qualifier,
  kind: f.kind,
});

describe("qualifier cues from the spec table", () => {
  it.each(QUALIFIER_CASES)('reads $lang cue "$cue" as $qualifier [$low, $high]: $text', (tc) => {
    expect(fields(onlyFigure(tc.text, tc.lang))).toEqual(fields(tc));
  });

  it("covers every qualifier of the table in both languages", () => {
    const qualifiers: Qualifier[] = [...QUALIFIERS];
    for (const q of qualifiers) {
      for (const lang of ["en", "fr"] as Lang[]) {
        expect(
          QUALIFIER_CASES.some((tc) => tc.qualifier === q && tc.lang === lang),
          `${q} in ${lang}`,
        ).toBe(true);
      }
    }
  });

  it("reads a cue whatever its case", () => {
    expect(fields(onlyFigure("AT LEAST 14 survivors were found.", "en"))).toMatchObject({
      qualifier: "at_least",
      low: 14,
      high: null,
    });
    expect(fields(onlyFigure("PLUS DE 300 demandes ont été déposées.", "fr"))).toMatchObject({
      qualifier: "more_than",
      low: 301,
      high: null,
    });
  });
});

// Percentages, money and measures are not whole: "more than" and "less than" keep N as the
// bound; every other qualifier gives the same interval as for a count.
const NOT_WHOLE_CASES: Case[] = [
  c("en", "more than", "Turnout was [more than 30%] in the north.", 30, 30, null, "more_than", "percent"),
  c("fr", "plus de", "La participation a atteint [plus de 30 %] dans le nord.", 30, 30, null, "more_than", "percent"),
  c("en", "less than", "Each family received [less than $500] in aid.", 500, null, 500, "less_than", "money"),
  c("fr", "moins de", "Chaque famille a reçu [moins de 500 euros] d'aide.", 500, null, 500, "less_than", "money"),
  c("en", "over", "The column stretched [over 12 km] along the road.", 12, 12, null, "more_than", "measure"),
  c("fr", "moins de", "La colonne s'étirait sur [moins de 12 km].", 12, null, 12, "less_than", "measure"),
  c("en", "under", "Growth slowed to [under 2%] last year.", 2, null, 2, "less_than", "percent"),
  // the other qualifiers: as for counts
  c("en", "at least", "Prices rose [at least 30%] in a month.", 30, 30, null, "at_least", "percent"),
  c("en", "up to", "The march covered [up to 40 km] a day.", 40, null, 40, "at_most", "measure"),
  c("en", "about", "Inflation reached [about 25%] in May.", 25, 23, 28, "about", "percent"),
  c("fr", "environ", "L'inflation a atteint [environ 25 %] en mai.", 25, 23, 28, "about", "percent"),
];

describe("percent, money and measure bounds", () => {
  it.each(NOT_WHOLE_CASES)('$kind with "$cue" gives [$low, $high]: $text', (tc) => {
    expect(fields(onlyFigure(tc.text, tc.lang))).toEqual(fields(tc));
  });

  it("a count with the same cue moves the bound by one, a percent does not", () => {
    expect(onlyFigure("Officials counted more than 30 people.", "en")).toMatchObject({
      low: 31,
      high: null,
    });
    expect(onlyFigure("Officials counted more than 30% of the vote.", "en")).toMatchObject({
      low: 30,
      high: null,
    });
    expect(onlyFigure("Il reste moins de 20 personnes.", "fr")).toMatchObject({
      low: null,
      high: 19,
    });
    expect(onlyFigure("Il reste moins de 20 % des voix.", "fr")).toMatchObject({
      low: null,
      high: 20,
    });
  });
});

// Rounding of the "about" and "nearly" bounds: to the nearest whole number, and an exact half
// (0.9 × 25 = 22.5, 1.1 × 25 = 27.5) goes up.
const ROUNDING_CASES: Case[] = [
  c("en", "about 25", "[About 25] tents were left standing.", 25, 23, 28, "about"),
  c("fr", "environ 25", "[Environ 25] tentes tiennent encore debout.", 25, 23, 28, "about"),
  c("en", "about 15", "[About 15] tents were left standing.", 15, 14, 17, "about"),
  c("en", "about 35", "[About 35] tents were left standing.", 35, 32, 39, "about"),
  c("en", "around 45", "[Around 45] tents were left standing.", 45, 41, 50, "about"),
  c("en", "nearly 600", "[Nearly 600] families left the camp.", 600, 540, 599, "nearly"),
  c("fr", "près de 600", "[Près de 600] familles ont quitté le camp.", 600, 540, 599, "nearly"),
  c("en", "nearly 15", "[Nearly 15] ambulances were hit.", 15, 14, 14, "nearly"),
  c("fr", "une vingtaine", "[Une vingtaine] de roquettes sont tombées sur le port.", 20, 18, 22, "about"),
  c("en", "a dozen", "[A dozen] rockets fell on the port.", 12, 11, 13, "about"),
];

describe("rounding of approximate bounds", () => {
  it.each(ROUNDING_CASES)("$cue gives [$low, $high]", (tc) => {
    expect(fields(onlyFigure(tc.text, tc.lang))).toEqual(fields(tc));
  });
});

describe("intervalFor, the table's last column", () => {
  const cases: Array<[Exclude<Qualifier, "range" | "vague">, number, FigureKind, number | null, number | null]> = [
    ["exact", 29, "count", 29, 29],
    ["at_least", 29, "count", 29, null],
    ["more_than", 30, "count", 31, null],
    ["more_than", 30, "percent", 30, null],
    ["more_than", 30, "money", 30, null],
    ["more_than", 30, "measure", 30, null],
    ["at_most", 400, "count", null, 400],
    ["less_than", 20, "count", null, 19],
    ["less_than", 20, "percent", null, 20],
    ["less_than", 20, "money", null, 20],
    ["less_than", 20, "measure", null, 20],
    ["about", 25, "count", 23, 28],
    ["about", 12, "count", 11, 13],
    ["about", 20, "count", 18, 22],
    ["about", 70, "count", 63, 77],
    ["about", 25, "percent", 23, 28],
    ["nearly", 600, "count", 540, 599],
    ["nearly", 50, "count", 45, 49],
  ];
  it.each(cases)("%s %d (%s) is [%s, %s]", (qualifier, n, kind, low, high) => {
    expect(intervalFor(qualifier, n, kind)).toEqual({ low, high });
  });
});
