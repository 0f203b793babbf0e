import { describe, expect, it } from "vitest";
import { findFigures, type Lang } from "./index";

// Numbers that are not figures (spec/figures.md sections 2 and 3): the reader must not
// report them, alone or next to a real figure.
const NOT_FIGURES: Array<{ what: string; lang: Lang; text: string }> = [
  // dates and their parts
  { what: "day and month (fr)", lang: "fr", text: "Les frappes du 27 février ont visé la base." },
  { what: "month and day (en)", lang: "en", text: "The strikes of February 27 targeted the base." },
  { what: "month, day and year (en)", lang: "en", text: "The envoys met on March 5, 2020 in Moscow." },
  { what: "weekday and day (fr)", lang: "fr", text: "Le convoi est reparti jeudi 27 au matin." },
  { what: "a span of days (fr)", lang: "fr", text: "Le sommet se tiendra du 27 au 29 février à Genève." },
  { what: "a span of days (en)", lang: "en", text: "The summit runs 27-28 February in Geneva." },
  // years
  { what: "a bare year (en)", lang: "en", text: "The ceasefire collapsed in 2020." },
  { what: "since a year (en)", lang: "en", text: "The war has gone on since 2011." },
  { what: "en and a year (fr)", lang: "fr", text: "Le cessez-le-feu a été rompu en 2019." },
  // clock times
  { what: "hour with h (fr)", lang: "fr", text: "Le couvre-feu commence à 23 h dans la ville." },
  { what: "hour and minutes with h (fr)", lang: "fr", text: "L'alerte a été levée à 23h30 hier soir." },
  { what: "à N heures (fr)", lang: "fr", text: "Le ministre parlera à 10 heures devant la presse." },
  { what: "pm (en)", lang: "en", text: "The curfew starts at 11pm in the capital." },
  { what: "p.m. (en)", lang: "en", text: "The curfew starts at 11 p.m. in the capital." },
  { what: "hours and minutes with a colon (en)", lang: "en", text: "The minister will speak at 10:30 tomorrow." },
  // ordinals
  { what: "third", lang: "en", text: "It was the third attack on the market." },
  { what: "troisième", lang: "fr", text: "C'est la troisième attaque contre le marché." },
  { what: "premier", lang: "fr", text: "Le premier convoi est arrivé à l'aube." },
  { what: "27th", lang: "en", text: "The 27th brigade withdrew from the town." },
  { what: "1er", lang: "fr", text: "Le bataillon s'est retiré le 1er mars." },
  { what: "2e", lang: "fr", text: "Le 2e régiment a quitté la ville." },
  { what: "twenty-first", lang: "en", text: "It was the twenty-first day of the siege." },
  // names and designations
  { what: "F-16", lang: "en", text: "A Turkish F-16 shot down the drone." },
  { what: "S-400", lang: "fr", text: "Ankara a reçu le système S-400 malgré les protestations." },
  { what: "COVID-19", lang: "en", text: "The COVID-19 wards were closed in the city." },
  { what: "Su-24", lang: "fr", text: "Un Su-24 russe a été abattu près de la frontière." },
  { what: "A320", lang: "en", text: "The airline grounded its A320 fleet." },
  { what: "G20", lang: "fr", text: "Le sujet sera abordé au G20 de Riyad." },
  { what: "Boeing 737", lang: "en", text: "The Boeing 737 landed safely in Ankara." },
  { what: "Resolution 2254", lang: "en", text: "Resolution 2254 calls for a political transition." },
  // articles
  { what: "a (article)", lang: "en", text: "A soldier was wounded near the checkpoint." },
  { what: "un (article)", lang: "fr", text: "Un soldat a été blessé près du poste de contrôle." },
  { what: "une (article)", lang: "fr", text: "Une frappe a touché l'école du quartier." },
];

describe("numbers that are not figures", () => {
  it.each(NOT_FIGURES)("reports nothing for $what: $text", ({ lang, text }) => {
    expect(findFigures(text, lang)).toEqual([]);
  });
});

// An excluded token next to a real figure: only the figure comes out.
const MIXED: Array<{ what: string; lang: Lang; text: string; quotes: string[] }> = [
  {
    what: "a date before a count (fr)",
    lang: "fr",
    text: "Le jeudi 27 février, au moins 29 soldats ont été tués.",
    quotes: ["au moins 29"],
  },
  {
    what: "a date before a count (en)",
    lang: "en",
    text: "On February 27, at least 29 soldiers were killed.",
    quotes: ["at least 29"],
  },
  {
    what: "a full date and a duration",
    lang: "en",
    text: "On March 5, 2020 the talks lasted six hours.",
    quotes: ["six hours"],
  },
  {
    what: "a span of days and a count",
    lang: "fr",
    text: "Du 27 au 29 février, près de 600 familles sont parties.",
    quotes: ["près de 600"],
  },
  {
    what: "since a year and a count",
    lang: "en",
    text: "Since 2011, more than 500,000 people have died.",
    quotes: ["more than 500,000"],
  },
  {
    what: "a year, a comma, then a count",
    lang: "fr",
    text: "En 2019, 3 700 personnes ont fui la région.",
    quotes: ["3 700"],
  },
  {
    what: "a clock time and a count (en)",
    lang: "en",
    text: "At 11pm, 12 rockets hit the city.",
    quotes: ["12"],
  },
  {
    what: "a clock time and a count (fr)",
    lang: "fr",
    text: "À 23 h, une frappe a tué 8 civils.",
    quotes: ["8"],
  },
  {
    what: "minutes and a count",
    lang: "en",
    text: "At 10:30, about 70 journalists were waiting.",
    quotes: ["about 70"],
  },
  {
    what: "à N heures and a duration",
    lang: "fr",
    text: "À 10 heures, les combats duraient depuis 6 heures.",
    quotes: ["6 heures"],
  },
  {
    what: "an ordinal and a measure",
    lang: "en",
    text: "The third convoy carried 40 tonnes of food.",
    quotes: ["40 tonnes"],
  },
  {
    what: "1er and a count",
    lang: "fr",
    text: "Le 1er mars, plus de 200 blessés ont été évacués.",
    quotes: ["plus de 200"],
  },
  {
    what: "a designation and a count",
    lang: "en",
    text: "Turkish F-16s shot down 2 Syrian Su-24 jets.",
    quotes: ["2"],
  },
  {
    what: "a disease name and a count",
    lang: "en",
    text: "COVID-19 has killed 1,200 people in the province.",
    quotes: ["1,200"],
  },
  {
    what: "a resolution number and a count",
    lang: "en",
    text: "Resolution 2254 was backed by 15 members.",
    quotes: ["15"],
  },
  {
    what: "an aircraft model and a count",
    lang: "en",
    text: "A Boeing 737 carrying 150 passengers landed.",
    quotes: ["150"],
  },
  {
    what: "an article and a count (fr)",
    lang: "fr",
    text: "Un soldat et 3 civils ont été blessés.",
    quotes: ["3"],
  },
  {
    what: "an article and a count (en)",
    lang: "en",
    text: "A medic and 3 civilians were wounded.",
    quotes: ["3"],
  },
  {
    what: "a G20 summit and a sum",
    lang: "fr",
    text: "Au G20, les pays ont promis 6 milliards d'euros.",
    quotes: ["6 milliards d'euros"],
  },
];

describe("an excluded number beside a real figure", () => {
  it.each(MIXED)("reports only the figure for $what: $text", ({ lang, text, quotes }) => {
    const figures = findFigures(text, lang);
    expect(figures.map((f) => f.quote)).toEqual(quotes);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });
});
