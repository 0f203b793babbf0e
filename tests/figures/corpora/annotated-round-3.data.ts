// Round-3 annotated corpus for the figures engine (spec/figures.md): 120 news sentences
// (60 English, 60 French) written for QA, in styles absent from news-sentences.data.ts and
// wire-copy.data.ts: long sentences with subordinate clauses and several figures, quotations
// in « » and “ ”, parentheses, Title Case headlines, numbers right after punctuation, lists of
// tolls, elided French cues (d’environ, qu’une trentaine, jusqu’à), spelled numbers mid-sentence,
// ages, money in many forms, dates in many formats, clock times, ordinals and designations.
//
// Conventions are those of wire-copy.data.ts (spec/figures.md and lib/figures/README.md):
// quote = cue + number (+ scale) and, for percent/money/measure, the unit or currency; counts
// leave the noun out. exact [N,N]; at_least [N,null]; more_than [N+1,null] for counts, [N,null]
// otherwise; at_most [null,N]; less_than [null,N-1] for counts, [null,N] otherwise;
// about [round(0.9N), round(1.1N)]; nearly [round(0.9N), N-1]; range [A,B] value null; vague per
// the spec's table. Non-breaking (U+00A0) and narrow non-breaking (U+202F) spaces are \u escapes.

import type { AnnotatedSentence } from "../annotated-sentence";

export const roundThree: AnnotatedSentence[] = [
  // ============================== English ==============================
  {
    lang: "en",
    text: "The latest toll stands at 8 dead, 40 injured and about 300 displaced, the civil protection agency said on Tuesday.",
    figures: [
      { quote: "8", value: 8, low: 8, high: 8, qualifier: "exact", kind: "count" },
      { quote: "40", value: 40, low: 40, high: 40, qualifier: "exact", kind: "count" },
      { quote: "about 300", value: 300, low: 270, high: 330, qualifier: "about", kind: "count" },
    ],
    not: ["Tuesday"],
  },
  {
    lang: "en",
    text: "Floods Kill At Least 14, Leave Thousands Homeless in Southern Province",
    figures: [
      {
        quote: "At Least 14",
        value: 14,
        low: 14,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      { quote: "Thousands", value: null, low: 2000, high: 9999, qualifier: "vague", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Opposition parties won 112 seats out of 250 (about 45%), according to provisional results released on 01/03/2024.",
    figures: [
      { quote: "112", value: 112, low: 112, high: 112, qualifier: "exact", kind: "count" },
      { quote: "250", value: 250, low: 250, high: 250, qualifier: "exact", kind: "count" },
      { quote: "about 45%", value: 45, low: 41, high: 50, qualifier: "about", kind: "percent" },
    ],
    not: ["01/03/2024"],
  },
  {
    lang: "en",
    text: "“We have counted more than 1,200 bodies so far,” the mayor told reporters, adding that “at least 300” people were still missing.",
    figures: [
      {
        quote: "more than 1,200",
        value: 1200,
        low: 1201,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
      {
        quote: "at least 300",
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
    lang: "en",
    text: "The final tally, released on March 1st, was stark: 27 killed, 95 wounded, 12 missing.",
    figures: [
      { quote: "27", value: 27, low: 27, high: 27, qualifier: "exact", kind: "count" },
      { quote: "95", value: 95, low: 95, high: 95, qualifier: "exact", kind: "count" },
      { quote: "12", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
    ],
    not: ["March 1st"],
  },
  {
    lang: "en",
    text: "Rescuers, who worked through the night in freezing temperatures, pulled seventeen survivors and forty-two bodies from the collapsed building, the fire chief said.",
    figures: [
      { quote: "seventeen", value: 17, low: 17, high: 17, qualifier: "exact", kind: "count" },
      { quote: "forty-two", value: 42, low: 42, high: 42, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The World Bank approved a US$750 million loan, while Japan added ¥20 billion and Britain £45m in grants.",
    figures: [
      {
        quote: "US$750 million",
        value: 750000000,
        low: 750000000,
        high: 750000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "¥20 billion",
        value: 20000000000,
        low: 20000000000,
        high: 20000000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "£45m",
        value: 45000000,
        low: 45000000,
        high: 45000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The state government announced compensation of Rs 500,000 per family after 23 people died in the stampede.",
    figures: [
      {
        quote: "Rs 500,000",
        value: 500000,
        low: 500000,
        high: 500000,
        qualifier: "exact",
        kind: "money",
      },
      { quote: "23", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Support for the measure fell to just under 40 per cent, from roughly 52 per cent in mid-March, the poll showed.",
    figures: [
      {
        quote: "just under 40 per cent",
        value: 40,
        low: 36,
        high: 39,
        qualifier: "nearly",
        kind: "percent",
      },
      {
        quote: "roughly 52 per cent",
        value: 52,
        low: 47,
        high: 57,
        qualifier: "about",
        kind: "percent",
      },
    ],
    not: ["mid-March"],
  },
  {
    lang: "en",
    text: "The convoy travelled some 450 kilometres in nearly 14 hours before reaching the camp, where it unloaded 60 tonnes of flour.",
    figures: [
      {
        quote: "some 450 kilometres",
        value: 450,
        low: 405,
        high: 495,
        qualifier: "about",
        kind: "measure",
      },
      {
        quote: "nearly 14 hours",
        value: 14,
        low: 13,
        high: 13,
        qualifier: "nearly",
        kind: "measure",
      },
      { quote: "60 tonnes", value: 60, low: 60, high: 60, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Between 2019 and 2023, the number of migrants held in detention rose from 12,400 to 31,000, the report said.",
    figures: [
      { quote: "12,400", value: 12400, low: 12400, high: 12400, qualifier: "exact", kind: "count" },
      { quote: "31,000", value: 31000, low: 31000, high: 31000, qualifier: "exact", kind: "count" },
    ],
    not: ["2019", "2023"],
  },
  {
    lang: "en",
    text: "Unemployment has not been this high since the 1990s, when it peaked at 14.2%.",
    figures: [{ quote: "14.2%", value: 14.2, low: 14.2, high: 14.2, qualifier: "exact", kind: "percent" }],
    not: ["1990s"],
  },
  {
    lang: "en",
    text: "The club posted a loss of £89.2 million in 2023-24, its third consecutive deficit.",
    figures: [
      {
        quote: "£89.2 million",
        value: 89200000,
        low: 89200000,
        high: 89200000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["2023-24", "third"],
  },
  {
    lang: "en",
    text: "The curfew, which runs from 8 p.m. to 6 a.m., has led to 230 arrests in 10 days.",
    figures: [
      { quote: "230", value: 230, low: 230, high: 230, qualifier: "exact", kind: "count" },
      { quote: "10 days", value: 10, low: 10, high: 10, qualifier: "exact", kind: "measure" },
    ],
    not: ["8 p.m.", "6 a.m."],
  },
  {
    lang: "en",
    text: "On the 10th day of the strike, about 1,500 workers marched to the 3rd district headquarters.",
    figures: [
      {
        quote: "about 1,500",
        value: 1500,
        low: 1350,
        high: 1650,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["10th", "3rd"],
  },
  {
    lang: "en",
    text: "M23 rebels, backed by an estimated 4,000 Rwandan troops, pushed along Highway 5 towards Bukavu.",
    figures: [
      {
        quote: "an estimated 4,000",
        value: 4000,
        low: 3600,
        high: 4400,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["M23", "Highway 5"],
  },
  {
    lang: "en",
    text: "The air force lost two Su-25 jets and a T-90 tank was destroyed, the ministry said, putting Russian losses at 1,100 men in 24 hours.",
    figures: [
      { quote: "two", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
      { quote: "1,100", value: 1100, low: 1100, high: 1100, qualifier: "exact", kind: "count" },
      { quote: "24 hours", value: 24, low: 24, high: 24, qualifier: "exact", kind: "measure" },
    ],
    not: ["Su-25", "T-90"],
  },
  {
    lang: "en",
    text: "Airbus delivered 735 aircraft last year, including 57 A350s, and expects orders for up to 800 more in 2025.",
    figures: [
      { quote: "735", value: 735, low: 735, high: 735, qualifier: "exact", kind: "count" },
      { quote: "57", value: 57, low: 57, high: 57, qualifier: "exact", kind: "count" },
      { quote: "up to 800", value: 800, low: null, high: 800, qualifier: "at_most", kind: "count" },
    ],
    not: ["A350", "2025"],
  },
  {
    lang: "en",
    text: "Apple sold roughly 50 million iPhone 15 units in six months, analysts estimate.",
    figures: [
      {
        quote: "roughly 50 million",
        value: 50000000,
        low: 45000000,
        high: 55000000,
        qualifier: "about",
        kind: "count",
      },
      { quote: "six months", value: 6, low: 6, high: 6, qualifier: "exact", kind: "measure" },
    ],
    not: ["iPhone 15"],
  },
  {
    lang: "en",
    text: "COP28 in Dubai ended with pledges of more than $85 billion, of which less than 1% has been disbursed.",
    figures: [
      {
        quote: "more than $85 billion",
        value: 85000000000,
        low: 85000000000,
        high: null,
        qualifier: "more_than",
        kind: "money",
      },
      {
        quote: "less than 1%",
        value: 1,
        low: null,
        high: 1,
        qualifier: "less_than",
        kind: "percent",
      },
    ],
    not: ["COP28"],
  },
  {
    lang: "en",
    text: "The Apollo 11 astronauts spent 21 hours and 36 minutes on the lunar surface.",
    figures: [
      { quote: "21 hours", value: 21, low: 21, high: 21, qualifier: "exact", kind: "measure" },
      { quote: "36 minutes", value: 36, low: 36, high: 36, qualifier: "exact", kind: "measure" },
    ],
    not: ["Apollo 11"],
  },
  {
    lang: "en",
    text: "The A400M crashed 3 km from the runway, killing four of the six crew members.",
    figures: [
      { quote: "3 km", value: 3, low: 3, high: 3, qualifier: "exact", kind: "measure" },
      { quote: "four", value: 4, low: 4, high: 4, qualifier: "exact", kind: "count" },
    ],
    not: ["A400M", "six"],
  },
  {
    lang: "en",
    text: "Under Vision 2030, Saudi Arabia aims to raise the private sector’s share of GDP to 65% and attract 150 million visitors a year.",
    figures: [
      { quote: "65%", value: 65, low: 65, high: 65, qualifier: "exact", kind: "percent" },
      {
        quote: "150 million",
        value: 150000000,
        low: 150000000,
        high: 150000000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["Vision 2030"],
  },
  {
    lang: "en",
    text: "Although the ministry, which had initially reported 19 deaths, later revised its figure to 26, independent monitors who visited the hospitals put the toll at no fewer than 40, with a further 110 injured.",
    figures: [
      { quote: "19", value: 19, low: 19, high: 19, qualifier: "exact", kind: "count" },
      { quote: "26", value: 26, low: 26, high: 26, qualifier: "exact", kind: "count" },
      {
        quote: "no fewer than 40",
        value: 40,
        low: 40,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      { quote: "110", value: 110, low: 110, high: 110, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Inflation, which had peaked at 10.6% in October 2022, slowed to 2.4% in March, its lowest level in three years, while wages grew by 5.9%.",
    figures: [
      { quote: "10.6%", value: 10.6, low: 10.6, high: 10.6, qualifier: "exact", kind: "percent" },
      { quote: "2.4%", value: 2.4, low: 2.4, high: 2.4, qualifier: "exact", kind: "percent" },
      { quote: "three years", value: 3, low: 3, high: 3, qualifier: "exact", kind: "measure" },
      { quote: "5.9%", value: 5.9, low: 5.9, high: 5.9, qualifier: "exact", kind: "percent" },
    ],
    not: ["October 2022"],
  },
  {
    lang: "en",
    text: "Police arrested 14 suspects after clashes near the stadium that left 9 officers injured, two of them seriously.",
    figures: [
      { quote: "14", value: 14, low: 14, high: 14, qualifier: "exact", kind: "count" },
      { quote: "9", value: 9, low: 9, high: 9, qualifier: "exact", kind: "count" },
      { quote: "two", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Gaza Aid Convoy of 120 Trucks Crosses Rafah After 9-Day Wait",
    figures: [{ quote: "120", value: 120, low: 120, high: 120, qualifier: "exact", kind: "count" }],
    not: ["9-Day"],
  },
  {
    lang: "en",
    text: "Nearly Half a Million Flee as Wildfires Rage; Damage Put at $2.1bn",
    figures: [
      {
        quote: "Nearly Half a Million",
        value: 500000,
        low: 450000,
        high: 499999,
        qualifier: "nearly",
        kind: "count",
      },
      {
        quote: "$2.1bn",
        value: 2100000000,
        low: 2100000000,
        high: 2100000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The blasts killed 12 soldiers, 3 police officers and 2 civilians, the army said in a statement dated 15/06/2024.",
    figures: [
      { quote: "12", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
      { quote: "3", value: 3, low: 3, high: 3, qualifier: "exact", kind: "count" },
      { quote: "2", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
    ],
    not: ["15/06/2024"],
  },
  {
    lang: "en",
    text: "Some 60% of respondents (up from 48% in 2020) said they trusted the media “not very much” or “not at all”.",
    figures: [
      { quote: "Some 60%", value: 60, low: 54, high: 66, qualifier: "about", kind: "percent" },
      { quote: "48%", value: 48, low: 48, high: 48, qualifier: "exact", kind: "percent" },
    ],
    not: ["2020"],
  },
  {
    lang: "en",
    text: "The pension fund has lost a large part of its value (more than $3bn) since the crisis began.",
    figures: [
      {
        quote: "more than $3bn",
        value: 3000000000,
        low: 3000000000,
        high: null,
        qualifier: "more_than",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The strike, which began at 6am on Monday and ended 48 hours later, cost the rail operator an estimated £35 million.",
    figures: [
      { quote: "48 hours", value: 48, low: 48, high: 48, qualifier: "exact", kind: "measure" },
      {
        quote: "an estimated £35 million",
        value: 35000000,
        low: 31500000,
        high: 38500000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: ["6am", "Monday"],
  },
  {
    lang: "en",
    text: "Temperatures hit 48.5°C in Jacobabad on Sunday, and at least 17 people died of heatstroke.",
    figures: [
      { quote: "48.5°C", value: 48.5, low: 48.5, high: 48.5, qualifier: "exact", kind: "measure" },
      {
        quote: "at least 17",
        value: 17,
        low: 17,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: ["Sunday"],
  },
  {
    lang: "en",
    text: "Turnout was around 62 per cent (compared with 58.3% at the 2019 election), and the ruling party took 41%.",
    figures: [
      {
        quote: "around 62 per cent",
        value: 62,
        low: 56,
        high: 68,
        qualifier: "about",
        kind: "percent",
      },
      { quote: "58.3%", value: 58.3, low: 58.3, high: 58.3, qualifier: "exact", kind: "percent" },
      { quote: "41%", value: 41, low: 41, high: 41, qualifier: "exact", kind: "percent" },
    ],
    not: ["2019"],
  },
  {
    lang: "en",
    text: "The earthquake, of magnitude 6.8, struck at 11:11 p.m., 72 km south-west of Marrakesh, killing almost 3,000 people.",
    figures: [
      { quote: "72 km", value: 72, low: 72, high: 72, qualifier: "exact", kind: "measure" },
      {
        quote: "almost 3,000",
        value: 3000,
        low: 2700,
        high: 2999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: ["6.8", "11:11 p.m."],
  },
  {
    lang: "en",
    text: "UN Says More Than 2 Million Sudanese Have Fled to Chad, Egypt",
    figures: [
      {
        quote: "More Than 2 Million",
        value: 2000000,
        low: 2000001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Only nine schools in the district have reopened out of 40, according to the education office.",
    figures: [
      { quote: "nine", value: 9, low: 9, high: 9, qualifier: "exact", kind: "count" },
      { quote: "40", value: 40, low: 40, high: 40, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Around 2,000 farmers blocked the A1 motorway near Lille, and 300 tractors were parked outside the prefecture.",
    figures: [
      {
        quote: "Around 2,000",
        value: 2000,
        low: 1800,
        high: 2200,
        qualifier: "about",
        kind: "count",
      },
      { quote: "300", value: 300, low: 300, high: 300, qualifier: "exact", kind: "count" },
    ],
    not: ["A1"],
  },
  {
    lang: "en",
    text: "The Boeing 787 was carrying 242 passengers and 12 crew when it crashed at 1:38 p.m. local time.",
    figures: [
      { quote: "242", value: 242, low: 242, high: 242, qualifier: "exact", kind: "count" },
      { quote: "12", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
    ],
    not: ["Boeing 787", "1:38 p.m."],
  },
  {
    lang: "en",
    text: "The toll — 63 dead, including 14 children — is expected to rise as rescuers reach the hillside villages.",
    figures: [
      { quote: "63", value: 63, low: 63, high: 63, qualifier: "exact", kind: "count" },
      { quote: "14", value: 14, low: 14, high: 14, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Hurricane Milton, a Category 5 storm, left more than 3 million homes without power and caused up to $50 billion in damage.",
    figures: [
      {
        quote: "more than 3 million",
        value: 3000000,
        low: 3000001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
      {
        quote: "up to $50 billion",
        value: 50000000000,
        low: null,
        high: 50000000000,
        qualifier: "at_most",
        kind: "money",
      },
    ],
    not: ["Category 5"],
  },
  {
    lang: "en",
    text: "At the 2024 Paris Games, 10,500 athletes from 206 delegations competed for 16 days.",
    figures: [
      { quote: "10,500", value: 10500, low: 10500, high: 10500, qualifier: "exact", kind: "count" },
      { quote: "206", value: 206, low: 206, high: 206, qualifier: "exact", kind: "count" },
      { quote: "16 days", value: 16, low: 16, high: 16, qualifier: "exact", kind: "measure" },
    ],
    not: ["2024"],
  },
  {
    lang: "en",
    text: "NATO has invoked Article 5 only once, after attacks that killed 2,977 people.",
    figures: [{ quote: "2,977", value: 2977, low: 2977, high: 2977, qualifier: "exact", kind: "count" }],
    not: ["Article 5"],
  },
  {
    lang: "en",
    text: "The ferry, carrying 300-odd passengers, sank 2 nautical miles off the coast.",
    figures: [
      { quote: "300-odd", value: 300, low: 270, high: 330, qualifier: "about", kind: "count" },
      { quote: "2 nautical miles", value: 2, low: 2, high: 2, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Dozens of protesters and at least two journalists were detained, while 5 others were later released on bail.",
    figures: [
      { quote: "Dozens", value: null, low: 24, high: 99, qualifier: "vague", kind: "count" },
      { quote: "at least two", value: 2, low: 2, high: null, qualifier: "at_least", kind: "count" },
      { quote: "5", value: 5, low: 5, high: 5, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Prices rose 0.4% month on month and 3.2% year on year, the 2nd consecutive increase.",
    figures: [
      { quote: "0.4%", value: 0.4, low: 0.4, high: 0.4, qualifier: "exact", kind: "percent" },
      { quote: "3.2%", value: 3.2, low: 3.2, high: 3.2, qualifier: "exact", kind: "percent" },
    ],
    not: ["2nd"],
  },
  {
    lang: "en",
    text: "A 25-mile exclusion zone was set up, and some 12,000 residents living within 15 miles of the plant were evacuated.",
    figures: [
      {
        quote: "some 12,000",
        value: 12000,
        low: 10800,
        high: 13200,
        qualifier: "about",
        kind: "count",
      },
      { quote: "15 miles", value: 15, low: 15, high: 15, qualifier: "exact", kind: "measure" },
    ],
    not: ["25-mile"],
  },
  {
    lang: "en",
    text: "The bill passed by 312 votes to 204, a majority of 108.",
    figures: [
      { quote: "312", value: 312, low: 312, high: 312, qualifier: "exact", kind: "count" },
      { quote: "204", value: 204, low: 204, high: 204, qualifier: "exact", kind: "count" },
      { quote: "108", value: 108, low: 108, high: 108, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "Sales of electric vehicles, which accounted for 18% of the market, jumped by 35 percent to almost 14 million.",
    figures: [
      { quote: "18%", value: 18, low: 18, high: 18, qualifier: "exact", kind: "percent" },
      { quote: "35 percent", value: 35, low: 35, high: 35, qualifier: "exact", kind: "percent" },
      {
        quote: "almost 14 million",
        value: 14000000,
        low: 12600000,
        high: 13999999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "GDP grew by 0.6% in Q3, after 0.2% in Q2, the statistics office said.",
    figures: [
      { quote: "0.6%", value: 0.6, low: 0.6, high: 0.6, qualifier: "exact", kind: "percent" },
      { quote: "0.2%", value: 0.2, low: 0.2, high: 0.2, qualifier: "exact", kind: "percent" },
    ],
    not: ["Q3", "Q2"],
  },
  {
    lang: "en",
    text: "Leaders of the G7 agreed to lend Ukraine $50bn backed by frozen Russian assets worth some $280bn.",
    figures: [
      {
        quote: "$50bn",
        value: 50000000000,
        low: 50000000000,
        high: 50000000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "some $280bn",
        value: 280000000000,
        low: 252000000000,
        high: 308000000000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: ["G7"],
  },
  {
    lang: "en",
    text: "The air force said it had shot down 23 of 26 Shahed drones launched overnight, as well as two Kh-101 cruise missiles.",
    figures: [
      { quote: "23", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" },
      { quote: "26", value: 26, low: 26, high: 26, qualifier: "exact", kind: "count" },
      { quote: "two", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
    ],
    not: ["Kh-101"],
  },
  {
    lang: "en",
    text: "The 1,000-page report found that up to 40 per cent of the funds had been misused.",
    figures: [
      {
        quote: "up to 40 per cent",
        value: 40,
        low: null,
        high: 40,
        qualifier: "at_most",
        kind: "percent",
      },
    ],
    not: ["1,000-page"],
  },
  {
    lang: "en",
    text: "The walk-out involved between 3,000 and 4,000 nurses and lasted 36 hours.",
    figures: [
      {
        quote: "between 3,000 and 4,000",
        value: null,
        low: 3000,
        high: 4000,
        qualifier: "range",
        kind: "count",
      },
      { quote: "36 hours", value: 36, low: 36, high: 36, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "en",
    text: "The vote takes place on the 3rd of May, and polling stations open at 7 a.m.",
    figures: [],
    not: ["3rd", "7 a.m."],
  },
  {
    lang: "en",
    text: "Britain will send 14 Challenger 2 tanks and about 30 AS-90 guns, the defence secretary said.",
    figures: [
      { quote: "14", value: 14, low: 14, high: 14, qualifier: "exact", kind: "count" },
      { quote: "about 30", value: 30, low: 27, high: 33, qualifier: "about", kind: "count" },
    ],
    not: ["Challenger 2", "AS-90"],
  },
  {
    lang: "en",
    text: "A three-day truce allowed some 40 trucks to enter the city, the first convoy in two weeks.",
    figures: [
      { quote: "some 40", value: 40, low: 36, high: 44, qualifier: "about", kind: "count" },
      { quote: "two weeks", value: 2, low: 2, high: 2, qualifier: "exact", kind: "measure" },
    ],
    not: ["three-day", "first"],
  },
  {
    lang: "en",
    text: "Half a dozen armed men stormed the bank at 9.30 a.m., taking 15 hostages.",
    figures: [
      { quote: "Half a dozen", value: 6, low: 5, high: 7, qualifier: "about", kind: "count" },
      { quote: "15", value: 15, low: 15, high: 15, qualifier: "exact", kind: "count" },
    ],
    not: ["9.30 a.m."],
  },
  {
    lang: "en",
    text: "Some 3,500 troops of the 82nd Airborne Division have been deployed to Poland.",
    figures: [
      {
        quote: "Some 3,500",
        value: 3500,
        low: 3150,
        high: 3850,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["82nd"],
  },
  {
    lang: "en",
    text: "The government signed a £1.2bn deal for 12 F-35B jets, due to be delivered by the mid-2030s.",
    figures: [
      {
        quote: "£1.2bn",
        value: 1200000000,
        low: 1200000000,
        high: 1200000000,
        qualifier: "exact",
        kind: "money",
      },
      { quote: "12", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
    ],
    not: ["F-35B", "mid-2030s"],
  },
  // ============================== French ==============================
  {
    lang: "fr",
    text: "« Nous avons recensé au moins 45 morts et 130 blessés », a déclaré le préfet jeudi soir.",
    figures: [
      {
        quote: "au moins 45",
        value: 45,
        low: 45,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      { quote: "130", value: 130, low: 130, high: 130, qualifier: "exact", kind: "count" },
    ],
    not: ["jeudi"],
  },
  {
    lang: "fr",
    text: "Les autorités font état d’un bilan d’environ 300 morts, dont une quarantaine d’enfants.",
    figures: [
      { quote: "environ 300", value: 300, low: 270, high: 330, qualifier: "about", kind: "count" },
      { quote: "une quarantaine", value: 40, low: 36, high: 44, qualifier: "about", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Il ne reste plus qu’une trentaine de familles dans le village, contre 400 avant la guerre.",
    figures: [
      { quote: "une trentaine", value: 30, low: 27, high: 33, qualifier: "about", kind: "count" },
      { quote: "400", value: 400, low: 400, high: 400, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les cumuls de pluie pourraient atteindre jusqu’à 200 mm en 24 heures dans le Gard.",
    figures: [
      {
        quote: "jusqu’à 200 mm",
        value: 200,
        low: null,
        high: 200,
        qualifier: "at_most",
        kind: "measure",
      },
      { quote: "24 heures", value: 24, low: 24, high: 24, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le suspect, âgé de 45 ans, a été interpellé mardi à 8h15 à son domicile.",
    figures: [{ quote: "45 ans", value: 45, low: 45, high: 45, qualifier: "exact", kind: "measure" }],
    not: ["mardi", "8h15"],
  },
  {
    lang: "fr",
    text: "Une femme de 72 ans a péri dans l’incendie, tandis que ses deux petits-enfants ont été hospitalisés.",
    figures: [{ quote: "72 ans", value: 72, low: 72, high: 72, qualifier: "exact", kind: "measure" }],
    not: ["deux"],
  },
  {
    lang: "fr",
    text: "Le Mali a obtenu un prêt de 120 millions de dollars de la Banque mondiale et 45 M€ de l’Union européenne.",
    figures: [
      {
        quote: "120 millions de dollars",
        value: 120000000,
        low: 120000000,
        high: 120000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "45 M€",
        value: 45000000,
        low: 45000000,
        high: 45000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le budget des armées atteindra 413 milliards d’euros sur la période 2024-2030, soit une hausse de 40 %.",
    figures: [
      {
        quote: "413 milliards d’euros",
        value: 413000000000,
        low: 413000000000,
        high: 413000000000,
        qualifier: "exact",
        kind: "money",
      },
      { quote: "40 %", value: 40, low: 40, high: 40, qualifier: "exact", kind: "percent" },
    ],
    not: ["2024-2030"],
  },
  {
    lang: "fr",
    text: "Le gouvernement a déclenché l’article 49.3 pour faire adopter un budget de 492 milliards d’euros.",
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
    not: ["49.3"],
  },
  {
    lang: "fr",
    text: "La ligne 14 prolongée transporte déjà près de 1,1 million de voyageurs par jour, selon la RATP.",
    figures: [
      {
        quote: "près de 1,1 million",
        value: 1100000,
        low: 990000,
        high: 1099999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: ["ligne 14"],
  },
  {
    lang: "fr",
    text: "Partie à 14 h de la place de la République, la manifestation a réuni 15\u00a0000 personnes selon la police et 80\u00a0000 selon les syndicats.",
    figures: [
      {
        quote: "15\u00a0000",
        value: 15000,
        low: 15000,
        high: 15000,
        qualifier: "exact",
        kind: "count",
      },
      {
        quote: "80\u00a0000",
        value: 80000,
        low: 80000,
        high: 80000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["14 h"],
  },
  {
    lang: "fr",
    text: "Le couvre-feu entrera en vigueur à 20 heures et durera 15 jours.",
    figures: [{ quote: "15 jours", value: 15, low: 15, high: 15, qualifier: "exact", kind: "measure" }],
    not: ["20 heures"],
  },
  {
    lang: "fr",
    text: "Entre le 1er mars et le 15 avril, 2\u202f340 migrants ont débarqué sur l’île, soit 60 % de plus qu’en 2023.",
    figures: [
      {
        quote: "2\u202f340",
        value: 2340,
        low: 2340,
        high: 2340,
        qualifier: "exact",
        kind: "count",
      },
      { quote: "60 %", value: 60, low: 60, high: 60, qualifier: "exact", kind: "percent" },
    ],
    not: ["1er mars", "15 avril", "2023"],
  },
  {
    lang: "fr",
    text: "Sous la IIIe République, la Chambre a compté jusqu’à 600 députés.",
    figures: [
      {
        quote: "jusqu’à 600",
        value: 600,
        low: null,
        high: 600,
        qualifier: "at_most",
        kind: "count",
      },
    ],
    not: ["IIIe"],
  },
  {
    lang: "fr",
    text: "Le 3e arrondissement compte environ 34\u00a0000 habitants, soit 8 % de moins qu’en 2013.",
    figures: [
      {
        quote: "environ 34\u00a0000",
        value: 34000,
        low: 30600,
        high: 37400,
        qualifier: "about",
        kind: "count",
      },
      { quote: "8 %", value: 8, low: 8, high: 8, qualifier: "exact", kind: "percent" },
    ],
    not: ["3e", "2013"],
  },
  {
    lang: "fr",
    text: "Selon l’ONG, qui dit avoir documenté chaque cas, pas moins de 1\u00a0200 personnes ont été arrêtées depuis janvier, dont 87 mineurs, et au moins 23 sont mortes en détention.",
    figures: [
      {
        quote: "pas moins de 1\u00a0200",
        value: 1200,
        low: 1200,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      { quote: "87", value: 87, low: 87, high: 87, qualifier: "exact", kind: "count" },
      {
        quote: "au moins 23",
        value: 23,
        low: 23,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
    ],
    not: ["janvier"],
  },
  {
    lang: "fr",
    text: "Inondations : Au Moins 12 Morts Et Des Milliers De Sinistrés Dans Le Var",
    figures: [
      {
        quote: "Au Moins 12",
        value: 12,
        low: 12,
        high: null,
        qualifier: "at_least",
        kind: "count",
      },
      {
        quote: "Des Milliers",
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
    text: "Séisme au Maroc : plus de 2 000 morts, selon un nouveau bilan",
    figures: [
      {
        quote: "plus de 2 000",
        value: 2000,
        low: 2001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Bilan : 8 morts, 40 blessés, dont 6 grièvement, et quelque 300 déplacés.",
    figures: [
      { quote: "8", value: 8, low: 8, high: 8, qualifier: "exact", kind: "count" },
      { quote: "40", value: 40, low: 40, high: 40, qualifier: "exact", kind: "count" },
      { quote: "6", value: 6, low: 6, high: 6, qualifier: "exact", kind: "count" },
      { quote: "quelque 300", value: 300, low: 270, high: 330, qualifier: "about", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les secouristes ont extrait vingt-trois survivants et quatre-vingt-onze corps des décombres, a précisé la protection civile.",
    figures: [
      { quote: "vingt-trois", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" },
      {
        quote: "quatre-vingt-onze",
        value: 91,
        low: 91,
        high: 91,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Au total, soixante et onze détenus se sont évadés dans la nuit, dont douze ont été repris depuis.",
    figures: [
      {
        quote: "soixante et onze",
        value: 71,
        low: 71,
        high: 71,
        qualifier: "exact",
        kind: "count",
      },
      { quote: "douze", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le taux de chômage des jeunes atteint près de 18 %, contre un peu plus de 7 % pour l’ensemble de la population.",
    figures: [
      { quote: "près de 18 %", value: 18, low: 16, high: 17, qualifier: "nearly", kind: "percent" },
      {
        quote: "un peu plus de 7 %",
        value: 7,
        low: 7,
        high: null,
        qualifier: "more_than",
        kind: "percent",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le cortège a parcouru quelque 12 kilomètres en un peu moins de 90 minutes.",
    figures: [
      {
        quote: "quelque 12 kilomètres",
        value: 12,
        low: 11,
        high: 13,
        qualifier: "about",
        kind: "measure",
      },
      {
        quote: "un peu moins de 90 minutes",
        value: 90,
        low: 81,
        high: 89,
        qualifier: "nearly",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "« Il y a eu 200 interpellations », a affirmé le ministre de l’Intérieur sur France 2.",
    figures: [{ quote: "200", value: 200, low: 200, high: 200, qualifier: "exact", kind: "count" }],
    not: ["France 2"],
  },
  {
    lang: "fr",
    text: "Le 01/03/2024, les douaniers ont saisi 1,2 tonne de cocaïne et 350\u00a0000 euros en liquide.",
    figures: [
      { quote: "1,2 tonne", value: 1.2, low: 1.2, high: 1.2, qualifier: "exact", kind: "measure" },
      {
        quote: "350\u00a0000 euros",
        value: 350000,
        low: 350000,
        high: 350000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["01/03/2024"],
  },
  {
    lang: "fr",
    text: "Jamais depuis les années 1990 le pays n’avait accueilli autant de touristes : 100 millions en 2024.",
    figures: [
      {
        quote: "100 millions",
        value: 100000000,
        low: 100000000,
        high: 100000000,
        qualifier: "exact",
        kind: "count",
      },
    ],
    not: ["années 1990", "2024"],
  },
  {
    lang: "fr",
    text: "Les bureaux de vote fermeront à 20 h et la participation était de 59,4 % à 17 heures.",
    figures: [{ quote: "59,4 %", value: 59.4, low: 59.4, high: 59.4, qualifier: "exact", kind: "percent" }],
    not: ["20 h", "17 heures"],
  },
  {
    lang: "fr",
    text: "Les rebelles du M23 contrôlent désormais près de 70 % du Nord-Kivu, d’où plus de 1,7 million de personnes ont fui.",
    figures: [
      { quote: "près de 70 %", value: 70, low: 63, high: 69, qualifier: "nearly", kind: "percent" },
      {
        quote: "plus de 1,7 million",
        value: 1700000,
        low: 1700001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
    ],
    not: ["M23"],
  },
  {
    lang: "fr",
    text: "La France a commandé 50 A400M, dont 23 ont déjà été livrés, pour un coût unitaire d’environ 150 millions d’euros.",
    figures: [
      { quote: "50", value: 50, low: 50, high: 50, qualifier: "exact", kind: "count" },
      { quote: "23", value: 23, low: 23, high: 23, qualifier: "exact", kind: "count" },
      {
        quote: "environ 150 millions d’euros",
        value: 150000000,
        low: 135000000,
        high: 165000000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: ["A400M"],
  },
  {
    lang: "fr",
    text: "L’Inde va acquérir 26 Rafale Marine pour près de 7 milliards d’euros.",
    figures: [
      { quote: "26", value: 26, low: 26, high: 26, qualifier: "exact", kind: "count" },
      {
        quote: "près de 7 milliards d’euros",
        value: 7000000000,
        low: 6300000000,
        high: 6999999999,
        qualifier: "nearly",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Lors de la COP21, 195 pays s’étaient engagés à limiter le réchauffement à 1,5 °C.",
    figures: [
      { quote: "195", value: 195, low: 195, high: 195, qualifier: "exact", kind: "count" },
      { quote: "1,5 °C", value: 1.5, low: 1.5, high: 1.5, qualifier: "exact", kind: "measure" },
    ],
    not: ["COP21"],
  },
  {
    lang: "fr",
    text: "L’Airbus A350 d’Air France transportait 324 passagers et 12 membres d’équipage.",
    figures: [
      { quote: "324", value: 324, low: 324, high: 324, qualifier: "exact", kind: "count" },
      { quote: "12", value: 12, low: 12, high: 12, qualifier: "exact", kind: "count" },
    ],
    not: ["A350"],
  },
  {
    lang: "fr",
    text: "Le plan France 2030, doté de 54 milliards d’euros, doit financer une cinquantaine de projets.",
    figures: [
      {
        quote: "54 milliards d’euros",
        value: 54000000000,
        low: 54000000000,
        high: 54000000000,
        qualifier: "exact",
        kind: "money",
      },
      {
        quote: "une cinquantaine",
        value: 50,
        low: 45,
        high: 55,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["France 2030"],
  },
  {
    lang: "fr",
    text: "L’armée ukrainienne affirme avoir détruit 14 chars, dont trois T-90, et abattu un Su-25.",
    figures: [
      { quote: "14", value: 14, low: 14, high: 14, qualifier: "exact", kind: "count" },
      { quote: "trois", value: 3, low: 3, high: 3, qualifier: "exact", kind: "count" },
    ],
    not: ["T-90", "Su-25"],
  },
  {
    lang: "fr",
    text: "L’amende pourra aller jusqu’à 75\u00a0000 € et la peine jusqu’à cinq ans de prison.",
    figures: [
      {
        quote: "jusqu’à 75\u00a0000 €",
        value: 75000,
        low: null,
        high: 75000,
        qualifier: "at_most",
        kind: "money",
      },
      {
        quote: "jusqu’à cinq ans",
        value: 5,
        low: null,
        high: 5,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les experts évoquent une hausse d’au moins 2 °C d’ici à 2050.",
    figures: [
      {
        quote: "au moins 2 °C",
        value: 2,
        low: 2,
        high: null,
        qualifier: "at_least",
        kind: "measure",
      },
    ],
    not: ["2050"],
  },
  {
    lang: "fr",
    text: "Le parti a obtenu 88 sièges (environ 15 %), loin derrière la coalition présidentielle.",
    figures: [
      { quote: "88", value: 88, low: 88, high: 88, qualifier: "exact", kind: "count" },
      { quote: "environ 15 %", value: 15, low: 14, high: 17, qualifier: "about", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les exportations de vins et spiritueux (près de 15,5 milliards d’euros en 2023) ont reculé de 4 %.",
    figures: [
      {
        quote: "près de 15,5 milliards d’euros",
        value: 15500000000,
        low: 13950000000,
        high: 15499999999,
        qualifier: "nearly",
        kind: "money",
      },
      { quote: "4 %", value: 4, low: 4, high: 4, qualifier: "exact", kind: "percent" },
    ],
    not: ["2023"],
  },
  {
    lang: "fr",
    text: "Chelsea a déboursé 115 millions de livres sterling pour le milieu de terrain argentin.",
    figures: [
      {
        quote: "115 millions de livres sterling",
        value: 115000000,
        low: 115000000,
        high: 115000000,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Quatre-vingts ans après le Débarquement, quelque 200 vétérans ont assisté aux cérémonies du 6 juin.",
    figures: [
      {
        quote: "Quatre-vingts ans",
        value: 80,
        low: 80,
        high: 80,
        qualifier: "exact",
        kind: "measure",
      },
      { quote: "quelque 200", value: 200, low: 180, high: 220, qualifier: "about", kind: "count" },
    ],
    not: ["6 juin"],
  },
  {
    lang: "fr",
    text: "Plus de deux mille personnes ont assisté aux obsèques, qui ont duré trois heures.",
    figures: [
      {
        quote: "Plus de deux mille",
        value: 2000,
        low: 2001,
        high: null,
        qualifier: "more_than",
        kind: "count",
      },
      { quote: "trois heures", value: 3, low: 3, high: 3, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Un millier de policiers et gendarmes seront mobilisés, dont 200 à Paris.",
    figures: [
      { quote: "Un millier", value: 1000, low: 900, high: 1100, qualifier: "about", kind: "count" },
      { quote: "200", value: 200, low: 200, high: 200, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Plusieurs centaines de personnes ont été évacuées et 35 maisons ont été détruites.",
    figures: [
      {
        quote: "Plusieurs centaines",
        value: null,
        low: 200,
        high: 999,
        qualifier: "vague",
        kind: "count",
      },
      { quote: "35", value: 35, low: 35, high: 35, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le taux d’abstention a atteint 52 pour cent au premier tour, contre 47,5 % en 2022.",
    figures: [
      { quote: "52 pour cent", value: 52, low: 52, high: 52, qualifier: "exact", kind: "percent" },
      { quote: "47,5 %", value: 47.5, low: 47.5, high: 47.5, qualifier: "exact", kind: "percent" },
    ],
    not: ["premier", "2022"],
  },
  {
    lang: "fr",
    text: "Le train, parti de Lyon à 8h15, a déraillé à 40 km de Grenoble avec 230 passagers à bord.",
    figures: [
      { quote: "40 km", value: 40, low: 40, high: 40, qualifier: "exact", kind: "measure" },
      { quote: "230", value: 230, low: 230, high: 230, qualifier: "exact", kind: "count" },
    ],
    not: ["8h15"],
  },
  {
    lang: "fr",
    text: "Un accident sur la RN7 a fait deux morts et cinq blessés samedi soir.",
    figures: [
      { quote: "deux", value: 2, low: 2, high: 2, qualifier: "exact", kind: "count" },
      { quote: "cinq", value: 5, low: 5, high: 5, qualifier: "exact", kind: "count" },
    ],
    not: ["RN7", "samedi"],
  },
  {
    lang: "fr",
    text: "Des bouchons de près de 30 km se sont formés sur l’A7 en direction du sud.",
    figures: [
      {
        quote: "près de 30 km",
        value: 30,
        low: 27,
        high: 29,
        qualifier: "nearly",
        kind: "measure",
      },
    ],
    not: ["A7"],
  },
  {
    lang: "fr",
    text: "Le nombre de demandeurs d’emploi (3,1 millions) a baissé de 1,2 % au premier trimestre.",
    figures: [
      {
        quote: "3,1 millions",
        value: 3100000,
        low: 3100000,
        high: 3100000,
        qualifier: "exact",
        kind: "count",
      },
      { quote: "1,2 %", value: 1.2, low: 1.2, high: 1.2, qualifier: "exact", kind: "percent" },
    ],
    not: ["premier"],
  },
  {
    lang: "fr",
    text: "Le parti n’a recueilli qu’environ 12 % des voix, malgré une campagne d’environ 300\u00a0000 euros.",
    figures: [
      { quote: "environ 12 %", value: 12, low: 11, high: 13, qualifier: "about", kind: "percent" },
      {
        quote: "environ 300\u00a0000 euros",
        value: 300000,
        low: 270000,
        high: 330000,
        qualifier: "about",
        kind: "money",
      },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Les températures pourraient grimper jusqu’à 42 °C d’ici au 15 août dans la vallée du Rhône.",
    figures: [
      {
        quote: "jusqu’à 42 °C",
        value: 42,
        low: null,
        high: 42,
        qualifier: "at_most",
        kind: "measure",
      },
    ],
    not: ["15 août"],
  },
  {
    lang: "fr",
    text: "La dette publique atteint 3\u00a0228 milliards d’euros, soit 112 % du PIB.",
    figures: [
      {
        quote: "3\u00a0228 milliards d’euros",
        value: 3228000000000,
        low: 3228000000000,
        high: 3228000000000,
        qualifier: "exact",
        kind: "money",
      },
      { quote: "112 %", value: 112, low: 112, high: 112, qualifier: "exact", kind: "percent" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Une dizaine d’hommes armés ont attaqué le poste, tuant sept soldats, selon l’armée, qui dit avoir « neutralisé » quatre assaillants.",
    figures: [
      { quote: "Une dizaine", value: 10, low: 9, high: 11, qualifier: "about", kind: "count" },
      { quote: "sept", value: 7, low: 7, high: 7, qualifier: "exact", kind: "count" },
      { quote: "quatre", value: 4, low: 4, high: 4, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Vingt ans après la canicule de 2003, qui avait fait près de 15\u00a0000 morts, les maisons de retraite restent mal équipées.",
    figures: [
      { quote: "Vingt ans", value: 20, low: 20, high: 20, qualifier: "exact", kind: "measure" },
      {
        quote: "près de 15\u00a0000",
        value: 15000,
        low: 13500,
        high: 14999,
        qualifier: "nearly",
        kind: "count",
      },
    ],
    not: ["2003"],
  },
  {
    lang: "fr",
    text: "C’est la pire crue du XXIe siècle : l’eau est montée de 4,5 mètres en 48 heures.",
    figures: [
      { quote: "4,5 mètres", value: 4.5, low: 4.5, high: 4.5, qualifier: "exact", kind: "measure" },
      { quote: "48 heures", value: 48, low: 48, high: 48, qualifier: "exact", kind: "measure" },
    ],
    not: ["XXIe"],
  },
  {
    lang: "fr",
    text: "Le 1er mai, entre 120\u00a0000 et 150\u00a0000 personnes ont défilé dans toute la France.",
    figures: [
      {
        quote: "entre 120\u00a0000 et 150\u00a0000",
        value: null,
        low: 120000,
        high: 150000,
        qualifier: "range",
        kind: "count",
      },
    ],
    not: ["1er mai"],
  },
  {
    lang: "fr",
    text: "Le 11 novembre 1918 à 11 heures, l’armistice mettait fin à une guerre qui avait fait quelque 18 millions de morts.",
    figures: [
      {
        quote: "quelque 18 millions",
        value: 18000000,
        low: 16200000,
        high: 19800000,
        qualifier: "about",
        kind: "count",
      },
    ],
    not: ["11 novembre 1918", "11 heures"],
  },
  {
    lang: "fr",
    text: "Le projet de loi a été adopté par 289 voix contre 245, après onze heures de débat.",
    figures: [
      { quote: "289", value: 289, low: 289, high: 289, qualifier: "exact", kind: "count" },
      { quote: "245", value: 245, low: 245, high: 245, qualifier: "exact", kind: "count" },
      { quote: "onze heures", value: 11, low: 11, high: 11, qualifier: "exact", kind: "measure" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Au moins un mort et 14 blessés : c’est le bilan de l’attaque au couteau survenue dans la gare.",
    figures: [
      { quote: "Au moins un", value: 1, low: 1, high: null, qualifier: "at_least", kind: "count" },
      { quote: "14", value: 14, low: 14, high: 14, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
  {
    lang: "fr",
    text: "Le Smic passera à 1\u202f801,80 € brut par mois au 1er janvier.",
    figures: [
      {
        quote: "1\u202f801,80 €",
        value: 1801.8,
        low: 1801.8,
        high: 1801.8,
        qualifier: "exact",
        kind: "money",
      },
    ],
    not: ["1er janvier"],
  },
  {
    lang: "fr",
    text: "Des rafales à plus de 150 km/h ont été enregistrées sur le littoral, où 40 000 foyers sont privés d’électricité.",
    figures: [
      {
        quote: "plus de 150 km/h",
        value: 150,
        low: 150,
        high: null,
        qualifier: "more_than",
        kind: "measure",
      },
      { quote: "40 000", value: 40000, low: 40000, high: 40000, qualifier: "exact", kind: "count" },
    ],
    not: [],
  },
];
