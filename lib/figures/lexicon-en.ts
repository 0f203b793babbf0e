import { wordTable, type Lexicon } from "./lexicon";
import type { Qualifier } from "./types";

const UNITS = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const cues = (qualifier: Qualifier, phrases: string[]) =>
  phrases.map((p) => [p, qualifier] as [string, Qualifier]);

export const english: Lexicon = {
  lang: "en",
  // 3,700 and 3.7; also 3 700 with a space, no-break or narrow no-break space (SI style).
  digitNumeral: /\d{1,3}(?:(?:,\d{3})+|(?:[ \u00A0\u202F]\d{3})+)(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y,
  digitsToDecimal: (raw) => raw.replace(/[, \u00A0\u202F]/g, ""),

  numberWords: new Map([
    ...wordTable(UNITS, "unit"),
    ...wordTable(TENS, "ten"),
    ...wordTable({ hundred: 100 }, "hundred"),
    ...wordTable(SCALES, "scale"),
    ...wordTable({ dozen: 12 }, "dozen"),
  ]),
  numberJoiner: "and",
  // "one hundred and twenty", "two thousand and five": "and" only follows a hundred or a scale.
  joinerAllowed: (before, after) => before % 100 === 0 && (after in UNITS || after in TENS),
  scaleArticles: ["a", "an", "one"],
  articleOnes: [],

  scales: new Map([
    ["thousand", { factor: 1e3, needsCurrency: false }],
    ["million", { factor: 1e6, needsCurrency: false }],
    ["millions", { factor: 1e6, needsCurrency: false }],
    ["billion", { factor: 1e9, needsCurrency: false }],
    ["billions", { factor: 1e9, needsCurrency: false }],
    ["trillion", { factor: 1e12, needsCurrency: false }],
    ["bn", { factor: 1e9, needsCurrency: false }],
    ["mn", { factor: 1e6, needsCurrency: false }],
    ["mln", { factor: 1e6, needsCurrency: false }],
    ["tn", { factor: 1e12, needsCurrency: false }],
    // "$5m", "€300k": without money, "5m" is five metres and "10k" a race.
    ["m", { factor: 1e6, needsCurrency: true }],
    ["k", { factor: 1e3, needsCurrency: true }],
  ]),

  approxNouns: new Map([["dozen", 12]]),
  vagueAmounts: new Map([
    ["dozens", { low: 24, high: 99, needsDeterminer: false }],
    ["tens", { low: 20, high: 99, needsDeterminer: false }],
    ["hundreds", { low: 200, high: 999, needsDeterminer: false }],
    ["thousands", { low: 2000, high: 9999, needsDeterminer: false }],
    ["millions", { low: 2e6, high: 9999999, needsDeterminer: false }],
    ["billions", { low: 2e9, high: 9999999999, needsDeterminer: false }],
    // "several thousand", "a few hundred": singular after a determiner.
    ["dozen", { low: 24, high: 99, needsDeterminer: true }],
    ["hundred", { low: 200, high: 999, needsDeterminer: true }],
    ["thousand", { low: 2000, high: 9999, needsDeterminer: true }],
    ["million", { low: 2e6, high: 9999999, needsDeterminer: true }],
  ]),
  vagueDeterminers: ["several", "a few"],
  multipliedOnly: ["tens"],
  ofWord: "of",

  prefixCues: new Map([
    ...cues("at_least", [
      "at least", "no fewer than", "not fewer than", "no less than", "not less than",
      "a minimum of", "at a minimum", "at minimum", "at the very least",
    ]),
    ...cues("more_than", [
      "more than", "over", "above", "in excess of", "upwards of", "upward of", "well over",
      "well above", "just over", "just above", "slightly more than", "slightly over",
      "a little more than", "a little over", "greater than", "well in excess of", "far more than",
      "many more than", "much more than",
    ]),
    ...cues("at_most", [
      "at most", "up to", "as many as", "no more than", "not more than", "a maximum of",
      "at the most", "as much as", "at a maximum", "at maximum",
    ]),
    ...cues("less_than", ["fewer than", "less than", "under", "below"]),
    ...cues("about", [
      "about", "around", "some", "roughly", "approximately", "approx.", "an estimated",
      "estimated", "circa", "in the region of", "on the order of", "of the order of",
      "more or less", "round about", "somewhere around", "an approximate",
    ]),
    ...cues("nearly", [
      "nearly", "almost", "close to", "just under", "just below", "just short of",
      "just shy of", "not quite", "a little under", "a little less than", "slightly under",
      "slightly less than", "slightly fewer than", "just fewer than", "just less than",
      "very nearly", "almost exactly",
    ]),
  ]),
  suffixCues: new Map<string, Qualifier>([
    ["or more", "at_least"],
    ["or above", "at_least"],
    ["or over", "at_least"],
    ["plus", "at_least"],
    ["-plus", "at_least"],
    ["+", "at_least"],
    ["or so", "about"],
    ["-odd", "about"],
    ["odd", "about"],
    ["or fewer", "at_most"],
    ["or less", "at_most"],
  ]),

  range: { between: "between", and: "and", from: "from", to: "to" },
  changeWords: [
    "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases", "increasing",
    "climbed", "climbs", "climbing", "jumped", "jumps", "grew", "grown", "grows", "fell", "fallen",
    "falls", "dropped", "drops", "declined", "declines", "decreased", "decreases", "went", "gone",
    "revised", "raised", "lowered", "cut", "up", "down", "soared", "surged", "plunged", "slipped",
    "moved", "changed", "shifted", "upgraded", "downgraded", "swelled", "doubled", "tripled",
    "ballooned", "spiked", "skyrocketed", "rocketed", "tumbled", "slumped", "plummeted", "dipped",
    "eased", "widened", "narrowed", "shrank", "shrunk", "expanded", "leapt", "leaped", "sank", "slid",
    "rebounded", "recovered", "improved", "worsened", "accelerated", "slowed", "rallied", "edged",
    "crept", "inched", "fallen", "reduced", "boosted", "trimmed", "slashed", "hiked", "lifted",
  ],

  percentWords: ["%", "per cent", "percent", "percentage points", "percentage point", "pc"],
  currencyAfter: new Map([
    ["euros", "EUR"], ["euro", "EUR"], ["€", "EUR"],
    ["us dollars", "USD"], ["u.s. dollars", "USD"], ["dollars", "USD"], ["dollar", "USD"], ["$", "USD"],
    ["pounds sterling", "GBP"], ["sterling", "GBP"],
    ["turkish lira", "TRY"], ["lira", "TRY"], ["liras", "TRY"],
    ["yen", "JPY"], ["yuan", "CNY"], ["roubles", "RUB"], ["rubles", "RUB"],
    ["swiss francs", "CHF"], ["francs", "CHF"], ["rupees", "INR"], ["shekels", "ILS"],
    ["dinars", "DZD"], ["kenyan shillings", "KES"], ["shillings", "KES"], ["naira", "NGN"],
    ["rand", "ZAR"], ["pesos", "MXN"], ["reais", "BRL"], ["won", "KRW"], ["hryvnias", "UAH"],
    ["hryvnia", "UAH"], ["rials", "IRR"], ["riyals", "SAR"], ["dirhams", "AED"], ["kronor", "SEK"],
    ["kroner", "NOK"], ["zlotys", "PLN"], ["zloty", "PLN"], ["forints", "HUF"], ["baht", "THB"],
    ["rupiah", "IDR"], ["ringgit", "MYR"], ["taka", "BDT"], ["pounds", "GBP"],
    ["usd", "USD"], ["eur", "EUR"], ["gbp", "GBP"], ["chf", "CHF"],
  ]),
  measureUnits: [
    "seconds", "second", "secs", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr",
    "days", "day", "nights", "night", "weeks", "week", "months", "month", "years", "year",
    "decades", "decade", "centuries", "century",
    "square kilometres", "square kilometers", "square kilometre", "square kilometer",
    "square miles", "square mile", "square metres", "square meters", "sq km", "km²", "km2",
    "kilometres", "kilometers", "kilometre", "kilometer", "km", "nautical miles", "miles", "mile",
    "millimetres", "millimeters", "centimetres", "centimeters", "inches", "inch",
    "square feet", "sq ft", "metric tons", "metric tonnes", "ounces", "miles per hour",
    "kilometres per hour", "kilometers per hour", "barrels per day", "degrees fahrenheit",
    "kilowatts", "kilowatt-hours", "megawatt-hours", "gigawatt-hours", "terawatt-hours", "watts",
    "m2", "m3",
    "metres", "meters", "metre", "meter", "m²", "m³", "m", "cm", "mm", "feet", "foot", "ft", "yards",
    "tonnes", "tonne", "tons", "ton", "kilograms", "kilogram", "kilogrammes", "kilos", "kilo", "kg",
    "grams", "gram", "lbs", "lb", "hectares", "hectare", "ha", "acres", "acre",
    "litres", "liters", "litre", "liter", "barrels", "barrel", "cubic metres", "cubic meters",
    "gallons", "km/h", "kph", "mph", "knots", "°c", "°f", "degrees celsius", "degrees",
    "megawatts", "gigawatts", "mw", "gw", "kw", "kwh", "gwh", "twh", "megatonnes",
  ],

  months: [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Jan", "Feb.", "Feb", "Mar.", "Apr.", "Apr",
    "Jun.", "Jul.", "Aug.", "Aug", "Sept.", "Sept", "Sep.", "Oct.", "Oct", "Nov.", "Nov",
    "Dec.", "Dec",
  ],
  monthsCaseSensitive: true,
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  determiners: [
    "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "my", "your",
    "whose", "other", "first", "next", "past", "previous", "remaining",
  ],
  designationWords: [
    "resolution", "article", "articles", "route", "highway", "flight", "boeing", "airbus", "apollo",
    "chapter", "section", "paragraph", "room", "gate", "terminal", "platform", "line", "bus",
    "number", "no.", "page", "p.", "version", "level", "phase", "stage", "category", "grade",
    "type", "model", "zone", "sector", "ward", "block", "building", "unit", "channel", "title",
    "decree", "protocol", "district", "camp", "tower", "formula", "windows", "iphone", "galaxy",
    "magnitude", "reactor", "nasdaq", "interstate", "ftse", "cac", "dax", "nikkei", "s&p", "stoxx", "ibex", "kospi", "fortune", "leopard", "challenger", "patriot", "mirage", "leclerc", "merkava", "squad", "brigade", "battalion", "division", "regiment", "corps", "vision", "agenda",
  ],
  clockPrepositions: [],
  durationPrepositions: [],
  unitStopWords: new Set([
    "of", "and", "or", "were", "was", "are", "is", "have", "has", "had", "the", "a", "an", "to",
    "in", "on", "at", "by", "for", "from", "with", "than", "per", "said", "says", "that", "who",
    "more", "less", "had", "will", "would", "could", "may", "might", "as", "since", "according",
  ]),
};
