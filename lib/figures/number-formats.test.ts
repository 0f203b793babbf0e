import { describe, expect, it } from "vitest";
import { unmark } from "@/tests/figures/marked";
import { findFigures, type FigureKind, type Lang } from "./index";

// How numbers are written in English and French news copy (spec/figures.md section 2).
interface Case {
  name: string;
  lang: Lang;
  text: string;
  quote: string;
  value: number;
  kind: FigureKind;
  unit?: string;
}

const DIGIT_CASES: Case[] = [
  // English: comma groups thousands, point is decimal
  {
    name: "a comma groups thousands",
    lang: "en",
    text: "Police counted 3,700 protesters downtown.",
    quote: "3,700",
    value: 3700,
    kind: "count",
  },
  {
    name: "two comma groups",
    lang: "en",
    text: "The commission received 1,250,000 ballots.",
    quote: "1,250,000",
    value: 1250000,
    kind: "count",
  },
  {
    name: "a decimal point before million",
    lang: "en",
    text: "The region has 3.7 million residents.",
    quote: "3.7 million",
    value: 3700000,
    kind: "count",
  },
  {
    name: "dollars with bn",
    lang: "en",
    text: "The pipeline deal is worth $2.5bn, the company said.",
    quote: "$2.5bn",
    value: 2500000000,
    kind: "money",
  },
  {
    name: "euros with billion (10^9 in English)",
    lang: "en",
    text: "Brussels offered €6 billion in aid.",
    quote: "€6 billion",
    value: 6000000000,
    kind: "money",
    unit: "EUR",
  },
  {
    name: "pounds with m",
    lang: "en",
    text: "The club paid £5m for the striker.",
    quote: "£5m",
    value: 5000000,
    kind: "money",
  },

  // French: comma is decimal; space, no-break space, narrow no-break space or point group thousands
  {
    name: "a decimal comma before millions",
    lang: "fr",
    text: "La ville compte 3,7 millions d'habitants.",
    quote: "3,7 millions",
    value: 3700000,
    kind: "count",
  },
  {
    name: "thousands grouped by a plain space",
    lang: "fr",
    text: "La police a compté 3 700 manifestants.",
    quote: "3 700",
    value: 3700,
    kind: "count",
  },
  {
    name: "thousands grouped by a no-break space",
    lang: "fr",
    text: "La police a compté 3\u00a0700 manifestants.",
    quote: "3\u00a0700",
    value: 3700,
    kind: "count",
  },
  {
    name: "thousands grouped by a narrow no-break space",
    lang: "fr",
    text: "La police a compté 3\u202f700 manifestants.",
    quote: "3\u202f700",
    value: 3700,
    kind: "count",
  },
  {
    name: "thousands grouped by a point",
    lang: "fr",
    text: "La police a compté 3.700 manifestants.",
    quote: "3.700",
    value: 3700,
    kind: "count",
  },
  {
    name: "millions grouped by no-break spaces",
    lang: "fr",
    text: "Le pays compte 1\u00a0250\u00a0000 électeurs inscrits.",
    quote: "1\u00a0250\u00a0000",
    value: 1250000,
    kind: "count",
  },
  {
    name: "milliards d'euros",
    lang: "fr",
    text: "L'État versera 6 milliards d'euros aux régions.",
    quote: "6 milliards d'euros",
    value: 6000000000,
    kind: "money",
    unit: "EUR",
  },
  {
    name: "a decimal comma before a spaced percent sign",
    lang: "fr",
    text: "Le candidat a obtenu 62,5 % des suffrages.",
    quote: "62,5 %",
    value: 62.5,
    kind: "percent",
    unit: "%",
  },
  {
    name: "a percent sign after a no-break space",
    lang: "fr",
    text: "Le candidat a obtenu 62,5\u00a0% des suffrages.",
    quote: "62,5\u00a0%",
    value: 62.5,
    kind: "percent",
    unit: "%",
  },
  {
    name: "a decimal comma before milliard",
    lang: "fr",
    text: "Le pays a reçu 1,5 milliard de doses.",
    quote: "1,5 milliard",
    value: 1500000000,
    kind: "count",
  },
  {
    name: "a French billion is 10^12",
    lang: "fr",
    text: "La dette mondiale dépasserait 2 billions d'euros.",
    quote: "2 billions d'euros",
    value: 2000000000000,
    kind: "money",
    unit: "EUR",
  },
  {
    name: "an English billion is 10^9",
    lang: "en",
    text: "The fund holds 2 billion euros.",
    quote: "2 billion euros",
    value: 2000000000,
    kind: "money",
    unit: "EUR",
  },
];

const WORD_CASES: Case[] = [
  {
    name: "twenty-nine",
    lang: "en",
    text: "Twenty-nine soldiers were buried on Friday.",
    quote: "Twenty-nine",
    value: 29,
    kind: "count",
  },
  {
    name: "ninety-seven",
    lang: "en",
    text: "The list names ninety-seven detainees.",
    quote: "ninety-seven",
    value: 97,
    kind: "count",
  },
  {
    name: "one hundred and twenty",
    lang: "en",
    text: "Rescuers reached one hundred and twenty villagers.",
    quote: "one hundred and twenty",
    value: 120,
    kind: "count",
  },
  {
    name: "a dozen",
    lang: "en",
    text: "Rescuers reached a dozen villagers.",
    quote: "a dozen",
    value: 12,
    kind: "count",
  },
  {
    name: "a thousand",
    lang: "en",
    text: "Rescuers reached a thousand villagers.",
    quote: "a thousand",
    value: 1000,
    kind: "count",
  },
  {
    name: "vingt-neuf",
    lang: "fr",
    text: "Vingt-neuf soldats ont été inhumés vendredi.",
    quote: "Vingt-neuf",
    value: 29,
    kind: "count",
  },
  {
    name: "quatre-vingt-dix-sept",
    lang: "fr",
    text: "La liste compte quatre-vingt-dix-sept détenus.",
    quote: "quatre-vingt-dix-sept",
    value: 97,
    kind: "count",
  },
  {
    name: "soixante et onze",
    lang: "fr",
    text: "Les secours ont atteint soixante et onze villageois.",
    quote: "soixante et onze",
    value: 71,
    kind: "count",
  },
  {
    name: "soixante-dix",
    lang: "fr",
    text: "Les secours ont atteint soixante-dix villageois.",
    quote: "soixante-dix",
    value: 70,
    kind: "count",
  },
  {
    name: "deux cents",
    lang: "fr",
    text: "Les secours ont atteint deux cents villageois.",
    quote: "deux cents",
    value: 200,
    kind: "count",
  },
  {
    name: "mille",
    lang: "fr",
    text: "Mille villageois ont été évacués.",
    quote: "Mille",
    value: 1000,
    kind: "count",
  },
  {
    name: "trois millions",
    lang: "fr",
    text: "Trois millions de personnes n'ont plus d'eau.",
    quote: "Trois millions",
    value: 3000000,
    kind: "count",
  },
  {
    name: "deux cent mille",
    lang: "fr",
    text: "Deux cent mille réfugiés ont franchi la frontière.",
    quote: "Deux cent mille",
    value: 200000,
    kind: "count",
  },
];

function check(tc: Case) {
  const figures = findFigures(tc.text, tc.lang);
  expect(figures, `figures in ${JSON.stringify(tc.text)}`).toHaveLength(1);
  const f = figures[0]!;
  expect({ quote: f.quote, value: f.value, kind: f.kind }).toEqual({
    quote: tc.quote,
    value: tc.value,
    kind: tc.kind,
  });
  if (tc.unit !== undefined) expect(f.unit).toBe(tc.unit);
  expect(tc.text.slice(f.start, f.end)).toBe(f.quote);
  expect(f.start).toBe(tc.text.indexOf(tc.quote));
}

describe("numbers written in digits", () => {
  it.each(DIGIT_CASES)("$lang: $name ($quote is $value)", check);

  it("an exact number in digits is its own interval", () => {
    const [f] = findFigures("La police a compté 3\u202f700 manifestants.", "fr");
    expect(f).toMatchObject({ value: 3700, low: 3700, high: 3700, qualifier: "exact" });
  });
});

describe("numbers written in words", () => {
  it.each(WORD_CASES)("$lang: $name is $value", check);

  it("a spelled-out number keeps the interval of its cue", () => {
    const [f] = findFigures("Au moins vingt-neuf soldats ont été tués.", "fr");
    expect(f).toMatchObject({
      quote: "Au moins vingt-neuf",
      value: 29,
      low: 29,
      high: null,
      qualifier: "at_least",
    });
  });
});

// Offsets are JavaScript string indices (UTF-16 code units), end exclusive. Each text's figures
// are the parts written in [brackets], in order (tests/figures/marked.ts).
const OFFSET_TEXTS: Record<Lang, Record<string, string>> = {
  fr: {
    "no-break and narrow no-break spaces after accented words":
      "À Alep, [près de 3\u202f700] déplacés ; à Idleb, « [plus de 1\u00a0000] » selon l'ONU.",
    "accented cues at the start of a text": "[Près de 600] élèves et [au-delà de 40] enseignants ont été évacués.",
    "accents written as combining marks":
      "Le pre\u0301fet a annonce\u0301 [29] de\u0301ce\u0300s et [3,7 millions d'euros] d'aide.",
  },
  en: {
    "a character outside the basic plane before the figure":
      "\u{1F6A8} Breaking: [at least 17] people were killed and [£5m] was pledged.",
    "words and digits in the same sentence":
      "[Twenty-nine] soldiers, [3,700] civilians and [€6 billion] were lost that winter.",
  },
};
const OFFSET_CASES = Object.entries(OFFSET_TEXTS).flatMap(([lang, texts]) =>
  Object.entries(texts).map(([name, marked]) => ({ name, lang: lang as Lang, ...unmark(marked) })),
);

describe("offsets point at the quote", () => {
  it.each([...DIGIT_CASES, ...WORD_CASES])("text.slice(start, end) is the quote: $text", (tc) => {
    for (const f of findFigures(tc.text, tc.lang)) expect(tc.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it.each(OFFSET_CASES)("$name", ({ lang, text, quotes }) => {
    const figures = findFigures(text, lang);
    expect(figures.map((f) => f.quote)).toEqual(quotes);
    let from = 0;
    for (const f of figures) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.start).toBe(text.indexOf(f.quote, from));
      expect(f.end).toBe(f.start + f.quote.length);
      from = f.end;
    }
  });
});
