// Held-out style test corpus for the figures engine (spec/figures.md): 160 wire-copy sentences
// (80 English, 80 French) written for QA, distinct from news-sentences.data.ts. Each sentence
// lists every figure the engine must report, in order, and the substrings that look numeric
// but must not be part of any reported figure (dates, years, clock times, ordinals, designations,
// compound adjectives, articles, small number words inside a noun phrase).
//
// Conventions (spec/figures.md and lib/figures/README.md):
// - quote = qualifier cue + number (+ scale word); for percent, money and measure the unit or
//   currency is in the quote; for counts the counted noun is not. Postfix cues are in the quote.
// - intervals: exact [N,N]; at_least [N,null]; more_than [N+1,null] for counts, [N,null] otherwise;
//   at_most [null,N]; less_than [null,N-1] for counts, [null,N] otherwise;
//   about [round(0.9N), round(1.1N)]; nearly [round(0.9N), N-1]; range [A,B] with value null;
//   vague per the spec's table.
// - A change ("rose from 29 to 35", "a explosé de 40 000 à 65 000") is two exact figures.
// - Non-breaking (U+00A0) and narrow non-breaking (U+202F) spaces are written as \u escapes.

import type { AnnotatedSentence } from "../annotated-sentence";

export const wireCopy: AnnotatedSentence[] = [
  // ============================== English ==============================
  // --- conflict and casualty tolls ---
  {
    lang: "en",
    text: "Israeli strikes killed 34 Palestinians overnight, including 11 children, bringing the toll since Oct. 7 to 40,005, the ministry said.",
    figures: [
      { quote: "34", value: 34, low: 34, high: 34, qualifier: "exact", kind: "count" },
      { quote: "11", value: 11, low: 11, high: 11, qualifier: "exact", kind: "count" },
      { quote: "40,005", value: 40005, low: 40005, high: 40005, qualifier: "exact", kind: "count" },
    ],
    not: ["Oct. 7"],
  },
  {
    lang: "en",
    text: "Some 2,946 people were killed, more than 5,600 injured and 59,674 buildings damaged, the interior ministry said.",
    figures: [
      {
        quote: "Some 2,946",
        value: 2946,
        low: 2651,
        high: 3241,
        qualifier: "about",
        kind: "count",
      },
      {
        quote: "more than 5,600",
        value: 5600,
        low: 5601,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
      { quote: "59,674", value: 59674, low: 59674, high: 59674, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Two people were killed and 14 injured when a Russian glide bomb hit an apartment block in Kharkiv at about 2 p.m.",
    figures: [
      { quote: "Two", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
      { quote: "14", value: 14, low: 14, high: 14, qualifier: "exact", kind: "count" },
    ],
    not: ["2 p.m.", "a Russian"],
  },
  {
    lang: "en",
    text: "The ceasefire provides for the release of 33 hostages in exchange for about 1,900 Palestinian prisoners in a first phase lasting six weeks.",
    figures: [
      { quote: "33", value: 33, low: 33, high: 33, qualifier: "exact", kind: "count" },
      {
        quote: "about 1,900",
        value: 1900,
        low: 1710,
        high: 2090,
        qualifier: "about",
        kind: "count",
      },
      { quote: "six weeks", value: 6, low: 6, high: 6, qualifier: "exact", kind: "measure" },
    ],
    not: ["first phase"],
  },
  {
    lang: "en",
    text: "Forty-three journalists were killed worldwide in 2023, and another 361 were behind bars, the Committee to Protect Journalists said.",
    figures: [
      { quote: "Forty-three", value: 43, low: 43, high: 43, qualifier: "exact", kind: "count" },
      { quote: "361", value: 361, low: 361, high: 361, qualifier: "exact", kind: "count" },
    ],
    not: ["2023"],
  },
  {
    lang: "en",
    text: "One police officer was killed and 23 were wounded in the attack on the checkpoint.",
    figures: [
      { quote: "One", value: 1, low: 1, high: 1, qualifier: "exact", kind: "count" },
      { quote: "23", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "M23 rebels seized Goma, a city of 2 million people, leaving some 3,000 dead, the UN said.",
    figures: [
      {
        quote: "2 million",
        value: 2000000,
        low: 2000000,
        high: 2000000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "some 3,000",
        value: 3000,
        low: 2700,
        high: 3300,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["M23", "a city"],
  },
  {
    lang: "en",
    text: "Nearly 3,000 people were killed in the 9/11 attacks on New York and Washington.",
    figures: [
      {
        quote: "Nearly 3,000",
        value: 3000,
        low: 2700,
        high: 2999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: ["9/11"],
  },
  {
    lang: "en",
    text: "The death toll increased from 62 to 89 overnight as rescuers reached remote villages.",
    figures: [
      { quote: "62", value: 62, low: 62, high: 62, qualifier: "exact", kind: "count" },
      { quote: "89", value: 89, low: 89, high: 89, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "3,500 homes were destroyed in the province and 12,000 more damaged, the governor said.",
    figures: [
      { quote: "3,500", value: 3500, low: 3500, high: 3500, qualifier: "exact", kind: "count" },
      { quote: "12,000", value: 12000, low: 12000, high: 12000, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  // --- refugees and migration ---
  {
    lang: "en",
    text: "Nearly 9,000 people crossed the Darien Gap over a three-week period in January, Panamanian authorities said.",
    figures: [
      {
        quote: "Nearly 9,000",
        value: 9000,
        low: 8100,
        high: 8999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: ["three-week", "January"],
  },
  {
    lang: "en",
    text: "One hundred and fifty thousand people have fled the fighting in the past week, the UN said.",
    figures: [
      {
        quote: "One hundred and fifty thousand",
        value: 150000,
        low: 150000,
        high: 150000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "A million Afghans have returned from Pakistan and Iran since the deportation drive began.",
    figures: [
      {
        quote: "A million",
        value: 1000000,
        low: 1000000,
        high: 1000000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Some of the 300 detainees released on Thursday had been held for more than a decade.",
    figures: [{ quote: "300", value: 300, low: 300, high: 300, qualifier: "exact", kind: "count" }],
    not: ["Thursday", "Some of the"],
  },
  // --- protests, crowds and sport ---
  {
    lang: "en",
    text: "Half a million people marched in Tel Aviv on Saturday night, organisers said, while police put the figure at 300,000.",
    figures: [
      {
        quote: "Half a million",
        value: 500000,
        low: 500000,
        high: 500000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "300,000",
        value: 300000,
        low: 300000,
        high: 300000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["Saturday"],
  },
  {
    lang: "en",
    text: "About 300 protesters gathered outside 10 Downing Street on Tuesday evening.",
    figures: [{ quote: "About 300", value: 300, low: 270, high: 330, qualifier: "about", kind: "count" }],
    not: ["10 Downing Street", "Tuesday"],
  },
  {
    lang: "en",
    text: "More than a hundred people were arrested during the protests in Istanbul, the governor’s office said.",
    figures: [
      {
        quote: "More than a hundred",
        value: 100,
        low: 101,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Several hundred people attended the funeral, and a few thousand more followed it online.",
    figures: [
      {
        quote: "Several hundred",
        value: null,
        low: 200,
        high: 999,
        qualifier: "vague",
        kind: "count",
      },
      {
        quote: "a few thousand",
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
    text: "Paris 2024 sold 9.5 million tickets, beating the record of 8.3 million set at the 1996 Atlanta Games.",
    figures: [
      {
        quote: "9.5 million",
        value: 9500000,
        low: 9500000,
        high: 9500000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "8.3 million",
        value: 8300000,
        low: 8300000,
        high: 8300000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["Paris 2024", "1996"],
  },
  {
    lang: "en",
    text: "A 30-second advertising slot during the game cost about $7 million.",
    figures: [
      {
        quote: "about $7 million",
        value: 7000000,
        low: 6300000,
        high: 7700000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: ["30-second"],
  },
  {
    lang: "en",
    text: "Novak Djokovic won his 24th Grand Slam title, beating the world No. 3 in three sets.",
    figures: [{ quote: "three", value: 3, low: 3, high: 3, qualifier: "exact", kind: "count" }],
    not: ["24th", "No. 3"],
  },
  // --- elections and polls ---
  {
    lang: "en",
    text: "Turnout was 71.3 percent, up 4.6 percentage points on the 2019 vote, the electoral commission said.",
    figures: [
      {
        quote: "71.3 percent",
        value: 71.3,
        low: 71.3,
        high: 71.3,
        qualifier: "exact",
        kind: "percent",
      },
      {
        quote: "4.6 percentage points",
        value: 4.6,
        low: 4.6,
        high: 4.6,
        qualifier: "exact",
        kind: "percent",
      },
    ],
    not: ["2019"],
  },
  {
    lang: "en",
    text: "A YouGov poll put Labour on 44%, the Conservatives on 22% and Reform UK on 12-14%.",
    figures: [
      { quote: "44%", value: 44, low: 44, high: 44, qualifier: "exact", kind: "percent" },
      { quote: "22%", value: 22, low: 22, high: 22, qualifier: "exact", kind: "percent" },
      { quote: "12-14%", value: null, low: 12, high: 14, qualifier: "range", kind: "percent" },
    ],
    not: ["A YouGov"],
  },
  {
    lang: "en",
    text: "The law requires a minimum of 40% women on company boards by 2026.",
    figures: [
      {
        quote: "a minimum of 40%",
        value: 40,
        low: 40,
        high: null,
        qualifier: "at_least",
        kind: "percent",
      },
    ],
    not: ["2026"],
  },
  // --- money, budgets and aid ---
  {
    lang: "en",
    text: "Japan’s cabinet approved a record ¥112 trillion budget for the fiscal year starting in April.",
    figures: [
      {
        quote: "¥112 trillion",
        value: 112000000000000,
        low: 112000000000000,
        high: 112000000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["April"],
  },
  {
    lang: "en",
    text: "The EU’s 27 member states agreed a €50bn support package for Ukraine covering 2024-2027.",
    figures: [
      { quote: "27", value: 27, low: 27, high: 27, qualifier: "exact", kind: "count" },
      {
        quote: "€50bn",
        value: 50000000000,
        low: 50000000000,
        high: 50000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["2024-2027"],
  },
  {
    lang: "en",
    text: "Kenya’s finance bill sought to raise an extra 346 billion shillings in taxes before it was withdrawn after protests that left at least 39 people dead.",
    figures: [
      {
        quote: "346 billion shillings",
        value: 346000000000,
        low: 346000000000,
        high: 346000000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "at least 39",
        value: 39,
        low: 39,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The cost of rebuilding Gaza is in the region of $50 billion, according to a joint UN, EU and World Bank assessment.",
    figures: [
      {
        quote: "in the region of $50 billion",
        value: 50000000000,
        low: 45000000000,
        high: 55000000000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Households earning $400,000 or more a year would face higher taxes under the plan.",
    figures: [
      {
        quote: "$400,000 or more",
        value: 400000,
        low: 400000,
        high: null,
        qualifier: "at_least",
        kind: "money",
      },
    ],
    not: ["a year"],
  },
  {
    lang: "en",
    text: "Premier League clubs spent a record £2.36 billion during the 2023-24 summer transfer window.",
    figures: [
      {
        quote: "£2.36 billion",
        value: 2360000000,
        low: 2360000000,
        high: 2360000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["2023-24"],
  },
  {
    lang: "en",
    text: "The federal deficit ballooned from $1.4 trillion to $1.8 trillion in the fiscal year.",
    figures: [
      {
        quote: "$1.4 trillion",
        value: 1400000000000,
        low: 1400000000000,
        high: 1400000000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "$1.8 trillion",
        value: 1800000000000,
        low: 1800000000000,
        high: 1800000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  // --- economy and markets ---
  {
    lang: "en",
    text: "Inflation in Argentina hit 211.4% in 2023, the highest rate in more than three decades.",
    figures: [
      {
        quote: "211.4%",
        value: 211.4,
        low: 211.4,
        high: 211.4,
        qualifier: "exact",
        kind: "percent",
      },
      {
        quote: "more than three decades",
        value: 3,
        low: 3,
        high: null,
        qualifier: "more_than",
        kind: "measure",
      },
    ],
    not: ["2023"],
  },
  {
    lang: "en",
    text: "The Fed held rates at 5.25%-5.5% for a sixth straight meeting.",
    figures: [
      {
        quote: "5.25%-5.5%",
        value: null,
        low: 5.25,
        high: 5.5,
        qualifier: "range",
        kind: "percent",
      },
    ],
    not: ["sixth"],
  },
  {
    lang: "en",
    text: "U.S. employers added 254,000 jobs in September, far more than the 150,000 economists had expected.",
    figures: [
      {
        quote: "254,000",
        value: 254000,
        low: 254000,
        high: 254000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "150,000",
        value: 150000,
        low: 150000,
        high: 150000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["September"],
  },
  {
    lang: "en",
    text: "The company said it would cut its headcount by 1,800 to about 12,000 by the end of the year.",
    figures: [
      { quote: "1,800", value: 1800, low: 1800, high: 1800, qualifier: "exact", kind: "count" },
      {
        quote: "about 12,000",
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
    text: "Benchmark mortgage rates have spiked from 3.2% to 7.1% in just over a year.",
    figures: [
      { quote: "3.2%", value: 3.2, low: 3.2, high: 3.2, qualifier: "exact", kind: "percent" },
      { quote: "7.1%", value: 7.1, low: 7.1, high: 7.1, qualifier: "exact", kind: "percent" },
    ],
    not: ["over a year"],
  },
  {
    lang: "en",
    text: "The FTSE 100 fell 1.2% and the CAC 40 lost 0.8% as investors fled riskier assets.",
    figures: [
      { quote: "1.2%", value: 1.2, low: 1.2, high: 1.2, qualifier: "exact", kind: "percent" },
      { quote: "0.8%", value: 0.8, low: 0.8, high: 0.8, qualifier: "exact", kind: "percent" },
    ],
    not: ["FTSE 100", "CAC 40"],
  },
  {
    lang: "en",
    text: "Wheat prices remain well above $300 a tonne despite the resumption of Black Sea shipments.",
    figures: [
      {
        quote: "well above $300",
        value: 300,
        low: 300,
        high: null,
        qualifier: "more_than",
        kind: "money",
      },
    ],
    not: ["a tonne"],
  },
  {
    lang: "en",
    text: "Bitcoin climbed to just shy of $100,000 on Thursday.",
    figures: [
      {
        quote: "just shy of $100,000",
        value: 100000,
        low: 90000,
        high: 99999,
        qualifier: "nearly",
        kind: "money",
      },
    ],
    not: ["Thursday"],
  },
  {
    lang: "en",
    text: "Firms with 49 or fewer employees are exempt from the new reporting rules.",
    figures: [{ quote: "49 or fewer", value: 49, low: null, high: 49, qualifier: "at_most", kind: "count" }],
    not: [],
  },
  // --- disasters, climate and measures ---
  {
    lang: "en",
    text: "The magnitude 6.8 quake struck at 11:11 p.m. about 72 km southwest of Marrakech at a depth of 18.5 km.",
    figures: [
      { quote: "about 72 km", value: 72, low: 65, high: 79, qualifier: "about", kind: "measure" },
      { quote: "18.5 km", value: 18.5, low: 18.5, high: 18.5, qualifier: "exact", kind: "measure" },
    ],
    not: ["magnitude 6.8", "11:11 p.m."],
  },
  {
    lang: "en",
    text: "The storm dumped up to 20 inches of rain on parts of North Carolina and cut power to over 1.2 million customers.",
    figures: [
      {
        quote: "up to 20 inches",
        value: 20,
        low: null,
        high: 20,
        qualifier: "at_most",
        kind: "measure",
      },
      {
        quote: "over 1.2 million",
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
    text: "A dozen rockets were fired from Lebanon and half a dozen were intercepted over the Galilee, the army said.",
    figures: [
      { quote: "A dozen", value: 12, low: 11, high: 13, qualifier: "about", kind: "count" },
      { quote: "half a dozen", value: 6, low: 5, high: 7, qualifier: "about", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Hundreds of people were feared trapped after the 7.8-magnitude quake, which was felt 1,000 kilometres away in Cairo.",
    figures: [
      { quote: "Hundreds", value: null, low: 200, high: 999, qualifier: "vague", kind: "count" },
      {
        quote: "1,000 kilometres",
        value: 1000,
        low: 1000,
        high: 1000,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: ["7.8-magnitude"],
  },
  {
    lang: "en",
    text: "Firefighters battled the blaze for nearly 20 hours before bringing it under control at 6:30 a.m.",
    figures: [
      {
        quote: "nearly 20 hours",
        value: 20,
        low: 18,
        high: 19,
        qualifier: "nearly",
        kind: "measure",
      },
    ],
    not: ["6:30 a.m."],
  },
  {
    lang: "en",
    text: "Global average temperatures in 2024 were 1.55 degrees Celsius above pre-industrial levels, breaching the 1.5-degree threshold for the first time.",
    figures: [
      {
        quote: "1.55 degrees Celsius",
        value: 1.55,
        low: 1.55,
        high: 1.55,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: ["2024", "1.5-degree", "first"],
  },
  {
    lang: "en",
    text: "Deforestation in the Brazilian Amazon fell 30.6% to 6,288 square kilometres in the year to July.",
    figures: [
      { quote: "30.6%", value: 30.6, low: 30.6, high: 30.6, qualifier: "exact", kind: "percent" },
      {
        quote: "6,288 square kilometres",
        value: 6288,
        low: 6288,
        high: 6288,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: ["July"],
  },
  {
    lang: "en",
    text: "Around 1,300 pilgrims died during the hajj as temperatures topped 51.8°C in Mecca, Saudi authorities said.",
    figures: [
      {
        quote: "Around 1,300",
        value: 1300,
        low: 1170,
        high: 1430,
        qualifier: "about",
        kind: "count",
      },
      { quote: "51.8°C", value: 51.8, low: 51.8, high: 51.8, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The militia has 3,000 or so fighters in the area, according to Western estimates.",
    figures: [
      {
        quote: "3,000 or so",
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
    text: "Rescuers reached 40-odd villages that had been cut off by the floods.",
    figures: [{ quote: "40-odd", value: 40, low: 36, high: 44, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "en",
    text: "The bill would cap rents for flats under 50 square metres in Paris and Lyon.",
    figures: [
      {
        quote: "under 50 square metres",
        value: 50,
        low: null,
        high: 50,
        qualifier: "less_than",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Lake Mead’s water level fell to 1,040 feet, below the 1,050-foot threshold that triggers cuts.",
    figures: [
      {
        quote: "1,040 feet",
        value: 1040,
        low: 1040,
        high: 1040,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: ["1,050-foot"],
  },
  {
    lang: "en",
    text: "The Palisades fire has burned more than 23,000 acres and destroyed over 5,000 structures.",
    figures: [
      {
        quote: "more than 23,000 acres",
        value: 23000,
        low: 23000,
        high: null,
        qualifier: "more_than",
        kind: "measure",
      },
      {
        quote: "over 5,000",
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
    lang: "en",
    text: "Russian strikes have knocked out 9 gigawatts of Ukraine’s generating capacity, the energy minister said.",
    figures: [{ quote: "9 gigawatts", value: 9, low: 9, high: 9, qualifier: "exact", kind: "measure" }],
    not: [],
  },
  {
    lang: "en",
    text: "Nearly a thousand homes were flooded when the river burst its banks.",
    figures: [
      {
        quote: "Nearly a thousand",
        value: 1000,
        low: 900,
        high: 999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Sea levels could rise by up to 1 metre by the end of the 21st century, the IPCC warned.",
    figures: [
      {
        quote: "up to 1 metre",
        value: 1,
        low: null,
        high: 1,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: ["21st"],
  },
  {
    lang: "en",
    text: "Forecasters warned of waves of 4-6 metres along the Atlantic coast.",
    figures: [{ quote: "4-6 metres", value: null, low: 4, high: 6, qualifier: "range", kind: "measure" }],
    not: [],
  },
  // --- health, justice and non-figures ---
  {
    lang: "en",
    text: "The H5N1 bird flu virus has infected 66 people in the United States since April, the CDC said.",
    figures: [{ quote: "66", value: 66, low: 66, high: 66, qualifier: "exact", kind: "count" }],
    not: ["H5N1", "April"],
  },
  {
    lang: "en",
    text: "The ten-member jury deliberated for 11 hours before convicting the five defendants.",
    figures: [{ quote: "11 hours", value: 11, low: 11, high: 11, qualifier: "exact", kind: "measure" }],
    not: ["ten-member", "five defendants"],
  },
  {
    lang: "en",
    text: "The curfew runs from 7 p.m. to 6 a.m., and anyone caught outside faces up to two years in prison.",
    figures: [
      {
        quote: "up to two years",
        value: 2,
        low: null,
        high: 2,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: ["7 p.m.", "6 a.m."],
  },
  // --- names, units and clock traps ---
  {
    lang: "en",
    text: "Alaska Airlines grounded its 65 Boeing 737 MAX 9 jets after a door plug blew out at 16,000 feet.",
    figures: [
      { quote: "65", value: 65, low: 65, high: 65, qualifier: "exact", kind: "count" },
      {
        quote: "16,000 feet",
        value: 16000,
        low: 16000,
        high: 16000,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: ["737 MAX 9", "a door"],
  },
  {
    lang: "en",
    text: "Boeing delivered 40 jets in October, including 32 737 MAX, down from 50 a year earlier.",
    figures: [
      { quote: "40", value: 40, low: 40, high: 40, qualifier: "exact", kind: "count" },
      { quote: "32", value: 32, low: 32, high: 32, qualifier: "exact", kind: "count" },
      { quote: "50", value: 50, low: 50, high: 50, qualifier: "exact", kind: "count" },
    ],
    not: ["737 MAX", "October", "a year"],
  },
  {
    lang: "en",
    text: "Police closed a 12-mile stretch of Interstate 95 after a tanker fire, diverting some 160,000 vehicles a day.",
    figures: [
      {
        quote: "some 160,000",
        value: 160000,
        low: 144000,
        high: 176000,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["12-mile", "Interstate 95", "a day"],
  },
  {
    lang: "en",
    text: "The S&P 500 rose 1.1% to a record and Japan’s Nikkei 225 jumped 2.3%.",
    figures: [
      { quote: "1.1%", value: 1.1, low: 1.1, high: 1.1, qualifier: "exact", kind: "percent" },
      { quote: "2.3%", value: 2.3, low: 2.3, high: 2.3, qualifier: "exact", kind: "percent" },
    ],
    not: ["S&P 500", "Nikkei 225"],
  },
  {
    lang: "en",
    text: "Hong Kong unveiled a HK$3.5bn relief package, including HK$6,000 in cash for each of 7.5 million residents.",
    figures: [
      {
        quote: "HK$3.5bn",
        value: 3500000000,
        low: 3500000000,
        high: 3500000000,
        qualifier: "exact",
        kind: "money",
      },
      { quote: "HK$6,000", value: 6000, low: 6000, high: 6000, qualifier: "exact", kind: "money" },
      {
        quote: "7.5 million",
        value: 7500000,
        low: 7500000,
        high: 7500000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Hurricane Beryl’s winds reached 165 miles per hour (270 km/h), making it a Category 5 storm.",
    figures: [
      {
        quote: "165 miles per hour",
        value: 165,
        low: 165,
        high: 165,
        qualifier: "exact",
        kind: "measure",
      },
      { quote: "270 km/h", value: 270, low: 270, high: 270, qualifier: "exact", kind: "measure" },
    ],
    not: ["Category 5"],
  },
  {
    lang: "en",
    text: "Temperatures reached 118 degrees Fahrenheit (48 degrees Celsius) in Phoenix, where 645 heat deaths were recorded last year.",
    figures: [
      {
        quote: "118 degrees Fahrenheit",
        value: 118,
        low: 118,
        high: 118,
        qualifier: "exact",
        kind: "measure",
      },
      {
        quote: "48 degrees Celsius",
        value: 48,
        low: 48,
        high: 48,
        qualifier: "exact",
        kind: "measure",
      },
      { quote: "645", value: 645, low: 645, high: 645, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "India’s sugar output is forecast to fall to 27 million metric tons, while Brazil produced 42.4 million tons.",
    figures: [
      {
        quote: "27 million metric tons",
        value: 27000000,
        low: 27000000,
        high: 27000000,
        qualifier: "exact",
        kind: "measure",
      },
      {
        quote: "42.4 million tons",
        value: 42400000,
        low: 42400000,
        high: 42400000,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Up to 150 millimetres of rain fell in six hours, and snow drifts of 40 centimetres blocked mountain roads.",
    figures: [
      {
        quote: "Up to 150 millimetres",
        value: 150,
        low: null,
        high: 150,
        qualifier: "at_most",
        kind: "measure",
      },
      { quote: "six hours", value: 6, low: 6, high: 6, qualifier: "exact", kind: "measure" },
      {
        quote: "40 centimetres",
        value: 40,
        low: 40,
        high: 40,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The data centre will cover 200,000 square feet and draw 900 kilowatts of power at peak.",
    figures: [
      {
        quote: "200,000 square feet",
        value: 200000,
        low: 200000,
        high: 200000,
        qualifier: "exact",
        kind: "measure",
      },
      {
        quote: "900 kilowatts",
        value: 900,
        low: 900,
        high: 900,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The attack took place between 6 and 8 a.m., and at least 14 people were killed, witnesses said.",
    figures: [
      {
        quote: "at least 14",
        value: 14,
        low: 14,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: ["between 6 and 8 a.m."],
  },
  {
    lang: "en",
    text: "Gasoline prices rose 6% in a week to an average of $3.45 a gallon, the motoring group AAA said.",
    figures: [
      { quote: "6%", value: 6, low: 6, high: 6, qualifier: "exact", kind: "percent" },
      { quote: "$3.45", value: 3.45, low: 3.45, high: 3.45, qualifier: "exact", kind: "money" },
    ],
    not: ["a gallon", "a week"],
  },
  {
    lang: "en",
    text: "SpaceX launched a Falcon 9 rocket carrying 23 Starlink satellites from Cape Canaveral.",
    figures: [{ quote: "23", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" }],
    not: ["Falcon 9"],
  },
  {
    lang: "en",
    text: "The Nasdaq 100 fell 2.8%, its worst day since 2022, wiping $1tn off technology stocks.",
    figures: [
      { quote: "2.8%", value: 2.8, low: 2.8, high: 2.8, qualifier: "exact", kind: "percent" },
      {
        quote: "$1tn",
        value: 1000000000000,
        low: 1000000000000,
        high: 1000000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["Nasdaq 100", "2022"],
  },
  {
    lang: "en",
    text: "Chernobyl’s reactor 4 exploded in 1986, forcing some 350,000 people to leave their homes.",
    figures: [
      {
        quote: "some 350,000",
        value: 350000,
        low: 315000,
        high: 385000,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["reactor 4", "1986"],
  },
  {
    lang: "en",
    text: "Gold rose to $2,790 an ounce, and the U.S. Mint sold 52,000 ounces of American Eagle coins in October.",
    figures: [
      { quote: "$2,790", value: 2790, low: 2790, high: 2790, qualifier: "exact", kind: "money" },
      {
        quote: "52,000 ounces",
        value: 52000,
        low: 52000,
        high: 52000,
        qualifier: "exact",
        kind: "measure",
      },
    ],
    not: ["an ounce", "October"],
  },
  {
    lang: "en",
    text: "Sony has sold more than 65 million PlayStation 5 consoles since its launch.",
    figures: [
      {
        quote: "more than 65 million",
        value: 65000000,
        low: 65000001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["PlayStation 5"],
  },
  {
    lang: "en",
    text: "NASA’s Artemis 2 mission will send four astronauts around the Moon for 10 days.",
    figures: [
      { quote: "four", value: 4, low: 4, high: 4, qualifier: "exact", kind: "count" },
      { quote: "10 days", value: 10, low: 10, high: 10, qualifier: "exact", kind: "measure" },
    ],
    not: ["Artemis 2"],
  },
  {
    lang: "en",
    text: "The chief executive told BBC Radio 4 that 300 jobs would go at the Port Talbot plant.",
    figures: [{ quote: "300", value: 300, low: 300, high: 300, qualifier: "exact", kind: "count" }],
    not: ["Radio 4"],
  },
  {
    lang: "en",
    text: "France’s nuclear fleet generated 361.7 terawatt-hours of electricity last year, up from 320 TWh.",
    figures: [
      {
        quote: "361.7 terawatt-hours",
        value: 361.7,
        low: 361.7,
        high: 361.7,
        qualifier: "exact",
        kind: "measure",
      },
      { quote: "320 TWh", value: 320, low: 320, high: 320, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },

  // ============================== Français ==============================
  // --- conflits et bilans ---
  {
    lang: "fr",
    text: "Selon l’ONU, 1,9 million de Gazaouis, soit environ 90\u00a0% de la population, ont été déplacés depuis le 7 octobre 2023.",
    figures: [
      {
        quote: "1,9 million",
        value: 1900000,
        low: 1900000,
        high: 1900000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "environ 90\u00a0%",
        value: 90,
        low: 81,
        high: 99,
        qualifier: "about",
        kind: "percent",
      },
    ],
    not: ["7 octobre 2023"],
  },
  {
    lang: "fr",
    text: "Le séisme de magnitude 6,8 a fait 2\u202f960 morts et 6\u202f125 blessés, selon le dernier bilan du ministère marocain de l’Intérieur.",
    figures: [
      {
        quote: "2\u202f960",
        value: 2960,
        low: 2960,
        high: 2960,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "6\u202f125",
        value: 6125,
        low: 6125,
        high: 6125,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["magnitude 6,8"],
  },
  {
    lang: "fr",
    text: "Les inondations ont fait plus de 200 morts dans la région de Valence, où il est tombé jusqu’à 491 litres d’eau par mètre carré en huit heures.",
    figures: [
      {
        quote: "plus de 200",
        value: 200,
        low: 201,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
      {
        quote: "jusqu’à 491 litres",
        value: 491,
        low: null,
        high: 491,
        qualifier: "at_most",
        kind: "measure",
      },
      { quote: "huit heures", value: 8, low: 8, high: 8, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L’armée israélienne affirme avoir frappé plus de 150 cibles du Hezbollah en 24 h, dont des dizaines de lance-roquettes.",
    figures: [
      {
        quote: "plus de 150",
        value: 150,
        low: 151,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
      { quote: "24 h", value: 24, low: 24, high: 24, qualifier: "exact", kind: "measure" },
      { quote: "des dizaines", value: null, low: 20, high: 99, qualifier: "vague", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Quatre soldats français ont été blessés, dont deux grièvement, lors d’une attaque de drone près de la base de Gao.",
    figures: [
      { quote: "Quatre", value: 4, low: 4, high: 4, qualifier: "exact", kind: "count" },
      { quote: "deux", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
    ],
    not: ["d’une attaque"],
  },
  {
    lang: "fr",
    text: "Vingt et un otages ont été libérés samedi en échange de quelque 600 prisonniers palestiniens.",
    figures: [
      { quote: "Vingt et un", value: 21, low: 21, high: 21, qualifier: "exact", kind: "count" },
      { quote: "quelque 600", value: 600, low: 540, high: 660, qualifier: "about", kind: "count" },
    ],
    not: ["samedi"],
  },
  {
    lang: "fr",
    text: "Quatre-vingt-onze personnes ont été interpellées dans la nuit, et 37 policiers ont été blessés.",
    figures: [
      {
        quote: "Quatre-vingt-onze",
        value: 91,
        low: 91,
        high: 91,
        qualifier: "exact",
        kind: "count",
      },
      { quote: "37", value: 37, low: 37, high: 37, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Sept militaires ont été tués le 12 sept. dans une embuscade près de Tombouctou, a annoncé l’armée malienne.",
    figures: [{ quote: "Sept", value: 7, low: 7, high: 7, qualifier: "exact", kind: "count" }],
    not: ["12 sept.", "une embuscade"],
  },
  {
    lang: "fr",
    text: "Au moins un mort et une dizaine de blessés ont été signalés après l’explosion d’une citerne à Dakar.",
    figures: [
      { quote: "Au moins un", value: 1, low: 1, high: null, qualifier: "at_least", kind: "count" },
      { quote: "une dizaine", value: 10, low: 9, high: 11, qualifier: "about", kind: "count" },
    ],
    not: ["d’une citerne"],
  },
  {
    lang: "fr",
    text: "Neuf familles, soit 23 enfants et 18 adultes, vivaient dans l’immeuble neuf qui s’est effondré.",
    figures: [
      { quote: "Neuf", value: 9, low: 9, high: 9, qualifier: "exact", kind: "count" },
      { quote: "23", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" },
      { quote: "18", value: 18, low: 18, high: 18, qualifier: "exact", kind: "count" },
    ],
    not: ["immeuble neuf"],
  },
  {
    lang: "fr",
    text: "Paris va livrer six Mirage 2000-5 à Kiev d’ici à la fin de l’année, a annoncé le ministre des Armées.",
    figures: [{ quote: "six", value: 6, low: 6, high: 6, qualifier: "exact", kind: "count" }],
    not: ["Mirage 2000-5"],
  },
  // --- réfugiés et migrations ---
  {
    lang: "fr",
    text: "Le HCR recense 6,5 millions de réfugiés ukrainiens à l’étranger, dont près d’un million en Pologne.",
    figures: [
      {
        quote: "6,5 millions",
        value: 6500000,
        low: 6500000,
        high: 6500000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "près d’un million",
        value: 1000000,
        low: 900000,
        high: 999999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Deux cent cinquante mille personnes ont fui le Liban vers la Syrie depuis septembre, selon le HCR.",
    figures: [
      {
        quote: "Deux cent cinquante mille",
        value: 250000,
        low: 250000,
        high: 250000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["septembre"],
  },
  {
    lang: "fr",
    text: "Un million et demi d’enfants sont menacés de malnutrition aiguë au Sahel, alerte l’Unicef.",
    figures: [
      {
        quote: "Un million et demi",
        value: 1500000,
        low: 1500000,
        high: 1500000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "La population de Marioupol est tombée de 430 000 à moins de 100 000 habitants.",
    figures: [
      {
        quote: "430 000",
        value: 430000,
        low: 430000,
        high: 430000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "moins de 100 000",
        value: 100000,
        low: null,
        high: 99999,
        qualifier: "less_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le nombre de demandeurs d’asile a explosé de 40 000 à 65 000 en deux ans.",
    figures: [
      { quote: "40 000", value: 40000, low: 40000, high: 40000, qualifier: "exact", kind: "count" },
      { quote: "65 000", value: 65000, low: 65000, high: 65000, qualifier: "exact", kind: "count" },
      { quote: "deux ans", value: 2, low: 2, high: 2, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  // --- manifestations, foules, sport ---
  {
    lang: "fr",
    text: "Quelque 3\u202f000 agriculteurs et 1\u202f500 tracteurs ont convergé jeudi vers Bruxelles pour protester contre l’accord avec le Mercosur.",
    figures: [
      {
        quote: "Quelque 3\u202f000",
        value: 3000,
        low: 2700,
        high: 3300,
        qualifier: "about",
        kind: "count",
      },
      {
        quote: "1\u202f500",
        value: 1500,
        low: 1500,
        high: 1500,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["jeudi"],
  },
  {
    lang: "fr",
    text: "Entre 1,2 et 1,5 million de personnes ont défilé selon la CGT, 800 000 selon la police.",
    figures: [
      {
        quote: "Entre 1,2 et 1,5 million",
        value: null,
        low: 1200000,
        high: 1500000,
        qualifier: "range",
        kind: "count",
      },
      {
        quote: "800 000",
        value: 800000,
        low: 800000,
        high: 800000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Une centaine de milliers de personnes ont manifesté dimanche à Tbilissi contre la loi sur les « agents de l’étranger ».",
    figures: [
      {
        quote: "Une centaine de milliers",
        value: 100000,
        low: 90000,
        high: 110000,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["dimanche"],
  },
  {
    lang: "fr",
    text: "Quelques milliers de manifestants se sont rassemblés place de la République samedi.",
    figures: [
      {
        quote: "Quelques milliers",
        value: null,
        low: 2000,
        high: 9999,
        qualifier: "vague",
        kind: "count",
      },
    ],
    not: ["samedi"],
  },
  {
    lang: "fr",
    text: "Un peu moins de 30 000 spectateurs ont assisté à la finale au Parc des Princes.",
    figures: [
      {
        quote: "Un peu moins de 30 000",
        value: 30000,
        low: 27000,
        high: 29999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Kylian Mbappé a inscrit son 48e but en sélection devant 78 000 spectateurs au Stade de France.",
    figures: [{ quote: "78 000", value: 78000, low: 78000, high: 78000, qualifier: "exact", kind: "count" }],
    not: ["48e"],
  },
  {
    lang: "fr",
    text: "Pour la 5e année consécutive, la Fête des lumières a attiré plus de 2 millions de visiteurs à Lyon.",
    figures: [
      {
        quote: "plus de 2 millions",
        value: 2000000,
        low: 2000001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["5e"],
  },
  {
    lang: "fr",
    text: "Le skipper a franchi la ligne d’arrivée en vingt-et-unième position, après 80 jours de mer.",
    figures: [{ quote: "80 jours", value: 80, low: 80, high: 80, qualifier: "exact", kind: "measure" }],
    not: ["vingt-et-unième"],
  },
  {
    lang: "fr",
    text: "Mille cinq cents soldats de l’Otan participent à l’exercice, qui durera deux semaines.",
    figures: [
      {
        quote: "Mille cinq cents",
        value: 1500,
        low: 1500,
        high: 1500,
        qualifier: "exact",
        kind: "count",
      },
      { quote: "deux semaines", value: 2, low: 2, high: 2, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  // --- élections et sondages ---
  {
    lang: "fr",
    text: "Avec 33,1 % des voix, le RN arrive en tête du premier tour, devant le Nouveau Front populaire (28 %) et Ensemble (20 %).",
    figures: [
      { quote: "33,1 %", value: 33.1, low: 33.1, high: 33.1, qualifier: "exact", kind: "percent" },
      { quote: "28 %", value: 28, low: 28, high: 28, qualifier: "exact", kind: "percent" },
      { quote: "20 %", value: 20, low: 20, high: 20, qualifier: "exact", kind: "percent" },
    ],
    not: ["premier tour"],
  },
  {
    lang: "fr",
    text: "Un sondage Ifop donne la liste à 31-33 % des intentions de vote, loin devant la majorité présidentielle (15 %).",
    figures: [
      { quote: "31-33 %", value: null, low: 31, high: 33, qualifier: "range", kind: "percent" },
      { quote: "15 %", value: 15, low: 15, high: 15, qualifier: "exact", kind: "percent" },
    ],
    not: ["Un sondage"],
  },
  {
    lang: "fr",
    text: "La participation devrait se situer autour de 67\u202f% dimanche, selon les instituts de sondage.",
    figures: [
      {
        quote: "autour de 67\u202f%",
        value: 67,
        low: 60,
        high: 74,
        qualifier: "about",
        kind: "percent",
      },
    ],
    not: ["dimanche"],
  },
  {
    lang: "fr",
    text: "Les Américains votent mardi 5 novembre ; plus de 80 millions d’entre eux ont déjà voté par anticipation.",
    figures: [
      {
        quote: "plus de 80 millions",
        value: 80000000,
        low: 80000001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["mardi 5 novembre"],
  },
  {
    lang: "fr",
    text: "Soixante-quinze pays ont signé la déclaration finale, contre 84 lors du précédent sommet.",
    figures: [
      { quote: "Soixante-quinze", value: 75, low: 75, high: 75, qualifier: "exact", kind: "count" },
      { quote: "84", value: 84, low: 84, high: 84, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Près d’une soixantaine de personnes sont toujours portées disparues après l’effondrement de l’immeuble.",
    figures: [
      {
        quote: "Près d’une soixantaine",
        value: 60,
        low: 54,
        high: 59,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  // --- budgets, aide, économie ---
  {
    lang: "fr",
    text: "Le déficit public a atteint 5,5 % du PIB en 2023, bien au-delà des 4,9 % prévus par Bercy.",
    figures: [
      { quote: "5,5 %", value: 5.5, low: 5.5, high: 5.5, qualifier: "exact", kind: "percent" },
      { quote: "4,9 %", value: 4.9, low: 4.9, high: 4.9, qualifier: "exact", kind: "percent" },
    ],
    not: ["2023"],
  },
  {
    lang: "fr",
    text: "La dette publique s’élève désormais à 3\u00a0228 milliards d’euros, soit près de 113\u00a0% du PIB.",
    figures: [
      {
        quote: "3\u00a0228 milliards d’euros",
        value: 3228000000000,
        low: 3228000000000,
        high: 3228000000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "près de 113\u00a0%",
        value: 113,
        low: 102,
        high: 112,
        qualifier: "nearly",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L’inflation a ralenti à 1,8 % sur un an en août, contre 2,3 % en juillet, selon l’Insee.",
    figures: [
      { quote: "1,8 %", value: 1.8, low: 1.8, high: 1.8, qualifier: "exact", kind: "percent" },
      { quote: "2,3 %", value: 2.3, low: 2.3, high: 2.3, qualifier: "exact", kind: "percent" },
    ],
    not: ["un an", "août", "juillet"],
  },
  {
    lang: "fr",
    text: "La Bourse de Paris a cédé 1,8 % vendredi, et le CAC 40 a perdu plus de 6 % sur la semaine.",
    figures: [
      { quote: "1,8 %", value: 1.8, low: 1.8, high: 1.8, qualifier: "exact", kind: "percent" },
      {
        quote: "plus de 6 %",
        value: 6,
        low: 6,
        high: null,
        qualifier: "more_than",
        kind: "percent",
      },
    ],
    not: ["CAC 40", "vendredi"],
  },
  {
    lang: "fr",
    text: "Bruxelles exige de ramener le déficit à moins de 3 % du PIB d’ici à 2029, contre 6,1 % cette année.",
    figures: [
      {
        quote: "moins de 3 %",
        value: 3,
        low: null,
        high: 3,
        qualifier: "less_than",
        kind: "percent",
      },
      { quote: "6,1 %", value: 6.1, low: 6.1, high: 6.1, qualifier: "exact", kind: "percent" },
    ],
    not: ["2029"],
  },
  {
    lang: "fr",
    text: "Les contrevenants s’exposent à une amende d’un maximum de 75 000 euros.",
    figures: [
      {
        quote: "un maximum de 75 000 euros",
        value: 75000,
        low: null,
        high: 75000,
        qualifier: "at_most",
        kind: "money",
      },
    ],
    not: ["une amende"],
  },
  {
    lang: "fr",
    text: "Les dégâts causés par la grêle sont estimés à 4 milliards d’euros au bas mot.",
    figures: [
      {
        quote: "4 milliards d’euros au bas mot",
        value: 4000000000,
        low: 4000000000,
        high: null,
        qualifier: "at_least",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le coût de la restauration de Notre-Dame est de l’ordre de 700 millions d’euros.",
    figures: [
      {
        quote: "de l’ordre de 700 millions d’euros",
        value: 700000000,
        low: 630000000,
        high: 770000000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L’État a injecté 2,5\u00a0Md€ dans le plan de sauvetage de la filière nucléaire.",
    figures: [
      {
        quote: "2,5\u00a0Md€",
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
    lang: "fr",
    text: "Le PSG a déboursé 180 M€ pour s’attacher les services de l’attaquant.",
    figures: [
      {
        quote: "180 M€",
        value: 180000000,
        low: 180000000,
        high: 180000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le Sénégal a levé 450 milliards de francs CFA sur le marché financier régional.",
    figures: [
      {
        quote: "450 milliards de francs CFA",
        value: 450000000000,
        low: 450000000000,
        high: 450000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Londres consacrera 3 milliards de livres par an à l’aide militaire à l’Ukraine.",
    figures: [
      {
        quote: "3 milliards de livres",
        value: 3000000000,
        low: 3000000000,
        high: 3000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le baril de WTI s’échangeait à 78,5 $ lundi à New York.",
    figures: [{ quote: "78,5 $", value: 78.5, low: 78.5, high: 78.5, qualifier: "exact", kind: "money" }],
    not: ["lundi"],
  },
  {
    lang: "fr",
    text: "Il faudra de 3 à 5 milliards d’euros pour reconstruire les digues, selon les experts.",
    figures: [
      {
        quote: "de 3 à 5 milliards d’euros",
        value: null,
        low: 3000000000,
        high: 5000000000,
        qualifier: "range",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le gouvernement a recouru à l’article 49.3 pour la 23e fois pour faire adopter un budget de 492 milliards d’euros.",
    figures: [
      {
        quote: "492 milliards d’euros",
        value: 492000000000,
        low: 492000000000,
        high: 492000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["article 49.3", "23e", "un budget"],
  },
  {
    lang: "fr",
    text: "Le taux d’épargne des ménages a reculé de 1,2 point de pourcentage, à 17,6 %.",
    figures: [
      {
        quote: "1,2 point de pourcentage",
        value: 1.2,
        low: 1.2,
        high: 1.2,
        qualifier: "exact",
        kind: "percent",
      },
      { quote: "17,6 %", value: 17.6, low: 17.6, high: 17.6, qualifier: "exact", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "3 000 postes seront supprimés d’ici à 2026, a annoncé le constructeur automobile.",
    figures: [{ quote: "3 000", value: 3000, low: 3000, high: 3000, qualifier: "exact", kind: "count" }],
    not: ["2026"],
  },
  {
    lang: "fr",
    text: "En Allemagne, le taux de chômage est resté inférieur à 6 % tout au long de l’année.",
    figures: [
      {
        quote: "inférieur à 6 %",
        value: 6,
        low: null,
        high: 6,
        qualifier: "less_than",
        kind: "percent",
      },
    ],
    not: [],
  },
  // --- catastrophes, climat, mesures ---
  {
    lang: "fr",
    text: "Entre 150 et 200 millimètres de pluie sont tombés en quelques heures sur les Cévennes, selon Météo-France.",
    figures: [
      {
        quote: "Entre 150 et 200 millimètres",
        value: null,
        low: 150,
        high: 200,
        qualifier: "range",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le cyclone Chido a frappé Mayotte avec des rafales de plus de 220 km/h, faisant au moins 39 morts.",
    figures: [
      {
        quote: "plus de 220 km/h",
        value: 220,
        low: 220,
        high: null,
        qualifier: "more_than",
        kind: "measure",
      },
      {
        quote: "au moins 39",
        value: 39,
        low: 39,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les rafales pourraient atteindre 150 km/h ou plus sur les côtes bretonnes, prévient Météo-France.",
    figures: [
      {
        quote: "150 km/h ou plus",
        value: 150,
        low: 150,
        high: null,
        qualifier: "at_least",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les incendies ont ravagé plus de 100 000 kilomètres carrés en Bolivie cette année.",
    figures: [
      {
        quote: "plus de 100 000 kilomètres carrés",
        value: 100000,
        low: 100000,
        high: null,
        qualifier: "more_than",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Une quinzaine de villages ont été rayés de la carte par les coulées de boue.",
    figures: [{ quote: "Une quinzaine", value: 15, low: 14, high: 17, qualifier: "about", kind: "count" }],
    not: [],
  },
  {
    lang: "fr",
    text: "Les températures atteindront 38 à 40 °C dans le Sud-Ouest jeudi.",
    figures: [{ quote: "38 à 40 °C", value: null, low: 38, high: 40, qualifier: "range", kind: "measure" }],
    not: ["jeudi"],
  },
  {
    lang: "fr",
    text: "Depuis les années 1990, la Suisse a perdu 40 % du volume de ses glaciers.",
    figures: [{ quote: "40 %", value: 40, low: 40, high: 40, qualifier: "exact", kind: "percent" }],
    not: ["années 1990"],
  },
  {
    lang: "fr",
    text: "Un éboulement a coupé la RN 90 sur 200 mètres près de Moûtiers.",
    figures: [{ quote: "200 mètres", value: 200, low: 200, high: 200, qualifier: "exact", kind: "measure" }],
    not: ["RN 90", "Un éboulement"],
  },
  // --- santé, justice, durées et heures ---
  {
    lang: "fr",
    text: "Le variant JN.1 représente désormais 62 % des cas séquencés en France, selon Santé publique France.",
    figures: [{ quote: "62 %", value: 62, low: 62, high: 62, qualifier: "exact", kind: "percent" }],
    not: ["JN.1"],
  },
  {
    lang: "fr",
    text: "En matière de terrorisme, la garde à vue peut durer jusqu’à 96 heures.",
    figures: [
      {
        quote: "jusqu’à 96 heures",
        value: 96,
        low: null,
        high: 96,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L’attaque a commencé vers 4 h 30 du matin et a duré plus de trois heures.",
    figures: [
      {
        quote: "plus de trois heures",
        value: 3,
        low: 3,
        high: null,
        qualifier: "more_than",
        kind: "measure",
      },
    ],
    not: ["4 h 30"],
  },
  {
    lang: "fr",
    text: "Les bureaux de vote ferment à 20 heures dans les grandes villes, soit deux heures plus tard qu’ailleurs.",
    figures: [{ quote: "deux heures", value: 2, low: 2, high: 2, qualifier: "exact", kind: "measure" }],
    not: ["20 heures"],
  },
  {
    lang: "fr",
    text: "Le trafic sera interrompu dès 22 h vendredi, et pendant 55 heures, sur la ligne Paris-Lyon.",
    figures: [{ quote: "55 heures", value: 55, low: 55, high: 55, qualifier: "exact", kind: "measure" }],
    not: ["22 h", "vendredi"],
  },
  {
    lang: "fr",
    text: "L’opération doit durer quelques semaines, tout au plus trois mois, selon l’état-major.",
    figures: [
      {
        quote: "tout au plus trois mois",
        value: 3,
        low: null,
        high: 3,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: [],
  },
  // --- noms, unités et heures ---
  {
    lang: "fr",
    text: "Le PSG, leader de la Ligue 1, a attiré 47 929 spectateurs au Parc des Princes.",
    figures: [{ quote: "47 929", value: 47929, low: 47929, high: 47929, qualifier: "exact", kind: "count" }],
    not: ["Ligue 1"],
  },
  {
    lang: "fr",
    text: "Le Stade toulousain a remporté son 23e titre de champion du Top 14 devant 79 804 spectateurs.",
    figures: [{ quote: "79 804", value: 79804, low: 79804, high: 79804, qualifier: "exact", kind: "count" }],
    not: ["23e", "Top 14"],
  },
  {
    lang: "fr",
    text: "Réunis à Bakou pour la COP 29, près de 200 pays se sont engagés à tripler les financements d’ici à 2035.",
    figures: [{ quote: "près de 200", value: 200, low: 180, high: 199, qualifier: "nearly", kind: "count" }],
    not: ["COP 29", "2035"],
  },
  {
    lang: "fr",
    text: "La société a loué un entrepôt de 10 000 m2 près de Lyon pour 1,2 million d’euros par an.",
    figures: [
      {
        quote: "10 000 m2",
        value: 10000,
        low: 10000,
        high: 10000,
        qualifier: "exact",
        kind: "measure",
      },
      {
        quote: "1,2 million d’euros",
        value: 1200000,
        low: 1200000,
        high: 1200000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["un entrepôt"],
  },
  {
    lang: "fr",
    text: "Il est tombé jusqu’à 30 centimètres de neige en une nuit dans les Alpes.",
    figures: [
      {
        quote: "jusqu’à 30 centimètres",
        value: 30,
        low: null,
        high: 30,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: ["une nuit"],
  },
  {
    lang: "fr",
    text: "Près d’un demi-million de personnes ont fui le sud du Liban en une semaine, selon le gouvernement.",
    figures: [
      {
        quote: "Près d’un demi-million",
        value: 500000,
        low: 450000,
        high: 499999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: ["une semaine"],
  },
  {
    lang: "fr",
    text: "Plus de 300 000 spectateurs ont assisté aux 24 Heures du Mans ce week-end.",
    figures: [
      {
        quote: "Plus de 300 000",
        value: 300000,
        low: 300001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["24 Heures du Mans"],
  },
  {
    lang: "fr",
    text: "Le couvre-feu s’applique entre 22 heures et 6 heures, et les contrevenants risquent 135 euros d’amende.",
    figures: [{ quote: "135 euros", value: 135, low: 135, high: 135, qualifier: "exact", kind: "money" }],
    not: ["22 heures", "6 heures"],
  },
  {
    lang: "fr",
    text: "À 48 heures du second tour, 52 % des électeurs se disent certains d’aller voter.",
    figures: [
      { quote: "48 heures", value: 48, low: 48, high: 48, qualifier: "exact", kind: "measure" },
      { quote: "52 %", value: 52, low: 52, high: 52, qualifier: "exact", kind: "percent" },
    ],
    not: ["second tour"],
  },
  {
    lang: "fr",
    text: "L’État versera deux milliards d’euros aux collectivités touchées par les inondations.",
    figures: [
      {
        quote: "deux milliards d’euros",
        value: 2000000000,
        low: 2000000000,
        high: 2000000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "La fusée Ariane 6 a placé en orbite un satellite de 1,2 tonne, après quatre ans de retard.",
    figures: [
      { quote: "1,2 tonne", value: 1.2, low: 1.2, high: 1.2, qualifier: "exact", kind: "measure" },
      { quote: "quatre ans", value: 4, low: 4, high: 4, qualifier: "exact", kind: "measure" },
    ],
    not: ["Ariane 6", "un satellite"],
  },
  {
    lang: "fr",
    text: "La Renault 5 électrique sera vendue 25 000 euros, soit 7 000 euros de moins que la Zoé.",
    figures: [
      {
        quote: "25 000 euros",
        value: 25000,
        low: 25000,
        high: 25000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "7 000 euros",
        value: 7000,
        low: 7000,
        high: 7000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["Renault 5"],
  },
  {
    lang: "fr",
    text: "Le ministre a annoncé sur France 2 le déblocage de 50 millions d’euros, avant de s’exprimer sur Europe 1.",
    figures: [
      {
        quote: "50 millions d’euros",
        value: 50000000,
        low: 50000000,
        high: 50000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["France 2", "Europe 1"],
  },
  {
    lang: "fr",
    text: "La récolte de maïs est estimée à 120 millions de quintaux, en baisse de 8 % sur un an.",
    figures: [
      {
        quote: "120 millions de quintaux",
        value: 120000000,
        low: 120000000,
        high: 120000000,
        qualifier: "exact",
        kind: "measure",
      },
      { quote: "8 %", value: 8, low: 8, high: 8, qualifier: "exact", kind: "percent" },
    ],
    not: ["un an"],
  },
  {
    lang: "fr",
    text: "Vingt millions de dollars ont été débloqués par la Banque mondiale pour les sinistrés.",
    figures: [
      {
        quote: "Vingt millions de dollars",
        value: 20000000,
        low: 20000000,
        high: 20000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le ticket de métro passera à 2,50 euros, contre 2,15 euros aujourd’hui, soit une hausse de 16 %.",
    figures: [
      { quote: "2,50 euros", value: 2.5, low: 2.5, high: 2.5, qualifier: "exact", kind: "money" },
      {
        quote: "2,15 euros",
        value: 2.15,
        low: 2.15,
        high: 2.15,
        qualifier: "exact",
        kind: "money",
      },
      { quote: "16 %", value: 16, low: 16, high: 16, qualifier: "exact", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "L’indice SBF 120 a cédé 2,1 % sur la semaine, plombé par les valeurs bancaires.",
    figures: [{ quote: "2,1 %", value: 2.1, low: 2.1, high: 2.1, qualifier: "exact", kind: "percent" }],
    not: ["SBF 120"],
  },
];
