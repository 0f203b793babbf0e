// The JavaScript a visitor's browser downloads for a page: every `<script src>` the HTML names
// (fetched once each) plus every inline script, JSON-LD excepted (data for search engines, never
// run). Counted raw (what the browser parses) and gzipped one file at a time (what travels).
import { gzipSync } from "node:zlib";

export interface ScriptBytes {
  files: number;
  raw: number;
  /** Of `raw`, the inline scripts: mostly the page's data for React (its Flight payload). */
  inline: number;
  gzip: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The script sources and inline bodies of an HTML page. */
export function scriptsOf(html: string): { sources: string[]; inline: string[] } {
  const sources: string[] = [];
  const inline: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/type=["']application\/(ld\+)?json["']/i.test(attributes)) continue;
    const src = /\bsrc=["']([^"']+)["']/i.exec(attributes)?.[1];
    if (src) sources.push(src.replaceAll("&amp;", "&"));
    else if (body.trim() !== "") inline.push(body);
  }
  return { sources: [...new Set(sources)], inline };
}

/** The JavaScript of the page at `url`. */
export async function pageScriptBytes(url: string): Promise<ScriptBytes> {
  const html = await (await fetch(url)).text();
  const { sources, inline } = scriptsOf(html);
  const bodies = [...inline.map((s) => Buffer.from(s))];
  for (const src of sources) bodies.push(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer()));
  return {
    files: sources.length,
    inline: inline.reduce((n, s) => n + Buffer.byteLength(s), 0),
    raw: bodies.reduce((n, b) => n + b.length, 0),
    gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0),
  };
}
