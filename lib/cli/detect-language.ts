import type { Lang } from "@/lib/figures";

const FRENCH =
  /(?<![\p{L}])(?:au|aux|de|des|du|le|la|les|et|plus|moins|environ|près|entre|une?|selon|ont|été|sont|millions?|milliards?|personnes|morts|blessés|quelque|jusqu['’]à|d['’])(?![\p{L}])|[éèêàùçœ]/giu;
const ENGLISH =
  /(?<![\p{L}])(?:the|of|and|at|least|more|than|about|nearly|some|were|was|between|people|killed|dead|over|up|to|said)(?![\p{L}])/giu;

/** A best guess at the language of a short text, for inputs that do not say. */
export function detectLanguage(text: string): Lang {
  const fr = text.match(FRENCH)?.length ?? 0;
  const en = text.match(ENGLISH)?.length ?? 0;
  return fr > en ? "fr" : "en";
}
