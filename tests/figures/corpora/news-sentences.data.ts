// Test corpus for the figures engine (spec/figures.md): wire-style sentences in English and
// French, each with the exact figures the engine must report, in order, and the substrings that
// look numeric but must not be reported (dates, years, clock times, ordinals, designations).
//
// Conventions (spec/figures.md, made precise):
// - quote = qualifier cue + number (+ scale word); for percent, money and measure the unit or
//   currency is part of the quote; for counts the counted noun is not. Postfix cues ("30 or more",
//   "250 environ", "20+") are in the quote; a range quote starts at its cue ("between", "entre", "de").
// - intervals: exact [N,N]; at_least [N,null]; more_than [N+1,null] (counts) or [N,null];
//   at_most [null,N]; less_than [null,N-1] (counts) or [null,N]; about [round(0.9N), round(1.1N)];
//   nearly [round(0.9N), N-1]; range [A,B] with value null; vague per the spec's table.
// - "rose from 29 to 35" / "est passé de 29 à 35" (a change) gives two exact figures, not a range.
// - Non-breaking (U+00A0) and narrow non-breaking (U+202F) spaces are written as \u escapes.

import type { AnnotatedSentence } from "../annotated-sentence";

export const newsSentences: AnnotatedSentence[] = [
  // ===================== English =====================
  // --- qualifiers ---
  {
    lang: "en",
    text: "At least 43 civilians were killed when artillery shells hit a crowded market in the northern town, local officials said.",
    figures: [
      {
        quote: "At least 43",
        value: 43,
        low: 43,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Rescuers have pulled no fewer than 112 survivors from the rubble, the civil defence agency said.",
    figures: [
      {
        quote: "no fewer than 112",
        value: 112,
        low: 112,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The World Food Programme warned that upwards of 2.3 million people in the region face acute hunger.",
    figures: [
      {
        quote: "upwards of 2.3 million",
        value: 2300000,
        low: 2300001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Damage from the floods runs in excess of $4.5bn, the finance ministry said.",
    figures: [
      {
        quote: "in excess of $4.5bn",
        value: 4500000000,
        low: 4500000000,
        high: null,
        qualifier: "more_than",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Well over 10,000 people marched through the capital on Saturday to demand early elections.",
    figures: [
      {
        quote: "Well over 10,000",
        value: 10000,
        low: 10001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Turnout stood at just over 61 per cent, the electoral commission said.",
    figures: [
      {
        quote: "just over 61 per cent",
        value: 61,
        low: 61,
        high: null,
        qualifier: "more_than",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "An estimated 3,000 homes were left without running water after the earthquake.",
    figures: [
      {
        quote: "An estimated 3,000",
        value: 3000,
        low: 2700,
        high: 3300,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Roughly 850 migrants reached the island in small boats over the weekend, the coastguard said.",
    figures: [{ quote: "Roughly 850", value: 850, low: 765, high: 935, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "The storm cut power to approximately 4,500 households across three counties.",
    figures: [
      {
        quote: "approximately 4,500",
        value: 4500,
        low: 4050,
        high: 4950,
        qualifier: "about",
        kind: "count",
      },
      { quote: "three", value: 3, low: 3, high: 3, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Close to 600 prisoners were freed under the amnesty announced by the interim authorities.",
    figures: [
      {
        quote: "Close to 600",
        value: 600,
        low: 540,
        high: 599,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Youth unemployment stood at just under 20%, the highest level since 2015.",
    figures: [
      {
        quote: "just under 20%",
        value: 20,
        low: 18,
        high: 19,
        qualifier: "nearly",
        kind: "percent",
      },
    ],
    not: ["since 2015"],
  },
  {
    lang: "en",
    text: "Up to 300 tanks could be delivered by the end of next year, a defence source said.",
    figures: [{ quote: "Up to 300", value: 300, low: null, high: 300, qualifier: "at_most", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "As many as 40 fishing boats are still unaccounted for after the typhoon.",
    figures: [
      {
        quote: "As many as 40",
        value: 40,
        low: null,
        high: 40,
        qualifier: "at_most",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The court said no more than 15 journalists would be allowed into the hearing.",
    figures: [
      {
        quote: "no more than 15",
        value: 15,
        low: null,
        high: 15,
        qualifier: "at_most",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Fewer than 200 polling stations opened on time in the province.",
    figures: [
      {
        quote: "Fewer than 200",
        value: 200,
        low: null,
        high: 199,
        qualifier: "less_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Under 5% of the aid pledged at the donor conference has been delivered, the UN said.",
    figures: [{ quote: "Under 5%", value: 5, low: null, high: 5, qualifier: "less_than", kind: "percent" }],
    not: [],
  },
  {
    lang: "en",
    text: "Convoys of 30 or more trucks have been waiting at the crossing for days.",
    figures: [{ quote: "30 or more", value: 30, low: 30, high: null, qualifier: "at_least", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "Delegations from 20+ countries attended the summit in Nairobi.",
    figures: [{ quote: "20+", value: 20, low: 20, high: null, qualifier: "at_least", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "More than 1.2 million people have been displaced by the fighting since October, officials said.",
    figures: [
      {
        quote: "More than 1.2 million",
        value: 1200000,
        low: 1200001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The quake, which struck at 11pm local time, killed at least 97 people and injured hundreds.",
    figures: [
      {
        quote: "at least 97",
        value: 97,
        low: 97,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      { quote: "hundreds", value: null, low: 200, high: 999, qualifier: "vague", kind: "count" },
    ],
    not: ["11pm"],
  },
  {
    lang: "en",
    text: "Police said about 2,000 demonstrators had gathered near parliament by 10:30.",
    figures: [
      {
        quote: "about 2,000",
        value: 2000,
        low: 1800,
        high: 2200,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["10:30"],
  },
  {
    lang: "en",
    text: "Around 70 per cent of the city's hospitals are no longer functioning, according to the WHO.",
    figures: [
      {
        quote: "Around 70 per cent",
        value: 70,
        low: 63,
        high: 77,
        qualifier: "about",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Some 12,000 troops remain deployed along the border.",
    figures: [
      {
        quote: "Some 12,000",
        value: 12000,
        low: 10800,
        high: 13200,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Nearly 50% of voters said the economy was their main concern.",
    figures: [{ quote: "Nearly 50%", value: 50, low: 45, high: 49, qualifier: "nearly", kind: "percent" }],
    not: [],
  },
  {
    lang: "en",
    text: "Almost 800 kilometres of railway have been damaged since the invasion began.",
    figures: [
      {
        quote: "Almost 800 kilometres",
        value: 800,
        low: 720,
        high: 799,
        qualifier: "nearly",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Almost 4,000 flights were cancelled because of the ash cloud.",
    figures: [
      {
        quote: "Almost 4,000",
        value: 4000,
        low: 3600,
        high: 3999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Nearly $2bn in frozen assets will be released to the central bank.",
    figures: [
      {
        quote: "Nearly $2bn",
        value: 2000000000,
        low: 1800000000,
        high: 1999999999,
        qualifier: "nearly",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Police fired tear gas at over 500 protesters outside the presidential palace.",
    figures: [
      {
        quote: "over 500",
        value: 500,
        low: 501,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The tanker may have spilled up to 5,000 tonnes of crude off the coast.",
    figures: [
      {
        quote: "up to 5,000 tonnes",
        value: 5000,
        low: null,
        high: 5000,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The new rules apply to companies with at most 50 employees.",
    figures: [{ quote: "at most 50", value: 50, low: null, high: 50, qualifier: "at_most", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "Turnout in the northern districts was below 30%, officials said.",
    figures: [
      {
        quote: "below 30%",
        value: 30,
        low: null,
        high: 30,
        qualifier: "less_than",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Unions rejected a pay offer worth less than 4%, saying inflation was running above 7%.",
    figures: [
      {
        quote: "less than 4%",
        value: 4,
        low: null,
        high: 4,
        qualifier: "less_than",
        kind: "percent",
      },
      { quote: "above 7%", value: 7, low: 7, high: null, qualifier: "more_than", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Residents living less than 5 km from the plant were told to leave their homes.",
    figures: [
      {
        quote: "less than 5 km",
        value: 5,
        low: null,
        high: 5,
        qualifier: "less_than",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The scheme will cost taxpayers less than $1m a year, ministers said.",
    figures: [
      {
        quote: "less than $1m",
        value: 1000000,
        low: null,
        high: 1000000,
        qualifier: "less_than",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The town, home to under 2,000 people, has been completely evacuated.",
    figures: [
      {
        quote: "under 2,000",
        value: 2000,
        low: null,
        high: 1999,
        qualifier: "less_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Officials put the cost of the clean-up at roughly $750m.",
    figures: [
      {
        quote: "roughly $750m",
        value: 750000000,
        low: 675000000,
        high: 825000000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "At least 61 migrants drowned when their boat capsized, while 25 were rescued.",
    figures: [
      {
        quote: "At least 61",
        value: 61,
        low: 61,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      { quote: "25", value: 25, low: 25, high: 25, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "More than 2,300 asylum seekers arrived during the first week of May.",
    figures: [
      {
        quote: "More than 2,300",
        value: 2300,
        low: 2301,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["first week"],
  },
  {
    lang: "en",
    text: "The bank will cut 6,500 jobs, or about 8% of its workforce, by 2027.",
    figures: [
      { quote: "6,500", value: 6500, low: 6500, high: 6500, qualifier: "exact", kind: "count" },
      { quote: "about 8%", value: 8, low: 7, high: 9, qualifier: "about", kind: "percent" },
    ],
    not: ["2027"],
  },
  {
    lang: "en",
    text: "The virus has killed 1,043 people and infected more than 38,000 in the province.",
    figures: [
      { quote: "1,043", value: 1043, low: 1043, high: 1043, qualifier: "exact", kind: "count" },
      {
        quote: "more than 38,000",
        value: 38000,
        low: 38001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Rebels have held the city since 2011 and control about 40 km of the highway.",
    figures: [{ quote: "about 40 km", value: 40, low: 36, high: 44, qualifier: "about", kind: "measure" }],
    not: ["since 2011"],
  },
  {
    lang: "en",
    text: "The COVID-19 pandemic pushed global debt above 250% of GDP in 2020, the IMF said.",
    figures: [
      {
        quote: "above 250%",
        value: 250,
        low: 250,
        high: null,
        qualifier: "more_than",
        kind: "percent",
      },
    ],
    not: ["COVID-19", "2020"],
  },
  // --- ranges ---
  {
    lang: "en",
    text: "Between 40 and 45 per cent of respondents backed the reform, depending on the poll.",
    figures: [
      {
        quote: "Between 40 and 45 per cent",
        value: null,
        low: 40,
        high: 45,
        qualifier: "range",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The rebels are holding between 60 and 80 hostages, a negotiator told reporters.",
    figures: [
      {
        quote: "between 60 and 80",
        value: null,
        low: 60,
        high: 80,
        qualifier: "range",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Forecasters expect 14 to 21 named storms this hurricane season.",
    figures: [{ quote: "14 to 21", value: null, low: 14, high: 21, qualifier: "range", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "Polls give the opposition alliance 28-32% of the vote ahead of Sunday's runoff.",
    figures: [{ quote: "28-32%", value: null, low: 28, high: 32, qualifier: "range", kind: "percent" }],
    not: [],
  },
  {
    lang: "en",
    text: "Rebuilding the port will cost between 2 and 3 billion dollars, engineers estimate.",
    figures: [
      {
        quote: "between 2 and 3 billion dollars",
        value: null,
        low: 2000000000,
        high: 3000000000,
        qualifier: "range",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Doctors on the COVID-19 ward are treating 40-45 patients a day.",
    figures: [{ quote: "40-45", value: null, low: 40, high: 45, qualifier: "range", kind: "count" }],
    not: ["COVID-19"],
  },
  {
    lang: "en",
    text: "The ash cloud rose between 8 and 10 km into the sky.",
    figures: [
      {
        quote: "between 8 and 10 km",
        value: null,
        low: 8,
        high: 10,
        qualifier: "range",
        kind: "measure",
      },
    ],
    not: [],
  },
  // --- vague ---
  {
    lang: "en",
    text: "Dozens of villages were cut off by landslides after days of heavy rain.",
    figures: [{ quote: "Dozens", value: null, low: 24, high: 99, qualifier: "vague", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "Thousands of residents fled the town as the fire approached.",
    figures: [{ quote: "Thousands", value: null, low: 2000, high: 9999, qualifier: "vague", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "Tens of thousands of farmers blocked motorways across the country on Monday.",
    figures: [
      {
        quote: "Tens of thousands",
        value: null,
        low: 20000,
        high: 99999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Hundreds of thousands of refugees have crossed into neighbouring countries, the UNHCR said.",
    figures: [
      {
        quote: "Hundreds of thousands",
        value: null,
        low: 200000,
        high: 999999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Several thousand soldiers took part in the parade, which was held without spectators.",
    figures: [
      {
        quote: "Several thousand",
        value: null,
        low: 2000,
        high: 9999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Ukraine has received 31 Abrams tanks and dozens of older T-72 models.",
    figures: [
      { quote: "31", value: 31, low: 31, high: 31, qualifier: "exact", kind: "count" },
      { quote: "dozens", value: null, low: 24, high: 99, qualifier: "vague", kind: "count" },
    ],
    not: ["T-72"],
  },
  {
    lang: "en",
    text: "Witnesses said tens of thousands had packed the square by nightfall.",
    figures: [
      {
        quote: "tens of thousands",
        value: null,
        low: 20000,
        high: 99999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  // --- changes ---
  {
    lang: "en",
    text: "The number of journalists in detention rose from 29 to 35 last year, the watchdog said.",
    figures: [
      { quote: "29", value: 29, low: 29, high: 29, qualifier: "exact", kind: "count" },
      { quote: "35", value: 35, low: 35, high: 35, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Inflation fell from 12.1% to 9.8% in the year to March.",
    figures: [
      { quote: "12.1%", value: 12.1, low: 12.1, high: 12.1, qualifier: "exact", kind: "percent" },
      { quote: "9.8%", value: 9.8, low: 9.8, high: 9.8, qualifier: "exact", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Exports climbed from $3.2bn to $4bn in the first quarter.",
    figures: [
      {
        quote: "$3.2bn",
        value: 3200000000,
        low: 3200000000,
        high: 3200000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "$4bn",
        value: 4000000000,
        low: 4000000000,
        high: 4000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["first quarter"],
  },
  {
    lang: "en",
    text: "Growth slowed to 1.4% in the second quarter, down from 2.1% a year earlier.",
    figures: [
      { quote: "1.4%", value: 1.4, low: 1.4, high: 1.4, qualifier: "exact", kind: "percent" },
      { quote: "2.1%", value: 2.1, low: 2.1, high: 2.1, qualifier: "exact", kind: "percent" },
    ],
    not: ["second quarter"],
  },
  {
    lang: "en",
    text: "Wages rose by 5.3%, the fastest pace since records began in 1997.",
    figures: [{ quote: "5.3%", value: 5.3, low: 5.3, high: 5.3, qualifier: "exact", kind: "percent" }],
    not: ["1997"],
  },
  {
    lang: "en",
    text: "Oil prices jumped 8% to $92 a barrel.",
    figures: [
      { quote: "8%", value: 8, low: 8, high: 8, qualifier: "exact", kind: "percent" },
      { quote: "$92", value: 92, low: 92, high: 92, qualifier: "exact", kind: "money" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Childhood vaccination rates dropped to 71% last year.",
    figures: [{ quote: "71%", value: 71, low: 71, high: 71, qualifier: "exact", kind: "percent" }],
    not: [],
  },
  // --- number formats ---
  {
    lang: "en",
    text: "Health authorities recorded 3,700 new infections in a single day.",
    figures: [{ quote: "3,700", value: 3700, low: 3700, high: 3700, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "The number of refugees hosted by the country now stands at 3.7 million, the government said.",
    figures: [
      {
        quote: "3.7 million",
        value: 3700000,
        low: 3700000,
        high: 3700000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The club was fined $4.1m for breaching spending rules.",
    figures: [
      {
        quote: "$4.1m",
        value: 4100000,
        low: 4100000,
        high: 4100000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The IMF approved a $2.5bn loan on Thursday after months of negotiations.",
    figures: [
      {
        quote: "$2.5bn",
        value: 2500000000,
        low: 2500000000,
        high: 2500000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Brussels announced €6 billion in aid for reconstruction.",
    figures: [
      {
        quote: "€6 billion",
        value: 6000000000,
        low: 6000000000,
        high: 6000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The government will spend £300 million on flood defences over the next decade.",
    figures: [
      {
        quote: "£300 million",
        value: 300000000,
        low: 300000000,
        high: 300000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The party won 62.5% of the vote in the 2019 election.",
    figures: [{ quote: "62.5%", value: 62.5, low: 62.5, high: 62.5, qualifier: "exact", kind: "percent" }],
    not: ["2019"],
  },
  {
    lang: "en",
    text: "Polls suggest 40 percent of voters are still undecided.",
    figures: [{ quote: "40 percent", value: 40, low: 40, high: 40, qualifier: "exact", kind: "percent" }],
    not: [],
  },
  {
    lang: "en",
    text: "Emissions fell 4.6% last year but must drop by 45 per cent by 2030 to meet the target.",
    figures: [
      { quote: "4.6%", value: 4.6, low: 4.6, high: 4.6, qualifier: "exact", kind: "percent" },
      { quote: "45 per cent", value: 45, low: 45, high: 45, qualifier: "exact", kind: "percent" },
    ],
    not: ["2030"],
  },
  {
    lang: "en",
    text: "Drought has driven 1.1 million people from their homes since January, aid groups said.",
    figures: [
      {
        quote: "1.1 million",
        value: 1100000,
        low: 1100000,
        high: 1100000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The incumbent won 54.2% against 45.8% for his rival, on a turnout of 67%.",
    figures: [
      { quote: "54.2%", value: 54.2, low: 54.2, high: 54.2, qualifier: "exact", kind: "percent" },
      { quote: "45.8%", value: 45.8, low: 45.8, high: 45.8, qualifier: "exact", kind: "percent" },
      { quote: "67%", value: 67, low: 67, high: 67, qualifier: "exact", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The company reported a net profit of €1.2 billion, up 14 per cent on the year.",
    figures: [
      {
        quote: "€1.2 billion",
        value: 1200000000,
        low: 1200000000,
        high: 1200000000,
        qualifier: "exact",
        kind: "money",
      },
      { quote: "14 per cent", value: 14, low: 14, high: 14, qualifier: "exact", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The kidnappers demanded a ransom of 5 million dollars.",
    figures: [
      {
        quote: "5 million dollars",
        value: 5000000,
        low: 5000000,
        high: 5000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Each displaced family will receive 500 euros in emergency aid.",
    figures: [{ quote: "500 euros", value: 500, low: 500, high: 500, qualifier: "exact", kind: "money" }],
    not: [],
  },
  {
    lang: "en",
    text: "The district hospital has only 12 beds for a population of 400,000.",
    figures: [
      { quote: "12", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
      {
        quote: "400,000",
        value: 400000,
        low: 400000,
        high: 400000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  // --- number words ---
  {
    lang: "en",
    text: "Twenty-nine miners were trapped underground after the shaft collapsed.",
    figures: [{ quote: "Twenty-nine", value: 29, low: 29, high: 29, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "Ninety-seven bodies have been recovered from the river, police said.",
    figures: [{ quote: "Ninety-seven", value: 97, low: 97, high: 97, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "One hundred and twenty inmates escaped during the riot, the justice ministry said.",
    figures: [
      {
        quote: "One hundred and twenty",
        value: 120,
        low: 120,
        high: 120,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "A dozen ambulances were waiting at the gate when the hostages were released.",
    figures: [{ quote: "A dozen", value: 12, low: 11, high: 13, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "The attack killed forty-two people, including six children.",
    figures: [
      { quote: "forty-two", value: 42, low: 42, high: 42, qualifier: "exact", kind: "count" },
      { quote: "six", value: 6, low: 6, high: 6, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Seven journalists and three aid workers were among the dead.",
    figures: [
      { quote: "Seven", value: 7, low: 7, high: 7, qualifier: "exact", kind: "count" },
      { quote: "three", value: 3, low: 3, high: 3, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "A bomb exploded near a checkpoint, killing eight and wounding 23.",
    figures: [
      { quote: "eight", value: 8, low: 8, high: 8, qualifier: "exact", kind: "count" },
      { quote: "23", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" },
    ],
    not: ["A bomb"],
  },
  {
    lang: "en",
    text: "Five thousand reservists have been called up, the defence ministry said.",
    figures: [
      {
        quote: "Five thousand",
        value: 5000,
        low: 5000,
        high: 5000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Two million people still lack access to clean water, the charity said.",
    figures: [
      {
        quote: "Two million",
        value: 2000000,
        low: 2000000,
        high: 2000000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  // --- measures ---
  {
    lang: "en",
    text: "The cargo ship was carrying 12,000 tonnes of grain when it was struck by a missile.",
    figures: [
      {
        quote: "12,000 tonnes",
        value: 12000,
        low: 12000,
        high: 12000,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: ["a missile"],
  },
  {
    lang: "en",
    text: "Customs officers seized 450 kg of cocaine hidden in a shipment of bananas.",
    figures: [{ quote: "450 kg", value: 450, low: 450, high: 450, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "en",
    text: "The aid convoy travelled 300 miles through territory held by armed groups.",
    figures: [{ quote: "300 miles", value: 300, low: 300, high: 300, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "en",
    text: "The journalist was sentenced to 15 years in prison on espionage charges.",
    figures: [{ quote: "15 years", value: 15, low: 15, high: 15, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "en",
    text: "Negotiators talked for 18 hours before agreeing on a text at 4am.",
    figures: [{ quote: "18 hours", value: 18, low: 18, high: 18, qualifier: "exact", kind: "measure" }],
    not: ["4am"],
  },
  {
    lang: "en",
    text: "The tremor was felt in cities 400 km from the epicentre.",
    figures: [{ quote: "400 km", value: 400, low: 400, high: 400, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "en",
    text: "The glacier has retreated 2 km since 1990, researchers said.",
    figures: [{ quote: "2 km", value: 2, low: 2, high: 2, qualifier: "exact", kind: "measure" }],
    not: ["since 1990"],
  },
  {
    lang: "en",
    text: "Rescuers spent five days searching the rubble before the operation was called off.",
    figures: [{ quote: "five days", value: 5, low: 5, high: 5, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "en",
    text: "Polls close at 8pm on Sunday and the first results are expected within 24 hours.",
    figures: [{ quote: "24 hours", value: 24, low: 24, high: 24, qualifier: "exact", kind: "measure" }],
    not: ["8pm", "first"],
  },
  {
    lang: "en",
    text: "The trial, which opened on the 27th, is expected to last six weeks.",
    figures: [{ quote: "six weeks", value: 6, low: 6, high: 6, qualifier: "exact", kind: "measure" }],
    not: ["27th"],
  },
  // --- counts in context, with exclusions ---
  {
    lang: "en",
    text: "Su-24 bombers struck the town at dawn on February 27, killing 17 people.",
    figures: [{ quote: "17", value: 17, low: 17, high: 17, qualifier: "exact", kind: "count" }],
    not: ["Su-24", "February 27"],
  },
  {
    lang: "en",
    text: "The Airbus A320, carrying 148 passengers, landed safely after an engine failure.",
    figures: [{ quote: "148", value: 148, low: 148, high: 148, qualifier: "exact", kind: "count" }],
    not: ["A320"],
  },
  {
    lang: "en",
    text: "G20 leaders agreed to mobilise $100 billion a year for climate finance.",
    figures: [
      {
        quote: "$100 billion",
        value: 100000000000,
        low: 100000000000,
        high: 100000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["G20"],
  },
  {
    lang: "en",
    text: "The Security Council adopted Resolution 2254 with 15 votes in favour.",
    figures: [{ quote: "15", value: 15, low: 15, high: 15, qualifier: "exact", kind: "count" }],
    not: ["Resolution 2254"],
  },
  {
    lang: "en",
    text: "Regulators grounded the Boeing 737 MAX after 346 people died in two crashes.",
    figures: [
      { quote: "346", value: 346, low: 346, high: 346, qualifier: "exact", kind: "count" },
      { quote: "two", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
    ],
    not: ["Boeing 737"],
  },
  {
    lang: "en",
    text: "The UN said 4,100 people crossed the border on the third day of the offensive.",
    figures: [{ quote: "4,100", value: 4100, low: 4100, high: 4100, qualifier: "exact", kind: "count" }],
    not: ["third"],
  },
  {
    lang: "en",
    text: "The two sides exchanged 230 prisoners each, bringing the total since the war began to more than 4,000.",
    figures: [
      { quote: "230", value: 230, low: 230, high: 230, qualifier: "exact", kind: "count" },
      {
        quote: "more than 4,000",
        value: 4000,
        low: 4001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["two sides"],
  },
  {
    lang: "en",
    text: "The army said it had shot down 71 drones overnight, 12 of them over the capital.",
    figures: [
      { quote: "71", value: 71, low: 71, high: 71, qualifier: "exact", kind: "count" },
      { quote: "12", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The ruling party lost 47 seats and kept 73 in the vote held on March 5, 2020.",
    figures: [
      { quote: "47", value: 47, low: 47, high: 47, qualifier: "exact", kind: "count" },
      { quote: "73", value: 73, low: 73, high: 73, qualifier: "exact", kind: "count" },
    ],
    not: ["March 5, 2020"],
  },
  {
    lang: "en",
    text: "Candidates need 500 signatures from elected officials to get on the ballot.",
    figures: [{ quote: "500", value: 500, low: 500, high: 500, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "Voters in 27 states will choose governors on Tuesday.",
    figures: [{ quote: "27", value: 27, low: 27, high: 27, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "The coastguard rescued 312 people from an overcrowded fishing boat south of the island.",
    figures: [{ quote: "312", value: 312, low: 312, high: 312, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "The outbreak has infected 7,350 people and killed 93, according to the health ministry.",
    figures: [
      { quote: "7,350", value: 7350, low: 7350, high: 7350, qualifier: "exact", kind: "count" },
      { quote: "93", value: 93, low: 93, high: 93, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Flight MH17 was shot down over eastern Ukraine, killing all 298 people on board.",
    figures: [{ quote: "298", value: 298, low: 298, high: 298, qualifier: "exact", kind: "count" }],
    not: ["MH17"],
  },
  {
    lang: "en",
    text: "Poland invoked Article 4 after a missile landed 6 km inside its territory.",
    figures: [{ quote: "6 km", value: 6, low: 6, high: 6, qualifier: "exact", kind: "measure" }],
    not: ["Article 4"],
  },
  {
    lang: "en",
    text: "Government forces retook 25 km of the M5 motorway.",
    figures: [{ quote: "25 km", value: 25, low: 25, high: 25, qualifier: "exact", kind: "measure" }],
    not: ["M5"],
  },
  {
    lang: "en",
    text: "The 5G spectrum auction raised €4.4 billion for the treasury.",
    figures: [
      {
        quote: "€4.4 billion",
        value: 4400000000,
        low: 4400000000,
        high: 4400000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["5G"],
  },
  {
    lang: "en",
    text: "The government unveiled a five-year plan to cut emissions by 30%.",
    figures: [{ quote: "30%", value: 30, low: 30, high: 30, qualifier: "exact", kind: "percent" }],
    not: ["five-year"],
  },
  {
    lang: "en",
    text: "Turkey said 33 of its soldiers were killed in the air strike on 27 February 2020.",
    figures: [{ quote: "33", value: 33, low: 33, high: 33, qualifier: "exact", kind: "count" }],
    not: ["27 February 2020"],
  },
  {
    lang: "en",
    text: "The ministry said 150 people remained in hospital on Sunday, 20 of them in critical condition.",
    figures: [
      { quote: "150", value: 150, low: 150, high: 150, qualifier: "exact", kind: "count" },
      { quote: "20", value: 20, low: 20, high: 20, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  // --- no figures ---
  {
    lang: "en",
    text: "Militants fired a rocket at the base, wounding a soldier.",
    figures: [],
    not: ["a rocket", "a soldier"],
  },
  {
    lang: "en",
    text: "The two presidents met in Geneva on the third anniversary of the invasion.",
    figures: [],
    not: ["two presidents", "third"],
  },
  {
    lang: "en",
    text: "Neither the F-16 jets nor the S-400 systems were mentioned in the final communiqué.",
    figures: [],
    not: ["F-16", "S-400"],
  },
  {
    lang: "en",
    text: "The warring parties agreed to a three-day truce starting at midnight.",
    figures: [],
    not: ["three-day"],
  },
  {
    lang: "en",
    text: "A 29-year-old man was arrested after the stabbing, police said.",
    figures: [],
    not: ["29-year-old"],
  },
  {
    lang: "en",
    text: "The victim's three children survived the blaze.",
    figures: [],
    not: ["three children"],
  },
  {
    lang: "en",
    text: "The first missiles hit at 06:40 local time, the army said.",
    figures: [],
    not: ["first", "06:40"],
  },
  {
    lang: "en",
    text: "The 2nd Battalion lost contact with its base shortly after 11pm.",
    figures: [],
    not: ["2nd", "11pm"],
  },
  {
    lang: "en",
    text: "The outbreak began in 2019 and peaked in March 2020.",
    figures: [],
    not: ["2019", "March 2020"],
  },
  // ===================== French =====================
  // --- qualificatifs ---
  {
    lang: "fr",
    text: "Au moins 26 personnes ont péri dans l'effondrement d'un immeuble à Beyrouth, selon la Défense civile.",
    figures: [
      {
        quote: "Au moins 26",
        value: 26,
        low: 26,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: ["d'un immeuble"],
  },
  {
    lang: "fr",
    text: "Pas moins de 140 ONG ont signé l'appel lancé jeudi 27 par les agences de l'ONU.",
    figures: [
      {
        quote: "Pas moins de 140",
        value: 140,
        low: 140,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: ["jeudi 27"],
  },
  {
    lang: "fr",
    text: "Les secours ont évacué au minimum 800 habitants des quartiers inondés.",
    figures: [
      {
        quote: "au minimum 800",
        value: 800,
        low: 800,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le bilan pourrait s'élever à 300 ou plus, ont prévenu les secouristes.",
    figures: [
      {
        quote: "300 ou plus",
        value: 300,
        low: 300,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Un peu plus de 52 % des électeurs ont voté pour le maintien du président.",
    figures: [
      {
        quote: "Un peu plus de 52 %",
        value: 52,
        low: 52,
        high: null,
        qualifier: "more_than",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "La police a compté au-delà de 5\u00a0000 manifestants dans les rues de Marseille.",
    figures: [
      {
        quote: "au-delà de 5\u00a0000",
        value: 5000,
        low: 5001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "La Syrie est en guerre depuis 2011 et compte plus de 6 millions de déplacés internes.",
    figures: [
      {
        quote: "plus de 6 millions",
        value: 6000000,
        low: 6000001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["depuis 2011"],
  },
  {
    lang: "fr",
    text: "Plus d'un millier de familles ont trouvé refuge dans les écoles.",
    figures: [
      {
        quote: "Plus d'un millier",
        value: 1000,
        low: 1001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les habitants ont dû marcher plus de 40 km pour rejoindre le camp.",
    figures: [
      {
        quote: "plus de 40 km",
        value: 40,
        low: 40,
        high: null,
        qualifier: "more_than",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le groupe a réalisé un bénéfice de plus de 2 milliards d'euros au premier semestre.",
    figures: [
      {
        quote: "plus de 2 milliards d'euros",
        value: 2000000000,
        low: 2000000000,
        high: null,
        qualifier: "more_than",
        kind: "money",
      },
    ],
    not: ["premier semestre"],
  },
  {
    lang: "fr",
    text: "L'épidémie de choléra a fait 612 morts et plus de 25 000 cas suspects.",
    figures: [
      { quote: "612", value: 612, low: 612, high: 612, qualifier: "exact", kind: "count" },
      {
        quote: "plus de 25 000",
        value: 25000,
        low: 25001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Près de 90 % des écoles de l'enclave ont été endommagées, selon l'Unicef.",
    figures: [{ quote: "Près de 90 %", value: 90, low: 81, high: 89, qualifier: "nearly", kind: "percent" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Presque 300 maisons ont été emportées par la coulée de boue.",
    figures: [{ quote: "Presque 300", value: 300, low: 270, high: 299, qualifier: "nearly", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Le conflit a déjà fait pas loin de 10 000 morts, selon une ONG.",
    figures: [
      {
        quote: "pas loin de 10 000",
        value: 10000,
        low: 9000,
        high: 9999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: ["une ONG"],
  },
  {
    lang: "fr",
    text: "Quasiment 70 % des réserves d'eau du pays sont épuisées.",
    figures: [
      {
        quote: "Quasiment 70 %",
        value: 70,
        low: 63,
        high: 69,
        qualifier: "nearly",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "La canicule a causé près de 5 000 décès supplémentaires en France.",
    figures: [
      {
        quote: "près de 5 000",
        value: 5000,
        low: 4500,
        high: 4999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Près d'une centaine de détenus se sont évadés de la prison centrale.",
    figures: [
      {
        quote: "Près d'une centaine",
        value: 100,
        low: 90,
        high: 99,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les organisateurs attendent jusqu’à 1,5 million de visiteurs pendant les Jeux.",
    figures: [
      {
        quote: "jusqu’à 1,5 million",
        value: 1500000,
        low: null,
        high: 1500000,
        qualifier: "at_most",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Jusqu'à 40 % des récoltes pourraient être perdues à cause de la sécheresse.",
    figures: [
      {
        quote: "Jusqu'à 40 %",
        value: 40,
        low: null,
        high: 40,
        qualifier: "at_most",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Chaque foyer sinistré pourra recevoir au maximum 3 000 euros d'aide.",
    figures: [
      {
        quote: "au maximum 3 000 euros",
        value: 3000,
        low: null,
        high: 3000,
        qualifier: "at_most",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le texte autorise au plus 12 enquêteurs à accéder au site.",
    figures: [{ quote: "au plus 12", value: 12, low: null, high: 12, qualifier: "at_most", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Moins de 15 % des fonds promis ont été versés, déplore l'ONU.",
    figures: [
      {
        quote: "Moins de 15 %",
        value: 15,
        low: null,
        high: 15,
        qualifier: "less_than",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Moins de 300 médecins exercent encore dans la province.",
    figures: [
      {
        quote: "Moins de 300",
        value: 300,
        low: null,
        high: 299,
        qualifier: "less_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Beaucoup de retraités vivent avec moins de 500 euros par mois.",
    figures: [
      {
        quote: "moins de 500 euros",
        value: 500,
        low: null,
        high: 500,
        qualifier: "less_than",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Environ 4,2 millions d'enfants ne sont pas scolarisés dans le pays.",
    figures: [
      {
        quote: "Environ 4,2 millions",
        value: 4200000,
        low: 3780000,
        high: 4620000,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Quelque 1 200 soldats français sont encore déployés au Sahel.",
    figures: [
      {
        quote: "Quelque 1 200",
        value: 1200,
        low: 1080,
        high: 1320,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Approximativement 350 tonnes d'aide ont été acheminées par voie aérienne.",
    figures: [
      {
        quote: "Approximativement 350 tonnes",
        value: 350,
        low: 315,
        high: 385,
        qualifier: "about",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "À peu près 60 % des inscrits se sont déplacés pour voter.",
    figures: [
      {
        quote: "À peu près 60 %",
        value: 60,
        low: 54,
        high: 66,
        qualifier: "about",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le séisme a fait aux alentours de 2 000 blessés, selon un bilan provisoire.",
    figures: [
      {
        quote: "aux alentours de 2 000",
        value: 2000,
        low: 1800,
        high: 2200,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["un bilan"],
  },
  {
    lang: "fr",
    text: "Les manifestants, 250 environ, se sont dispersés dans le calme.",
    figures: [{ quote: "250 environ", value: 250, low: 225, high: 275, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "L'entreprise va supprimer 4500 emplois, soit environ 8 % de ses effectifs.",
    figures: [
      { quote: "4500", value: 4500, low: 4500, high: 4500, qualifier: "exact", kind: "count" },
      { quote: "environ 8 %", value: 8, low: 7, high: 9, qualifier: "about", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le coût des dégâts est estimé à environ 1,5 milliard d’euros.",
    figures: [
      {
        quote: "environ 1,5 milliard d’euros",
        value: 1500000000,
        low: 1350000000,
        high: 1650000000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Une dizaine d'otages ont été libérés samedi par leurs ravisseurs.",
    figures: [{ quote: "Une dizaine", value: 10, low: 9, high: 11, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Une douzaine de blindés ont franchi la frontière dans la nuit.",
    figures: [{ quote: "Une douzaine", value: 12, low: 11, high: 13, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Une vingtaine de pays ont annoncé l'envoi d'équipes de secours.",
    figures: [{ quote: "Une vingtaine", value: 20, low: 18, high: 22, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Une trentaine de journalistes sont toujours détenus dans le pays.",
    figures: [{ quote: "Une trentaine", value: 30, low: 27, high: 33, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Une centaine de migrants ont été secourus au large de Lampedusa.",
    figures: [{ quote: "Une centaine", value: 100, low: 90, high: 110, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Un millier de policiers seront mobilisés pour le sommet.",
    figures: [{ quote: "Un millier", value: 1000, low: 900, high: 1100, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Au moins 41 migrants sont morts dans le naufrage de leur embarcation ; 44 ont survécu.",
    figures: [
      {
        quote: "Au moins 41",
        value: 41,
        low: 41,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      { quote: "44", value: 44, low: 44, high: 44, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les combats, du 27 au 29 février, ont fait au moins 34 morts.",
    figures: [
      {
        quote: "au moins 34",
        value: 34,
        low: 34,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: ["du 27 au 29 février"],
  },
  // --- intervalles ---
  {
    lang: "fr",
    text: "Entre 2 et 3 millions d'euros seront nécessaires pour reconstruire le pont.",
    figures: [
      {
        quote: "Entre 2 et 3 millions d'euros",
        value: null,
        low: 2000000,
        high: 3000000,
        qualifier: "range",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Selon les sondages, le candidat recueillerait entre 38 et 41 % des voix.",
    figures: [
      {
        quote: "entre 38 et 41 %",
        value: null,
        low: 38,
        high: 41,
        qualifier: "range",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "De 300 à 400 combattants seraient retranchés dans la vieille ville.",
    figures: [
      {
        quote: "De 300 à 400",
        value: null,
        low: 300,
        high: 400,
        qualifier: "range",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les autorités évoquent 40 à 50 disparus après le glissement de terrain.",
    figures: [{ quote: "40 à 50", value: null, low: 40, high: 50, qualifier: "range", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "La file de camions s'étend sur 15 à 20 kilomètres à la frontière.",
    figures: [
      {
        quote: "15 à 20 kilomètres",
        value: null,
        low: 15,
        high: 20,
        qualifier: "range",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les gardes-côtes estiment qu'entre 60 et 70 personnes se trouvaient à bord.",
    figures: [
      {
        quote: "entre 60 et 70",
        value: null,
        low: 60,
        high: 70,
        qualifier: "range",
        kind: "count",
      },
    ],
    not: [],
  },
  // --- montants vagues ---
  {
    lang: "fr",
    text: "Des dizaines de civils ont été blessés par des éclats d'obus.",
    figures: [{ quote: "Des dizaines", value: null, low: 20, high: 99, qualifier: "vague", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "L'armée a détruit des dizaines de tunnels dans la zone frontalière.",
    figures: [{ quote: "des dizaines", value: null, low: 20, high: 99, qualifier: "vague", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Des centaines d'habitants ont passé la nuit dehors par crainte de répliques.",
    figures: [
      {
        quote: "Des centaines",
        value: null,
        low: 200,
        high: 999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Des milliers d'agriculteurs ont bloqué les routes autour de Paris.",
    figures: [
      {
        quote: "Des milliers",
        value: null,
        low: 2000,
        high: 9999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "La crue a contraint des milliers de personnes à quitter leur domicile.",
    figures: [
      {
        quote: "des milliers",
        value: null,
        low: 2000,
        high: 9999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Plusieurs milliers de personnes ont fui les combats vers le Tchad.",
    figures: [
      {
        quote: "Plusieurs milliers",
        value: null,
        low: 2000,
        high: 9999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Des dizaines de milliers de Syriens sont rentrés chez eux depuis la chute du régime.",
    figures: [
      {
        quote: "Des dizaines de milliers",
        value: null,
        low: 20000,
        high: 99999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Des centaines de milliers de foyers sont privés d'eau potable.",
    figures: [
      {
        quote: "Des centaines de milliers",
        value: null,
        low: 200000,
        high: 999999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: [],
  },
  // --- évolutions ---
  {
    lang: "fr",
    text: "Le nombre de journalistes tués est passé de 29 à 35 entre 2022 et 2023.",
    figures: [
      { quote: "29", value: 29, low: 29, high: 29, qualifier: "exact", kind: "count" },
      { quote: "35", value: 35, low: 35, high: 35, qualifier: "exact", kind: "count" },
    ],
    not: ["entre 2022 et 2023"],
  },
  {
    lang: "fr",
    text: "Le taux de chômage a grimpé de 7,1 % à 8,3 % en six mois.",
    figures: [
      { quote: "7,1 %", value: 7.1, low: 7.1, high: 7.1, qualifier: "exact", kind: "percent" },
      { quote: "8,3 %", value: 8.3, low: 8.3, high: 8.3, qualifier: "exact", kind: "percent" },
      { quote: "six mois", value: 6, low: 6, high: 6, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les prix de l'énergie ont bondi de 12 % en janvier.",
    figures: [{ quote: "12 %", value: 12, low: 12, high: 12, qualifier: "exact", kind: "percent" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Le nombre de touristes a chuté de 2,1 millions à 900 000.",
    figures: [
      {
        quote: "2,1 millions",
        value: 2100000,
        low: 2100000,
        high: 2100000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "900 000",
        value: 900000,
        low: 900000,
        high: 900000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le taux de vaccination des enfants est tombé à 68 %.",
    figures: [{ quote: "68 %", value: 68, low: 68, high: 68, qualifier: "exact", kind: "percent" }],
    not: [],
  },
  {
    lang: "fr",
    text: "En 2019, les exportations ont reculé de 4,5 %.",
    figures: [{ quote: "4,5 %", value: 4.5, low: 4.5, high: 4.5, qualifier: "exact", kind: "percent" }],
    not: ["En 2019"],
  },
  {
    lang: "fr",
    text: "Le baril de Brent a grimpé à 92 dollars.",
    figures: [{ quote: "92 dollars", value: 92, low: 92, high: 92, qualifier: "exact", kind: "money" }],
    not: [],
  },
  // --- formats ---
  {
    lang: "fr",
    text: "Le ministère a recensé 3 700 nouveaux cas en une journée.",
    figures: [{ quote: "3 700", value: 3700, low: 3700, high: 3700, qualifier: "exact", kind: "count" }],
    not: ["une journée"],
  },
  {
    lang: "fr",
    text: "Le pays accueille désormais 3,7 millions de réfugiés, selon le gouvernement.",
    figures: [
      {
        quote: "3,7 millions",
        value: 3700000,
        low: 3700000,
        high: 3700000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Au total, 3\u00a0700 logements ont été détruits par l'ouragan.",
    figures: [
      {
        quote: "3\u00a0700",
        value: 3700,
        low: 3700,
        high: 3700,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "La préfecture a dénombré 12\u202f400 manifestants dans les rues de Lyon.",
    figures: [
      {
        quote: "12\u202f400",
        value: 12400,
        low: 12400,
        high: 12400,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Selon la police, 3.700 personnes ont participé au rassemblement.",
    figures: [{ quote: "3.700", value: 3700, low: 3700, high: 3700, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "L'État va débloquer 6 milliards d'euros pour soutenir les agriculteurs.",
    figures: [
      {
        quote: "6 milliards d'euros",
        value: 6000000000,
        low: 6000000000,
        high: 6000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le parti a obtenu 62,5 % des suffrages exprimés au second tour.",
    figures: [{ quote: "62,5 %", value: 62.5, low: 62.5, high: 62.5, qualifier: "exact", kind: "percent" }],
    not: ["second tour"],
  },
  {
    lang: "fr",
    text: "Le chômage des jeunes atteint 40 pour cent dans certaines régions.",
    figures: [{ quote: "40 pour cent", value: 40, low: 40, high: 40, qualifier: "exact", kind: "percent" }],
    not: [],
  },
  {
    lang: "fr",
    text: "L'inflation s'est établie à 2,3\u00a0% en mars, selon l'Insee.",
    figures: [{ quote: "2,3\u00a0%", value: 2.3, low: 2.3, high: 2.3, qualifier: "exact", kind: "percent" }],
    not: [],
  },
  {
    lang: "fr",
    text: "La dette fédérale américaine atteint désormais 36 billions de dollars.",
    figures: [
      {
        quote: "36 billions de dollars",
        value: 36000000000000,
        low: 36000000000000,
        high: 36000000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les Bourses mondiales ont perdu 2 500 milliards de dollars en une semaine.",
    figures: [
      {
        quote: "2 500 milliards de dollars",
        value: 2500000000000,
        low: 2500000000000,
        high: 2500000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["une semaine"],
  },
  {
    lang: "fr",
    text: "Le salaire minimum passera à 1 800 euros brut par mois.",
    figures: [
      {
        quote: "1 800 euros",
        value: 1800,
        low: 1800,
        high: 1800,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le litre de gazole a dépassé 2 € dans certaines stations.",
    figures: [{ quote: "2 €", value: 2, low: 2, high: 2, qualifier: "exact", kind: "money" }],
    not: [],
  },
  {
    lang: "fr",
    text: "L'amende infligée à l'armateur s'élève à 15\u00a0000\u00a0€.",
    figures: [
      {
        quote: "15\u00a0000\u00a0€",
        value: 15000,
        low: 15000,
        high: 15000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le gouvernement table sur une croissance de 1,4 % en 2024.",
    figures: [{ quote: "1,4 %", value: 1.4, low: 1.4, high: 1.4, qualifier: "exact", kind: "percent" }],
    not: ["en 2024"],
  },
  {
    lang: "fr",
    text: "Le président sortant l'emporte avec 54,2 % des voix contre 45,8 % pour son adversaire, pour une participation de 67 %.",
    figures: [
      { quote: "54,2 %", value: 54.2, low: 54.2, high: 54.2, qualifier: "exact", kind: "percent" },
      { quote: "45,8 %", value: 45.8, low: 45.8, high: 45.8, qualifier: "exact", kind: "percent" },
      { quote: "67 %", value: 67, low: 67, high: 67, qualifier: "exact", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Selon Frontex, 380 000 franchissements irréguliers ont été détectés aux frontières de l'UE.",
    figures: [
      {
        quote: "380 000",
        value: 380000,
        low: 380000,
        high: 380000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L'opposition revendique 120 000 manifestants, la police en a compté 45 000.",
    figures: [
      {
        quote: "120 000",
        value: 120000,
        low: 120000,
        high: 120000,
        qualifier: "exact",
        kind: "count",
      },
      { quote: "45 000", value: 45000, low: 45000, high: 45000, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les urgences ne disposent que de 8 lits pour 150 000 habitants.",
    figures: [
      { quote: "8", value: 8, low: 8, high: 8, qualifier: "exact", kind: "count" },
      {
        quote: "150 000",
        value: 150000,
        low: 150000,
        high: 150000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  // --- nombres en lettres ---
  {
    lang: "fr",
    text: "Vingt-neuf mineurs sont restés bloqués sous terre pendant trois jours.",
    figures: [
      { quote: "Vingt-neuf", value: 29, low: 29, high: 29, qualifier: "exact", kind: "count" },
      { quote: "trois jours", value: 3, low: 3, high: 3, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Quatre-vingt-dix-sept corps ont été repêchés dans le fleuve, selon la police.",
    figures: [
      {
        quote: "Quatre-vingt-dix-sept",
        value: 97,
        low: 97,
        high: 97,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Soixante et onze soldats ont été faits prisonniers lors de l'offensive.",
    figures: [
      {
        quote: "Soixante et onze",
        value: 71,
        low: 71,
        high: 71,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Soixante-dix familles ont été relogées en urgence après l'incendie.",
    figures: [{ quote: "Soixante-dix", value: 70, low: 70, high: 70, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Deux cents migrants attendent toujours de débarquer du navire humanitaire.",
    figures: [{ quote: "Deux cents", value: 200, low: 200, high: 200, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Mille soldats supplémentaires seront envoyés dans la région d'ici à la fin du mois.",
    figures: [{ quote: "Mille", value: 1000, low: 1000, high: 1000, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Trois millions de personnes sont menacées par la famine, alerte le Programme alimentaire mondial.",
    figures: [
      {
        quote: "Trois millions",
        value: 3000000,
        low: 3000000,
        high: 3000000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Cinq mille réservistes ont été rappelés, a annoncé le ministère de la Défense.",
    figures: [
      {
        quote: "Cinq mille",
        value: 5000,
        low: 5000,
        high: 5000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Deux casques bleus ont été blessés par l'explosion d'une mine.",
    figures: [{ quote: "Deux", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" }],
    not: ["d'une mine"],
  },
  {
    lang: "fr",
    text: "Le président a gracié quatre-vingts détenus à l'occasion de la fête nationale.",
    figures: [{ quote: "quatre-vingts", value: 80, low: 80, high: 80, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "L'armée affirme avoir intercepté 58 drones et trois missiles de croisière pendant la nuit.",
    figures: [
      { quote: "58", value: 58, low: 58, high: 58, qualifier: "exact", kind: "count" },
      { quote: "trois", value: 3, low: 3, high: 3, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  // --- mesures ---
  {
    lang: "fr",
    text: "Les négociateurs ont discuté pendant 10 heures sans parvenir à un accord.",
    figures: [{ quote: "10 heures", value: 10, low: 10, high: 10, qualifier: "exact", kind: "measure" }],
    not: ["un accord"],
  },
  {
    lang: "fr",
    text: "Les pompiers ont lutté pendant 48 heures contre les flammes.",
    figures: [{ quote: "48 heures", value: 48, low: 48, high: 48, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Les secouristes ont parcouru 300 km pour atteindre les villages isolés.",
    figures: [{ quote: "300 km", value: 300, low: 300, high: 300, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Un convoi de 45 camions transportant 600 tonnes de vivres est entré dans Gaza.",
    figures: [
      { quote: "45", value: 45, low: 45, high: 45, qualifier: "exact", kind: "count" },
      { quote: "600 tonnes", value: 600, low: 600, high: 600, qualifier: "exact", kind: "measure" },
    ],
    not: ["Un convoi"],
  },
  {
    lang: "fr",
    text: "Les douaniers ont saisi 1,2 tonne de cocaïne et 35 kg d'héroïne.",
    figures: [
      { quote: "1,2 tonne", value: 1.2, low: 1.2, high: 1.2, qualifier: "exact", kind: "measure" },
      { quote: "35 kg", value: 35, low: 35, high: 35, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le cyclone a touché terre à 200 kilomètres au sud de la capitale.",
    figures: [
      {
        quote: "200 kilomètres",
        value: 200,
        low: 200,
        high: 200,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L'ancien ministre a été condamné à 20 ans de prison pour corruption.",
    figures: [{ quote: "20 ans", value: 20, low: 20, high: 20, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Le glacier a perdu 40 mètres d'épaisseur depuis 1990.",
    figures: [{ quote: "40 mètres", value: 40, low: 40, high: 40, qualifier: "exact", kind: "measure" }],
    not: ["depuis 1990"],
  },
  {
    lang: "fr",
    text: "Les pluies torrentielles ont déversé l'équivalent de trois mois de précipitations en 24 heures.",
    figures: [
      { quote: "trois mois", value: 3, low: 3, high: 3, qualifier: "exact", kind: "measure" },
      { quote: "24 heures", value: 24, low: 24, high: 24, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L'autoroute A7 a été coupée sur 30 kilomètres à cause des inondations.",
    figures: [{ quote: "30 kilomètres", value: 30, low: 30, high: 30, qualifier: "exact", kind: "measure" }],
    not: ["A7"],
  },
  {
    lang: "fr",
    text: "Les ministres des Finances du G20 se réunissent pendant deux jours à Rio.",
    figures: [{ quote: "deux jours", value: 2, low: 2, high: 2, qualifier: "exact", kind: "measure" }],
    not: ["G20"],
  },
  // --- nombres en contexte, avec exclusions ---
  {
    lang: "fr",
    text: "Le 27 février 2020, 33 soldats turcs ont été tués dans une frappe aérienne.",
    figures: [{ quote: "33", value: 33, low: 33, high: 33, qualifier: "exact", kind: "count" }],
    not: ["27 février 2020"],
  },
  {
    lang: "fr",
    text: "La pandémie de COVID-19 a coûté 160 milliards d'euros aux finances publiques.",
    figures: [
      {
        quote: "160 milliards d'euros",
        value: 160000000000,
        low: 160000000000,
        high: 160000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["COVID-19"],
  },
  {
    lang: "fr",
    text: "L'Airbus A320 transportait 174 passagers et six membres d'équipage.",
    figures: [
      { quote: "174", value: 174, low: 174, high: 174, qualifier: "exact", kind: "count" },
      { quote: "six", value: 6, low: 6, high: 6, qualifier: "exact", kind: "count" },
    ],
    not: ["A320"],
  },
  {
    lang: "fr",
    text: "Le vol AF447 s'est abîmé en mer avec 228 personnes à bord.",
    figures: [{ quote: "228", value: 228, low: 228, high: 228, qualifier: "exact", kind: "count" }],
    not: ["AF447"],
  },
  {
    lang: "fr",
    text: "Berlin a livré 18 chars Leopard 2 à Kiev.",
    figures: [{ quote: "18", value: 18, low: 18, high: 18, qualifier: "exact", kind: "count" }],
    not: ["Leopard 2"],
  },
  {
    lang: "fr",
    text: "La COP29 s'est achevée sur un engagement de 300 milliards de dollars par an.",
    figures: [
      {
        quote: "300 milliards de dollars",
        value: 300000000000,
        low: 300000000000,
        high: 300000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["COP29"],
  },
  {
    lang: "fr",
    text: "Le procès des 14 accusés s'ouvrira le mardi 4 mars à Paris.",
    figures: [{ quote: "14", value: 14, low: 14, high: 14, qualifier: "exact", kind: "count" }],
    not: ["mardi 4 mars"],
  },
  {
    lang: "fr",
    text: "Le parti présidentiel a perdu 82 sièges lors des législatives anticipées.",
    figures: [{ quote: "82", value: 82, low: 82, high: 82, qualifier: "exact", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Les candidats doivent réunir 500 parrainages d'élus pour se présenter.",
    figures: [{ quote: "500", value: 500, low: 500, high: 500, qualifier: "exact", kind: "count" }],
    not: [],
  },
  // --- sans chiffre ---
  {
    lang: "fr",
    text: "Un soldat a été tué lors d'une attaque contre une patrouille dans le nord du pays.",
    figures: [],
    not: ["Un soldat", "une attaque", "une patrouille"],
  },
  {
    lang: "fr",
    text: "Les deux pays ont signé un accord de coopération militaire.",
    figures: [],
    not: ["deux pays", "un accord"],
  },
  {
    lang: "fr",
    text: "Ses trois enfants ont été évacués vers l'hôpital de Khan Younès.",
    figures: [],
    not: ["trois enfants"],
  },
  {
    lang: "fr",
    text: "L'explosion s'est produite vers 23 h, à proximité d'une caserne.",
    figures: [],
    not: ["23 h"],
  },
  {
    lang: "fr",
    text: "La réunion des ministres doit commencer à 10 heures à Genève.",
    figures: [],
    not: ["à 10 heures"],
  },
  {
    lang: "fr",
    text: "Les frappes ont repris vers 23h30, selon des habitants.",
    figures: [],
    not: ["23h30"],
  },
  {
    lang: "fr",
    text: "Les tirs ont commencé à 6 h 15 du matin, selon des témoins.",
    figures: [],
    not: ["6 h 15"],
  },
  {
    lang: "fr",
    text: "Le couvre-feu s'applique entre 20 h et 6 h dans toute la province.",
    figures: [],
    not: ["20 h", "6 h"],
  },
  {
    lang: "fr",
    text: "Les premières explosions ont retenti vers 10 heures, selon des témoins.",
    figures: [],
    not: ["premières", "vers 10 heures"],
  },
  {
    lang: "fr",
    text: "Le premier ministre s'est rendu sur les lieux le 1er mars.",
    figures: [],
    not: ["premier", "1er mars"],
  },
  {
    lang: "fr",
    text: "Les légionnaires du 2e régiment étranger de parachutistes ont été déployés.",
    figures: [],
    not: ["2e"],
  },
  {
    lang: "fr",
    text: "C'est la troisième attaque contre le convoi depuis le début du mois.",
    figures: [],
    not: ["troisième"],
  },
  {
    lang: "fr",
    text: "Des avions F-16 et des batteries S-400 ont été déployés près de la frontière.",
    figures: [],
    not: ["F-16", "S-400"],
  },
  {
    lang: "fr",
    text: "Un bombardier Su-24 a été abattu près de la frontière turque.",
    figures: [],
    not: ["Su-24", "Un bombardier"],
  },
  {
    lang: "fr",
    text: "La résolution 2254 du Conseil de sécurité prévoit des élections libres.",
    figures: [],
    not: ["résolution 2254"],
  },
];
