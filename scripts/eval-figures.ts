// Scores the figures engine against annotated sentences in the spec's format: precision,
// recall and F1 of fully correct figures (quote, qualifier, kind, value and bounds all right),
// and any figure reported on a token marked "not" (a date, time, ordinal or designation).
//
//   npm run --silent eval:figures                      # the project's own corpora
//   npm run --silent eval:figures -- path/to/file.jsonl  # any file in the spec's format
import { readFileSync } from "node:fs";
import { findFigures } from "../lib/figures";
import type { AnnotatedSentence } from "../tests/figures/annotated-sentence";
import { newsSentences } from "../tests/figures/corpora/news-sentences.data";
import { roundThree } from "../tests/figures/corpora/annotated-round-3.data";
import { wireCopy } from "../tests/figures/corpora/wire-copy.data";

type Annotated = AnnotatedSentence;

const key = (f: Annotated["figures"][number]) => JSON.stringify([f.quote, f.qualifier, f.kind, f.value, f.low, f.high]);

function score(name: string, sentences: Annotated[]): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let onExcluded = 0;
  const misses: string[] = [];
  for (const s of sentences) {
    const found = findFigures(s.text, s.lang);
    const expected = new Map<string, number>();
    for (const f of s.figures) expected.set(key(f), (expected.get(key(f)) ?? 0) + 1);
    for (const f of found) {
      const k = key(f);
      const left = expected.get(k) ?? 0;
      if (left > 0) {
        tp++;
        expected.set(k, left - 1);
      } else {
        fp++;
        misses.push(`  extra   [${s.lang}] ${f.quote}  in: ${s.text}`);
      }
      for (const token of s.not) {
        const at = s.text.indexOf(token);
        if (at >= 0 && f.start < at + token.length && at < f.end) onExcluded++;
      }
    }
    for (const [k, n] of expected) {
      fn += n;
      if (n > 0) misses.push(`  missed  [${s.lang}] ${JSON.parse(k)[0]}  in: ${s.text}`);
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  console.log(
    `${name}: ${sentences.length} sentences, ${tp + fn} figures; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}; figures on excluded tokens: ${onExcluded}`,
  );
  for (const line of misses.slice(0, 30)) console.log(line);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  score("news-sentences", newsSentences as Annotated[]);
  score("wire-copy", wireCopy as Annotated[]);
  score("annotated-round-3", roundThree as Annotated[]);
} else {
  for (const file of files) {
    const lines = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    score(
      file,
      lines.map((l) => JSON.parse(l) as Annotated),
    );
  }
}
