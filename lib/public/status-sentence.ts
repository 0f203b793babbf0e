// The sentence under a quantity's headline number: what the sources said, in time order, and
// why that makes the figures agree, compatible, revised or in conflict (spec/figures.md
// section 4), in words a reader gets in ten seconds. "29 vs 30+" is not a contradiction;
// "35, then 29 the same evening" is.
import type { Comparison } from "@/lib/figures/compare";
import type { Interval } from "@/lib/figures/types";
import { boundsInWords, countInWords, figurePhrase, listInWords, sourceInSentence, type FigureFields } from "./figure-words";

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

const HOUR = 3_600_000;

/** "at the same time", "within the hour", "three hours apart", "two days apart". */
function gapInWords(a: Date, b: Date): string {
  const gap = Math.abs(b.getTime() - a.getTime());
  if (gap === 0) return "at the same time";
  if (gap < HOUR) return "within the hour";
  if (gap < 24 * HOUR) {
    const hours = Math.round(gap / HOUR);
    return hours === 1 ? "an hour apart" : `${countInWords(hours)} hours apart`;
  }
  const days = Math.round(gap / (24 * HOUR));
  return days === 1 ? "a day apart" : `${countInWords(days)} days apart`;
}

type Shape = "lower" | "upper" | "closed";
const shapeOf = (c: Interval): Shape => (c.high === null ? "lower" : c.low === null ? "upper" : "closed");

function supersededNote(count: number): string {
  if (count === 0) return "";
  return count === 1
    ? " One earlier figure was replaced by its source's later word."
    : ` ${countInWords(count)[0]?.toUpperCase()}${countInWords(count).slice(1)} earlier figures were replaced by their sources' later word.`;
}

function agreeSentence(current: readonly SentenceClaim[]): string {
  const first = current[0] as SentenceClaim;
  const names = listInWords(current.map((c, i) => sourceInSentence(c.source.name, i === 0)));
  const all = current.length === 2 ? "both" : "all";
  return `${names} ${all} said ${figurePhrase(first)}: the figures agree.`;
}

function conflictSentence(input: SentenceInput): string {
  const byId = new Map(input.current.map((c) => [c.id, c]));
  const conflicts = input.comparison.pairs.filter((p) => p.relation === "conflict");
  const pair = conflicts[0];
  const [a, b] = [byId.get(pair?.a ?? ""), byId.get(pair?.b ?? "")].sort(
    (x, y) => (x?.reportedAt.getTime() ?? 0) - (y?.reportedAt.getTime() ?? 0),
  ) as [SentenceClaim, SentenceClaim];
  const said = `${sourceInSentence(a.source.name, true)} said ${figurePhrase(a)} and ${sourceInSentence(b.source.name)} ${figurePhrase(b)}, ${gapInWords(a.reportedAt, b.reportedAt)}`;
  const laterIsLower = b.reportedAt > a.reportedAt && b.high !== null && a.low !== null && b.high < a.low;
  const why =
    input.cumulative && laterIsLower
      ? "A toll only grows, so the lower, later figure contradicts the first: the figures conflict."
      : "Both cannot be true: the figures conflict.";
  const others = conflicts.length - 1;
  const more = others === 0 ? "" : others === 1 ? " One other pair of figures also conflicts." : ` ${countInWords(others)} other pairs of figures also conflict.`;
  return `${said}. ${why}${more}`;
}

/** "A said X and B Y: both are lower bounds, so together they say at least Z." for the opening claims of one shape. */
function openingClause(group: readonly SentenceClaim[]): { text: string; together: Interval } {
  const first = group[0] as SentenceClaim;
  const phrases = group.map((c, i) => (i === 0 ? `${sourceInSentence(c.source.name, true)} said ${figurePhrase(c)}` : `${sourceInSentence(c.source.name)} ${figurePhrase(c)}`));
  if (group.length === 1) return { text: `${phrases[0]}.`, together: { low: first.low, high: first.high } };
  const lows = group.map((c) => c.low).filter((n): n is number => n !== null);
  const highs = group.map((c) => c.high).filter((n): n is number => n !== null);
  const together: Interval = { low: lows.length ? Math.max(...lows) : null, high: highs.length ? Math.min(...highs) : null };
  const shape = shapeOf(first);
  const all = group.length === 2 ? "both" : `all ${countInWords(group.length)}`;
  const kind = shape === "lower" ? "lower bounds" : "upper bounds";
  return {
    text: `${listInWords(phrases)}: ${all} are ${kind}, so together they say ${boundsInWords(together, first)}.`,
    together,
  };
}

/** The compatible and revised cases: the figures in time order, each against what came before. */
function narrativeSentence(input: SentenceInput): string {
  const { current, cumulative } = input;
  const first = current[0] as SentenceClaim;
  // Open bounds of one kind reported first read best together ("both are lower bounds...").
  let groupSize = 1;
  while (groupSize < current.length && shapeOf(first) !== "closed" && shapeOf(current[groupSize] as SentenceClaim) === shapeOf(first)) groupSize++;
  const opening = openingClause(current.slice(0, groupSize));
  const parts = [opening.text];
  let running: Interval = opening.together;
  let previous = current[groupSize - 1] as SentenceClaim;
  for (const claim of current.slice(groupSize)) {
    const later = claim.reportedAt > previous.reportedAt ? "later " : "also ";
    const raisesFloor = claim.low !== null && (running.low === null || claim.low > running.low);
    const rises = cumulative && later === "later " && raisesFloor;
    const fits = (claim.low === null || running.high === null || claim.low <= running.high) && (claim.high === null || running.low === null || claim.high >= running.low);
    const comment = rises ? "a revision upward" : fits ? "consistent with that" : "a different figure";
    parts.push(`${sourceInSentence(claim.source.name, true)} ${later}gave ${figurePhrase(claim)}, ${comment}.`);
    running = rises && !fits ? { low: claim.low, high: claim.high } : { low: maxOf(running.low, claim.low), high: minOf(running.high, claim.high) };
    previous = claim;
  }
  if (groupSize < current.length && input.consensus) {
    const n = current.length;
    const every = n === 2 ? "Both figures" : `All ${countInWords(n)} figures`;
    parts.push(
      input.comparison.status === "revised"
        ? `The toll rose without any figure contradicting another: the latest say ${boundsInWords(input.consensus, first)}.`
        : `${every} allow ${boundsInWords(input.consensus, first)}.`,
    );
  }
  return parts.join(" ");
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** The plain-words explanation of a quantity's status, in English. */
export function statusSentence(input: SentenceInput): string {
  const { current } = input;
  const first = current[0];
  if (!first) return "No figure has been published for this yet.";
  let sentence: string;
  if (current.length === 1) {
    sentence = `Only ${sourceInSentence(first.source.name)} has given a figure so far: ${figurePhrase(first)}.`;
  } else if (input.comparison.status === "agree") {
    sentence = agreeSentence(current);
  } else if (input.comparison.status === "conflict") {
    sentence = conflictSentence(input);
  } else {
    sentence = narrativeSentence(input);
  }
  return sentence + supersededNote(input.supersededCount);
}
