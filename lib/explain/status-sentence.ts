// The sentence under a quantity's headline number: what the sources said, in time order, and
// why that makes the figures agree, compatible, revised or in conflict (spec/figures.md
// section 4), in words a reader gets in ten seconds. "29 vs 30+" is not a contradiction;
// "35, then 29 the same evening" is. The reasoning is one; the words come from a phrasebook per
// language (lib/i18n/messages/status.ts).
import type { Comparison } from "@/lib/figures/compare";
import type { Interval } from "@/lib/figures/types";
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_MESSAGES, type Gap, type Later, type OpenShape } from "@/lib/i18n/messages/status";
import { boundsInWords, figurePhrase, type FigureFields } from "./figure";
import { listInWords, sourceInSentence } from "./sentence";

export interface SentenceClaim extends FigureFields {
  id: string;
  source: { id: string; name: string };
  reportedAt: Date;
}

export interface SentenceInput {
  cumulative: boolean;
  /** The current claims, oldest first. */
  current: readonly SentenceClaim[];
  supersededCount: number;
  comparison: Comparison;
  consensus: Interval | null;
}

type Shape = OpenShape | "closed";

const HOUR = 3_600_000;

function gapBetween(a: Date, b: Date): Gap {
  const gap = Math.abs(b.getTime() - a.getTime());
  if (gap === 0) return { unit: "same", count: 0 };
  if (gap < HOUR) return { unit: "under_hour", count: 0 };
  if (gap < 24 * HOUR) return { unit: "hours", count: Math.round(gap / HOUR) };
  return { unit: "days", count: Math.round(gap / (24 * HOUR)) };
}

const shapeOf = (c: Interval): Shape => (c.high === null ? "lower" : c.low === null ? "upper" : "closed");

/** The words of one sentence: a source, a figure, an interval, in the reader's language. */
function wordsFor(locale: Locale) {
  return {
    book: STATUS_MESSAGES[locale].sentence,
    source: (c: SentenceClaim) => sourceInSentence(c.source.name, false, locale),
    figure: (c: FigureFields) => figurePhrase(c, locale),
    bounds: (i: Interval, like: FigureFields) => boundsInWords(i, like, locale),
  };
}
type Words = ReturnType<typeof wordsFor>;

function conflictSentence(input: SentenceInput, w: Words): string {
  const byId = new Map(input.current.map((c) => [c.id, c]));
  const conflicts = input.comparison.pairs.filter((p) => p.relation === "conflict");
  const pair = conflicts[0];
  const [a, b] = [byId.get(pair?.a ?? ""), byId.get(pair?.b ?? "")].sort(
    (x, y) => (x?.reportedAt.getTime() ?? 0) - (y?.reportedAt.getTime() ?? 0),
  ) as [SentenceClaim, SentenceClaim];
  const laterIsLower = b.reportedAt > a.reportedAt && b.high !== null && a.low !== null && b.high < a.low;
  const said = w.book.saidApart(
    w.book.saidFirst(w.source(a), w.figure(a)),
    w.book.saidNext(w.source(b), w.figure(b)),
    w.book.gap(gapBetween(a.reportedAt, b.reportedAt)),
  );
  return `${said} ${w.book.conflictWhy(input.cumulative && laterIsLower)}${w.book.otherConflicts(conflicts.length - 1)}`;
}

/** "A said X and B Y: both are lower bounds, so together they say at least Z." for the opening claims of one shape. */
function openingClause(
  group: readonly SentenceClaim[],
  w: Words,
  locale: Locale,
): { text: string; together: Interval } {
  const first = group[0] as SentenceClaim;
  const phrases = group.map((c, i) =>
    i === 0 ? w.book.saidFirst(w.source(c), w.figure(c)) : w.book.saidNext(w.source(c), w.figure(c)),
  );
  if (group.length === 1) return { text: `${phrases[0]}.`, together: { low: first.low, high: first.high } };
  const lows = group.map((c) => c.low).filter((n): n is number => n !== null);
  const highs = group.map((c) => c.high).filter((n): n is number => n !== null);
  const together: Interval = {
    low: lows.length ? Math.max(...lows) : null,
    high: highs.length ? Math.min(...highs) : null,
  };
  const shape = shapeOf(first) as OpenShape;
  const colon = locale === "fr" ? " :" : ":";
  return {
    text: `${listInWords(phrases, locale)}${colon} ${w.book.boundsTogether(group.length, shape, w.bounds(together, first))}`,
    together,
  };
}

/** The compatible and revised cases: the figures in time order, each against what came before. */
function narrativeSentence(input: SentenceInput, w: Words, locale: Locale): string {
  const { current, cumulative } = input;
  const first = current[0] as SentenceClaim;
  // Open bounds of one kind reported first read best together ("both are lower bounds...").
  let groupSize = 1;
  while (
    groupSize < current.length &&
    shapeOf(first) !== "closed" &&
    shapeOf(current[groupSize] as SentenceClaim) === shapeOf(first)
  )
    groupSize++;
  const opening = openingClause(current.slice(0, groupSize), w, locale);
  const parts = [opening.text];
  let running: Interval = opening.together;
  let previous = current[groupSize - 1] as SentenceClaim;
  for (const claim of current.slice(groupSize)) {
    const later: Later = claim.reportedAt > previous.reportedAt ? "later" : "also";
    const raisesFloor = claim.low !== null && (running.low === null || claim.low > running.low);
    const rises = cumulative && later === "later" && raisesFloor;
    const fits =
      (claim.low === null || running.high === null || claim.low <= running.high) &&
      (claim.high === null || running.low === null || claim.high >= running.low);
    parts.push(
      w.book.laterGave(w.source(claim), later, w.figure(claim), rises ? "upward" : fits ? "consistent" : "different"),
    );
    running =
      rises && !fits
        ? { low: claim.low, high: claim.high }
        : { low: maxOf(running.low, claim.low), high: minOf(running.high, claim.high) };
    previous = claim;
  }
  if (groupSize < current.length && input.consensus) {
    const bounds = w.bounds(input.consensus, first);
    parts.push(
      input.comparison.status === "revised"
        ? w.book.roseWithoutConflict(bounds)
        : w.book.allAllow(current.length, bounds),
    );
  }
  return parts.join(" ");
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** The plain-words explanation of a quantity's status, in the reader's language. */
export function statusSentence(input: SentenceInput, locale: Locale = "en"): string {
  const w = wordsFor(locale);
  const { current } = input;
  const first = current[0];
  if (!first) return w.book.none;
  let sentence: string;
  if (current.length === 1) {
    sentence = w.book.onlyOne(w.source(first), w.figure(first));
  } else if (input.comparison.status === "agree") {
    sentence = w.book.agree(
      current.map((c) => w.source(c)),
      w.figure(first),
    );
  } else if (input.comparison.status === "conflict") {
    sentence = conflictSentence(input, w);
  } else {
    sentence = narrativeSentence(input, w, locale);
  }
  return sentence + w.book.superseded(input.supersededCount);
}
