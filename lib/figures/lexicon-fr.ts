import { wordTable, type Lexicon } from "./lexicon";
import type { Qualifier } from "./types";

const UNITS = {
  zéro: 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7,
  huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const TENS = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // "quatre-vingt(s)" is read as one word by the number grammar (see number-words.ts).
  "quatre-vingt": 80, "quatre-vingts": 80,
};
// A French "billion" is a million millions (10^12), not the English thousand millions.
const SCALES = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 };

const cues = (qualifier: Qualifier, phrases: string[]) =>
  phrases.map((p) => [p, qualifier] as [string, Qualifier]);

export const french: Lexicon = {
  lang: "fr",
  // Decimal comma (3,7); thousands by space, no-break space (U+00A0), narrow no-break
  // space (U+202F) or dot (3.700). A dot before other than three digits is a decimal point.
  digitNumeral: /\d{1,3}(?:(?:[ \u00A0\u202F]\d{3})+|(?:\.\d{3})+)(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?/y,
  digitsToDecimal(raw) {
    const grouped = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+/.test(raw) || /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw);
    const digits = grouped ? raw.replace(/[ \u00A0\u202F.]/g, "") : raw;
    return digits.replace(",", ".");
  },

  numberWords: new Map([
    ...wordTable(UNITS, "unit"),
    ...wordTable(TENS, "ten"),
    ...wordTable({ cent: 100, cents: 100 }, "hundred"),
    ...wordTable(SCALES, "scale"),
  ]),
  numberJoiner: "et",
  // "vingt et un", "soixante et onze": "et" joins a ten to one (or, after sixty, to eleven).
  joinerAllowed: (before, after) =>
    before % 100 >= 20 && before % 100 <= 60 && before % 10 === 0 &&
    (after === "un" || after === "une" || (after === "onze" && before % 100 === 60)),
  scaleArticles: ["un", "une"],
  // "un", "une" are articles unless a cue makes them numbers: "au moins un mort".
  articleOnes: ["un", "une"],

  scales: new Map([
    ["mille", { factor: 1e3, needsCurrency: false }],
    ["million", { factor: 1e6, needsCurrency: false }],
    ["millions", { factor: 1e6, needsCurrency: false }],
    ["milliard", { factor: 1e9, needsCurrency: false }],
    ["milliards", { factor: 1e9, needsCurrency: false }],
    ["billion", { factor: 1e12, needsCurrency: false }],
    ["billions", { factor: 1e12, needsCurrency: false }],
    ["md", { factor: 1e9, needsCurrency: false }],
    ["mds", { factor: 1e9, needsCurrency: false }],
    ["mrd", { factor: 1e9, needsCurrency: false }],
    ["mrds", { factor: 1e9, needsCurrency: false }],
    ["m", { factor: 1e6, needsCurrency: true }],
    ["k", { factor: 1e3, needsCurrency: true }],
  ]),

  approxNouns: new Map([
    ["dizaine", 10], ["douzaine", 12], ["quinzaine", 15], ["vingtaine", 20], ["trentaine", 30],
    ["quarantaine", 40], ["cinquantaine", 50], ["soixantaine", 60], ["centaine", 100],
    ["millier", 1000],
  ]),
  vagueAmounts: new Map([
    ["dizaines", { low: 20, high: 99, needsDeterminer: true }],
    ["centaines", { low: 200, high: 999, needsDeterminer: true }],
    ["milliers", { low: 2000, high: 9999, needsDeterminer: true }],
    ["millions", { low: 2e6, high: 9999999, needsDeterminer: true }],
    ["milliards", { low: 2e9, high: 9999999999, needsDeterminer: true }],
  ]),
  vagueDeterminers: ["des", "plusieurs", "quelques", "de nombreuses", "de nombreux"],
  multipliedOnly: [],
  ofWord: "de",

  prefixCues: new Map([
    ...cues("at_least", ["au moins", "pas moins de", "pas moins d'", "au minimum", "un minimum de", "un minimum d'", "au bas mot", "tout au moins"]),
    ...cues("more_than", [
      "plus de", "plus d'", "au-delà de", "au-delà d'", "un peu plus de", "un peu plus d'",
      "bien plus de", "bien plus d'", "largement plus de", "largement plus d'", "nettement plus de",
      "davantage que", "supérieur à",
    ]),
    ...cues("at_most", [
      "jusqu'à", "au plus", "au maximum", "tout au plus", "pas plus de", "pas plus d'",
      "un maximum de", "un maximum d'", "au grand maximum",
    ]),
    ...cues("less_than", ["moins de", "moins d'", "inférieur à"]),
    ...cues("about", [
      "environ", "quelque", "approximativement", "à peu près", "aux alentours de",
      "aux alentours d'", "autour de", "autour d'", "de l'ordre de", "de l'ordre d'", "plus ou moins",
      "grosso modo",
    ]),
    ...cues("nearly", [
      "près de", "près d'", "presque", "pas loin de", "pas loin d'", "quasiment", "quasi",
      "pratiquement", "un peu moins de", "un peu moins d'", "tout près de", "tout près d'",
    ]),
  ]),
  suffixCues: new Map<string, Qualifier>([
    ["ou plus", "at_least"],
    ["et plus", "at_least"],
    ["au bas mot", "at_least"],
    ["+", "at_least"],
    ["environ", "about"],
    ["ou moins", "at_most"],
    ["au plus", "at_most"],
    ["au maximum", "at_most"],
  ]),

  range: { between: "entre", and: "et", from: "de", to: "à" },
  changeWords: [
    "passé", "passée", "passés", "passées", "passant", "passer", "passe", "grimpé", "augmenté",
    "baissé", "diminué", "chuté", "reculé", "progressé", "bondi", "monté", "montée", "relevé",
    "relevée", "revu", "revue", "revus", "porté", "portée", "portant", "réduit", "réduite",
    "abaissé", "rehaussé", "hausse", "baisse", "évolué", "glissé", "grimpe", "augmente", "baisse",
    "doublé", "triplé", "explosé", "flambé", "dégringolé", "plongé", "gonflé", "envolé", "envolée",
    "remonté", "remontée", "redescendu", "tombé", "tombée", "chuté", "glissé", "grimpée", "bondi",
    "augmentée", "diminuée", "reculé", "reculée", "fondu", "relevés", "abaissée", "rabaissé",
  ],

  percentWords: ["%", "pour cent", "pour-cent", "points de pourcentage", "point de pourcentage"],
  currencyAfter: new Map([
    ["euros", "EUR"], ["euro", "EUR"], ["€", "EUR"],
    ["dollars américains", "USD"], ["dollars", "USD"], ["dollar", "USD"], ["$", "USD"],
    ["livres sterling", "GBP"], ["livres turques", "TRY"], ["livre turque", "TRY"], ["livres", "GBP"],
    ["francs suisses", "CHF"], ["francs cfa", "XOF"], ["francs", "CHF"], ["yens", "JPY"], ["yen", "JPY"],
    ["yuans", "CNY"], ["yuan", "CNY"], ["roubles", "RUB"], ["dinars", "DZD"], ["shekels", "ILS"],
    ["shillings", "KES"], ["nairas", "NGN"], ["rands", "ZAR"], ["pesos", "MXN"], ["réals", "BRL"],
    ["wons", "KRW"], ["hryvnias", "UAH"], ["rials", "IRR"], ["riyals", "SAR"], ["dirhams", "MAD"],
    ["couronnes", "SEK"], ["zlotys", "PLN"], ["forints", "HUF"], ["bahts", "THB"], ["roupies", "INR"],
    ["usd", "USD"], ["eur", "EUR"], ["chf", "CHF"],
  ]),
  measureUnits: [
    "secondes", "seconde", "minutes", "minute", "min", "heures", "heure", "h", "jours", "jour",
    "nuits", "nuit", "semaines", "semaine", "mois", "années", "année", "ans", "an", "décennies",
    "décennie", "siècles", "siècle",
    "kilomètres carrés", "kilomètre carré", "mètres carrés", "mètre carré", "km²", "km2",
    "kilomètres", "kilomètre", "km", "milles nautiques", "mètres cubes", "millimètres", "millimètre",
    "centimètres", "centimètre", "pouces", "pieds", "onces", "quintaux", "tonnes métriques",
    "kilomètres par heure", "kilomètres-heure", "barils par jour", "kilowatts", "kilowattheures",
    "mégawattheures", "gigawattheures", "térawattheures", "watts", "m2",
    "mètres", "mètre",
    "m²", "m³", "m3", "m", "cm", "mm", "tonnes", "tonne", "kilogrammes", "kilogramme", "kilos",
    "kilo", "kg", "grammes", "gramme", "hectares", "hectare", "ha", "litres", "litre", "barils",
    "baril", "km/h", "nœuds", "noeuds", "°c", "degrés celsius", "degrés", "mégawatts", "gigawatts",
    "mw", "gw", "kw", "kwh", "gwh", "twh", "mégatonnes",
  ],

  months: [
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "janv.", "févr.", "fév.", "avr.",
    "juil.", "sept.", "oct.", "nov.", "déc.",
  ],
  monthsCaseSensitive: false,
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  determiners: [
    "les", "ces", "des", "nos", "vos", "leurs", "ses", "mes", "tes", "aux", "autres", "premiers",
    "premières", "derniers", "dernières", "prochains", "prochaines", "seuls", "seules", "tous",
    "toutes", "l'un", "l'une", "l'un des", "l'une des",
  ],
  designationWords: [
    "résolution", "resolution", "article", "articles", "route", "autoroute", "vol", "boeing",
    "airbus", "apollo", "chapitre", "section", "paragraphe", "alinéa", "salle", "porte",
    "terminal", "quai", "ligne", "bus", "numéro", "n°", "nº", "no", "page", "p.", "version",
    "niveau", "phase", "stade", "catégorie", "type", "modèle", "zone", "secteur", "bâtiment",
    "unité", "chaîne", "décret", "protocole", "district", "camp", "tour", "formule", "brigade",
    "bataillon", "division", "régiment", "corps", "agenda", "vision", "arrondissement", "rn", "rd",
    "loi", "code", "magnitude", "réacteur", "tranche", "cac", "ftse", "dax", "nikkei", "s&p", "stoxx", "leopard", "challenger", "patriot", "mirage", "leclerc", "merkava",
  ],
  clockPrepositions: ["à", "vers", "dès", "jusqu'à", "à partir de", "avant", "entre"],
  durationPrepositions: ["en", "pendant", "durant", "sous", "dans les", "les", "ces", "des", "dans"],
  unitStopWords: new Set([
    "de", "d'", "et", "ou", "ont", "sont", "a", "est", "été", "les", "le", "la", "l'", "du", "des",
    "au", "aux", "en", "dans", "sur", "par", "pour", "avec", "selon", "que", "qui", "dont", "se",
    "ne", "n'", "y", "plus", "moins", "environ", "à", "depuis", "contre",
  ]),
};
