// News-style article text in English and French, generated from a fixed seed so that every
// run of a benchmark reads the same words: npm run bench:figures and npm run bench use it.
import { findFigures, type Lang } from "../../lib/figures";

const PARAGRAPHS: Array<[Lang, string]> = [
  [
    "en",
    "At least {n} soldiers were killed in air strikes on {day} February, the provincial governor said on Thursday, while a monitoring group put the toll at more than {n2}. Officials said {n3} others were wounded and taken to hospitals near the border.",
  ],
  [
    "en",
    "The agency estimated that some {m} million people had fled the region since December, and that nearly {n} camps were over capacity. Aid groups said up to {n4} trucks a day would be needed, at a cost of about ${b}bn over {n} months.",
  ],
  [
    "en",
    "Unemployment rose to {p}% in the third quarter, from {p2}% a year earlier, the statistics office said, while inflation eased to between {n} and {n2} per cent. The F-16 deal, worth €{b} billion, was signed at 10:30 on March 5, 2020.",
  ],
  [
    "en",
    "Dozens of houses were destroyed and hundreds of families were left homeless after the storm, which packed winds of {n4} km/h. Rescuers searched for {n} hours; fewer than {n3} people remained missing by Sunday.",
  ],
  [
    "en",
    "Tens of thousands of protesters marched through the capital, police said, though organisers claimed over {n4},000. The rally lasted six hours and ended peacefully shortly after 11pm.",
  ],
  [
    "en",
    "The ministry said {n3} of the {n} schools had reopened, and that as many as {n2} teachers had not been paid for {n} weeks. Twenty-nine districts reported shortages in the COVID-19 vaccine programme.",
  ],
  [
    "fr",
    "Au moins {n} soldats ont été tués dans des frappes aériennes le {day} février, selon le gouverneur de la province, tandis que l'OSDH faisait état de plus de {n2} morts. Une trentaine de blessés ont été transférés vers les hôpitaux de la région.",
  ],
  [
    "fr",
    "Selon l'agence, quelque {m},{d} millions de personnes ont fui la région depuis décembre, et près de {n} camps sont saturés. Les ONG estiment qu'il faudrait jusqu'à {n4} camions par jour, pour un coût d'environ {b} milliards d'euros.",
  ],
  [
    "fr",
    "Le chômage a atteint {p},{d} % au troisième trimestre, contre {p2} % un an plus tôt, a indiqué l'institut, tandis que l'inflation reculait entre {n} et {n2} %. Le contrat, signé jeudi 27 février à 23 h, porte sur 36 Rafale.",
  ],
  [
    "fr",
    "Des dizaines de maisons ont été détruites et des centaines de familles se retrouvent sans abri après la tempête, avec des rafales à {n4} km/h. Les secours ont cherché pendant {n} heures ; moins de {n3} personnes restaient portées disparues.",
  ],
  [
    "fr",
    "Des dizaines de milliers de manifestants ont défilé dans la capitale selon la police, plus de {n4} 000 selon les organisateurs. Le cortège s'est dispersé vers 18 h 30 sans incident, après six heures de marche.",
  ],
  [
    "fr",
    "Le ministère indique que {n3} des {n} écoles ont rouvert et que pas moins de {n2} enseignants n'ont pas été payés depuis {n} semaines. Vingt-neuf districts signalent des pénuries de vaccins contre la COVID-19.",
  ],
];

/** A small deterministic generator (mulberry32), so every run reads the same text. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs of about `bytes` bytes in all, each with its language. */
export function article(bytes: number, seed: number): Array<[Lang, string]> {
  const rand = random(seed);
  const int = (lo: number, hi: number) => String(lo + Math.floor(rand() * (hi - lo)));
  const out: Array<[Lang, string]> = [];
  let size = 0;
  while (size < bytes) {
    const [lang, template] = PARAGRAPHS[Math.floor(rand() * PARAGRAPHS.length)] as [Lang, string];
    const text = template
      .replaceAll("{n}", int(2, 90))
      .replaceAll("{n2}", int(30, 120))
      .replaceAll("{n3}", int(2, 40))
      .replaceAll("{n4}", int(100, 999))
      .replaceAll("{m}", int(1, 9))
      .replaceAll("{d}", int(1, 9))
      .replaceAll("{b}", int(1, 20))
      .replaceAll("{p}", int(3, 15))
      .replaceAll("{p2}", int(3, 15))
      .replaceAll("{day}", int(1, 28));
    out.push([lang, text]);
    size += Buffer.byteLength(text) + 2;
  }
  return out;
}

/** Reads the paragraphs once with the figures engine: how long it took and how many figures it found. */
export function timeOnce(paragraphs: Array<[Lang, string]>): { ms: number; figures: number } {
  // Paragraphs of one language are read as one text, as an article would be.
  const en = paragraphs
    .filter(([l]) => l === "en")
    .map(([, t]) => t)
    .join("\n\n");
  const fr = paragraphs
    .filter(([l]) => l === "fr")
    .map(([, t]) => t)
    .join("\n\n");
  const t0 = process.hrtime.bigint();
  const figures = findFigures(en, "en").length + findFigures(fr, "fr").length;
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, figures };
}
