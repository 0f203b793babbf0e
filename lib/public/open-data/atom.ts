// The feed of newly published claims, as Atom 1.0 (RFC 4287): a feed reader shows each claim as
// an entry, "The Governor of Hatay province said at least 29 ...", linked to its permalink.
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { figurePhrase, sourceInSentence, type FigureFields } from "@/lib/explain";
import type { OpenDataUrls } from "./urls";

/** A published claim as the feed needs it. */
export interface FeedClaim extends FigureFields {
  id: string;
  reportedAt: Date;
  /** When it was published (approved). */
  publishedAt: Date;
  /** When it last changed (a rating, say): feed readers show the entry again. */
  updatedAt: Date;
  source: { name: string };
  relayedBy: { name: string } | null;
  quantity: { label: string; unit: string | null; story: { title: string } };
}

// XML 1.0 allows no other control characters, even escaped: one stray \u0001 in a pasted quote
// would make the whole feed unreadable.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const element = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;

/** "at least 29 soldiers": the figure as the source put it, with the quantity's unit for a count. */
function figureInWords(claim: FeedClaim): string {
  const unit = claim.unit ?? claim.quantity.unit;
  const phrase = figurePhrase(claim);
  return claim.kind === "count" && unit ? `${phrase} ${unit}` : phrase;
}

export function entryTitle(claim: FeedClaim): string {
  return `${claim.source.name}: ${figurePhrase(claim)} (${claim.quantity.label})`;
}

/** "The Governor of Hatay province said at least 29 soldiers, as of ... (relayed by ...)." */
export function entrySummary(claim: FeedClaim): string {
  const relay = claim.relayedBy ? `, as relayed by ${claim.relayedBy.name}` : "";
  return (
    `${sourceInSentence(claim.source.name, true)} said ${figureInWords(claim)} ` +
    `as of ${formatUtcTime(claim.reportedAt)}${relay}. ` +
    `Quantity: ${claim.quantity.label}. Story: ${claim.quantity.story.title}.`
  );
}

function entry(claim: FeedClaim, urls: OpenDataUrls): string {
  const permalink = urls.claimPage(claim.id);
  return [
    "  <entry>",
    `    ${element("id", permalink)}`,
    `    ${element("title", entryTitle(claim))}`,
    `    ${element("updated", claim.updatedAt.toISOString())}`,
    `    ${element("published", claim.publishedAt.toISOString())}`,
    `    <link rel="alternate" type="text/html" href="${xmlText(permalink)}"/>`,
    `    <author>${element("name", claim.source.name)}</author>`,
    `    <summary type="text">${xmlText(entrySummary(claim))}</summary>`,
    "  </entry>",
  ].join("\n");
}

export const FEED_TITLE = "Claim Tracker: newly published claims";

/** The feed document, newest claim first as given. */
export function claimsFeed(claims: readonly FeedClaim[], urls: OpenDataUrls): string {
  // A feed with no entry still needs an `updated`: the epoch says "never".
  const updated = claims.reduce((latest, c) => Math.max(latest, c.updatedAt.getTime(), c.publishedAt.getTime()), 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${element("id", urls.feed())}`,
    `  ${element("title", FEED_TITLE)}`,
    `  ${element("subtitle", "Figures reported by sources, logged and approved by the newsroom, newest first.")}`,
    `  ${element("updated", new Date(updated).toISOString())}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(urls.feed())}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${urls.origin}/`)}"/>`,
    `  <author>${element("name", "Claim Tracker")}</author>`,
    `  ${element("generator", "Claim Tracker")}`,
    ...claims.map((c) => entry(c, urls)),
    "</feed>",
    "",
  ].join("\n");
}
