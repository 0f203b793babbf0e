// Where a claim's sentence sits in its pasted article, so a reviewer reads the figure in its
// context rather than alone. Pure: text in, pieces of text out.

/** A stretch of text split around the part to highlight. */
export interface Highlighted {
  before: string;
  highlight: string;
  after: string;
}

export interface ArticleParagraph {
  text: string;
  /** Set on the paragraph that holds the claim's sentence. */
  sentence?: Highlighted;
}

export interface ClaimInArticle {
  paragraphs: ArticleParagraph[];
  /** Index in `paragraphs` of the one that holds the sentence. */
  at: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Pasting often changes line breaks and runs of spaces, never the words: match word by word.
function findLoosely(text: string, part: string, caseInsensitive = false): { start: number; end: number } | null {
  const words = part.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const match = new RegExp(words.map(escapeRegExp).join("\\s+"), caseInsensitive ? "iu" : "u").exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The sentence split around its quote, or null when the quote is not in it. */
export function quoteInSentence(sentence: string, quote: string): Highlighted | null {
  const found = findLoosely(sentence, quote) ?? findLoosely(sentence, quote, true);
  if (!found) return null;
  return {
    before: sentence.slice(0, found.start),
    highlight: sentence.slice(found.start, found.end),
    after: sentence.slice(found.end),
  };
}

/** The article's paragraphs with the claim's sentence marked, or null when it is not found. */
export function sentenceInArticle(articleText: string, sentence: string): ClaimInArticle | null {
  const found = findLoosely(articleText, sentence);
  if (!found) return null;
  const paragraphs: ArticleParagraph[] = [];
  let at = -1;
  for (const match of articleText.matchAll(/[^\n]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const text = match[0];
    if (!text.trim()) continue;
    if (at === -1 && found.start >= start && found.start < end) {
      // A sentence pasted across a line break ends in a later line: keep it to this paragraph.
      const stop = Math.min(found.end, end);
      at = paragraphs.length;
      paragraphs.push({
        text,
        sentence: {
          before: text.slice(0, found.start - start),
          highlight: text.slice(found.start - start, stop - start),
          after: text.slice(stop - start),
        },
      });
    } else {
      paragraphs.push({ text });
    }
  }
  return at === -1 ? null : { paragraphs, at };
}
