// The newsroom `npm run bench` measures: a deterministic plan of rows (same seed, same rows, on
// every machine) that scripts/bench/seed-database.ts writes into a fresh database. It grows the
// way a newsroom does: more claims means more stories, sources and editors, while a story keeps
// the size of a real one (8 to 32 claims), so a page that reads one story should cost the same at
// 1 000 claims as at 100 000; a bigger database is more years of one newsroom, whose newest
// stories (the home page, the latest claims) are the same at every size. Sources are skewed (a
// few ministries give most figures), sources give several figures for one quantity over time (revisions: the later one supersedes), and 5%
// of claims are unpublished (drafts, in review, retracted), which no public answer may show.
import { SOURCE_KINDS } from "@/lib/validation/newsroom";
import { random } from "./article-text";

export const BENCH_SEED = 20_260_227;

/** The editor the harness signs in as; only the bench's own throwaway database knows it. */
export const BENCH_EDITOR = {
  email: "bench-editor@bench.example",
  password: "bench-editor-password",
} as const;

/** Drafts of the bench editor that the fixed-rate writes edit, one after another. */
export const WRITE_TARGETS = 16;

export type ClaimStatus = "published" | "draft" | "in_review" | "retracted";
type Qualifier = "exact" | "at_least" | "more_than" | "about" | "range";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: "editor" | "reviewer";
}
export interface StoryRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  date: string;
  place: string;
}
export interface QuantityRow {
  id: string;
  storyId: string;
  label: string;
  cumulative: boolean;
  scopeWho: string;
  scopePlace: string;
  measure: "killed" | "injured" | "displaced";
}
export interface SourceRow {
  id: string;
  name: string;
  key: string;
  kind: string;
  country: string;
}
export interface ClaimRow {
  id: string;
  quantityId: string;
  sourceId: string;
  authorId: string;
  status: ClaimStatus;
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  sentence: string;
  language: "en" | "fr";
  articleUrl: string;
  reportedAt: Date;
}

export interface BenchDataset {
  users: UserRow[];
  /** The editor of BENCH_EDITOR, and the reviewer who approved the published claims. */
  editorId: string;
  reviewerId: string;
  stories: StoryRow[];
  quantities: QuantityRow[];
  sources: SourceRow[];
  claims: ClaimRow[];
  /** The bench editor's drafts the write runs edit. */
  writeTargets: string[];
}

const PLACES = ["Idlib", "Aleppo", "Hatay", "Kharkiv", "Gaza", "Khartoum", "Port-au-Prince", "Goma", "Mosul", "Tigray"];
const WHO = ["soldiers", "civilians", "children", "aid workers", "people", "police officers"];
const SOURCE_NAMES = [
  "Ministry of Defence",
  "Governor's office",
  "Observatory for Human Rights",
  "Red Crescent",
  "News Agency",
  "Civil Defence",
  "UN Office",
  "Local council",
];
const COUNTRIES = ["Turkey", "Syria", "Ukraine", "Sudan", "Haiti", "Iraq", "Ethiopia", "DR Congo"];
const MEASURES = ["killed", "injured", "displaced"] as const;

/** 5% unpublished, in a fixed proportion whatever the size: 2% drafts, 2% in review, 1% retracted. */
export function statusOf(slot: number): ClaimStatus {
  const s = slot % 100;
  if (s < 95) return "published";
  if (s < 97) return "draft";
  if (s < 99) return "in_review";
  return "retracted";
}

/** A cuid-shaped id ("c" and 24 lower-case letters or digits), unique by its counter. */
function idMaker(rand: () => number) {
  let counter = 0;
  return (kind: string) => {
    let tail = "";
    while (tail.length < 17) tail += Math.floor(rand() * 36).toString(36);
    return `c${kind}${(counter++).toString(36).padStart(6, "0")}${tail}`;
  };
}

/** The newsroom's pace, and its last day (days after 1 January 2020). */
const STORIES_A_DAY = 2.2;
const LAST_DAY = 2190;

const day = (offset: number) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** The figure as a sentence writes it; the quote is always found in the sentence. */
function figure(qualifier: Qualifier, value: number, language: "en" | "fr") {
  const fr = language === "fr";
  switch (qualifier) {
    case "exact":
      return { quote: `${value}`, value, low: value, high: value };
    case "at_least":
      return {
        quote: fr ? `au moins ${value}` : `at least ${value}`,
        value,
        low: value,
        high: null,
      };
    case "more_than":
      return {
        quote: fr ? `plus de ${value}` : `more than ${value}`,
        value,
        low: value + 1,
        high: null,
      };
    case "about":
      return {
        quote: fr ? `environ ${value}` : `about ${value}`,
        value,
        low: Math.floor(value * 0.9),
        high: Math.ceil(value * 1.1),
      };
    case "range": {
      const high = value + Math.max(2, Math.round(value / 5));
      return {
        quote: fr ? `entre ${value} et ${high}` : `between ${value} and ${high}`,
        value: null,
        low: value,
        high,
      };
    }
  }
}

const QUALIFIERS: Qualifier[] = ["exact", "exact", "at_least", "at_least", "more_than", "about", "range"];

/** The whole newsroom for `claimCount` claims, the same rows for the same seed. */
export function planDataset(claimCount: number, seed = BENCH_SEED): BenchDataset {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const newId = idMaker(rand);

  const editors: UserRow[] = Array.from({ length: Math.max(20, Math.ceil(claimCount / 250)) }, (_, i) => ({
    id: newId("u"),
    email: i === 0 ? BENCH_EDITOR.email : `editor-${i}@bench.example`,
    name: i === 0 ? "Bench Editor" : `Editor ${i}`,
    role: "editor" as const,
  }));
  const reviewer: UserRow = {
    id: newId("u"),
    email: "reviewer@bench.example",
    name: "Bench Reviewer",
    role: "reviewer",
  };

  const sources: SourceRow[] = Array.from({ length: 40 + Math.floor(claimCount / 100) }, (_, i) => {
    const name = `${SOURCE_NAMES[i % SOURCE_NAMES.length]} ${i + 1}`;
    return {
      id: newId("s"),
      name,
      key: name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim(),
      kind: SOURCE_KINDS[i % SOURCE_KINDS.length] as string,
      country: pick(COUNTRIES),
    };
  });
  // Stories are planned from the newest back, each drawing its shape (size, quantities, sources,
  // figures) from a generator of its own, keyed by its rank from the newest: the newest stories,
  // which the home page and the latest claims show, are the same at every size, so a page's growth
  // from 1 000 to 100 000 claims is the database's, not another draw of stories (at 1 000 claims
  // the home page's 21 stories held 372 claims, at 100 000 another 21 held 418).
  const blocks: Array<{
    storyId: string;
    place: string;
    quantities: QuantityRow[];
    claims: Array<Omit<ClaimRow, "status" | "articleUrl" | "reportedAt"> & { k: number }>;
  }> = [];
  let planned = 0;
  while (planned < claimCount) {
    const shape = random(seed + 7919 * (blocks.length + 1));
    const draw = <T>(list: readonly T[]) => list[Math.floor(shape() * list.length)] as T;
    const storyId = newId("t");
    const place = draw(PLACES);
    const block: (typeof blocks)[number] = { storyId, place, quantities: [], claims: [] };
    blocks.push(block);
    const size = Math.min(claimCount - planned, 8 + Math.floor(shape() * 25));
    const quantityCount = 1 + Math.floor(shape() * 3);
    for (let q = 0; q < quantityCount; q++) {
      const who = draw(WHO);
      const measure = draw(MEASURES);
      const quantity: QuantityRow = {
        id: newId("q"),
        storyId,
        label: `${who[0]?.toUpperCase()}${who.slice(1)} ${measure} near ${place}`,
        cumulative: shape() < 0.6,
        scopeWho: who,
        scopePlace: place,
        measure,
      };
      block.quantities.push(quantity);
      // A few sources per quantity, each giving one to several figures: the later ones revise.
      // Skewed: the square of a uniform draw favours the first sources, as newsrooms quote a
      // ministry far more often than a local council.
      const voices = Array.from(
        { length: 1 + Math.floor(shape() * 4) },
        () => sources[Math.floor(sources.length * shape() ** 2)] as SourceRow,
      );
      const base = 5 + Math.floor(shape() * 400);
      const share = Math.ceil(size / quantityCount);
      for (let k = 0; k < share && planned < claimCount; k++, planned++) {
        const source = draw(voices);
        const language = shape() < 0.2 ? "fr" : "en";
        const value = quantity.cumulative
          ? base + Math.floor(k * base * 0.15 * shape())
          : Math.round(base * (0.8 + 0.4 * shape()));
        const qualifier = draw(QUALIFIERS);
        const f = figure(qualifier, value, language);
        const id = newId("l");
        const sentence =
          language === "fr"
            ? `Selon ${source.name}, ${f.quote} ${who} ont été touchés près de ${place} (référence ${id}).`
            : `${source.name} said ${f.quote} ${who} were affected near ${place} (reference ${id}).`;
        const authorId = (editors[Math.floor(rand() * editors.length)] as UserRow).id;
        block.claims.push({
          id,
          quantityId: quantity.id,
          sourceId: source.id,
          authorId,
          ...f,
          qualifier,
          sentence,
          language,
          k,
        });
      }
    }
  }

  // Then written oldest first, as a newsroom fills its database.
  const stories: StoryRow[] = [];
  const quantities: QuantityRow[] = [];
  const claims: ClaimRow[] = [];
  const storyCount = blocks.length;
  for (const [s, block] of blocks.reverse().entries()) {
    const story: StoryRow = {
      id: block.storyId,
      slug: `bench-${s}-${block.place.toLowerCase().replace(/[^a-z]+/g, "-")}`,
      title: `Strikes near ${block.place}, story ${s}`,
      summary: `What the sources reported about the strikes near ${block.place}.`,
      // A newsroom of steady pace, counted back from its last day: a bigger database is more
      // years of the same newsroom (100 000 claims, about six years), and its latest days look
      // the same at every size.
      date: day(LAST_DAY - Math.floor((storyCount - 1 - s) / STORIES_A_DAY)),
      place: block.place,
    };
    stories.push(story);
    quantities.push(...block.quantities);
    for (const { k, ...claim } of block.claims) {
      claims.push({
        ...claim,
        // 61 is prime to 100: every hundred claims in a row hold exactly five unpublished ones.
        status: statusOf(claims.length * 61),
        articleUrl: `https://news.example.org/${story.slug}/${k}`,
        reportedAt: new Date(Date.parse(`${story.date}T06:00:00Z`) + k * 3 * 3_600_000),
      });
    }
  }

  // The bench editor owns the first drafts: the fixed-rate writes edit them.
  const writeTargets: string[] = [];
  for (const claim of claims) {
    if (writeTargets.length === WRITE_TARGETS) break;
    if (claim.status !== "draft") continue;
    claim.authorId = (editors[0] as UserRow).id;
    writeTargets.push(claim.id);
  }
  if (writeTargets.length < WRITE_TARGETS)
    throw new Error(`Too few drafts for ${WRITE_TARGETS} write targets: use at least 1 000 claims.`);

  return {
    users: [...editors, reviewer],
    editorId: (editors[0] as UserRow).id,
    reviewerId: reviewer.id,
    stories,
    quantities,
    sources,
    claims,
    writeTargets,
  };
}
