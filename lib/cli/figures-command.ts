import { findFigures } from "@/lib/figures";
import { parseArguments, parseLang } from "./arguments";
import { InputError } from "./input-error";
import { isObject, jsonLines, parseJson } from "./json-input";

/**
 * `figures --lang fr|en`: plain text in, a JSON array of figures out.
 * `figures --jsonl`: one `{"text", "lang"}` object a line in, one JSON array a line out.
 */
export function runFiguresCommand(args: readonly string[], input: string): string {
  const options = parseArguments(args, { lang: true });
  if (!options.jsonl) {
    if (!options.lang)
      throw new InputError("missing --lang: say which language the text is in (--lang en or --lang fr)");
    if (input.trim() === "") throw new InputError("no text on standard input");
    return `${JSON.stringify(findFigures(input, options.lang), null, 2)}\n`;
  }
  const lines = jsonLines(input);
  if (lines.length === 0) throw new InputError("no lines on standard input");
  const out = lines.map(({ line, text }) => {
    const where = `line ${line}`;
    const item = parseJson(text, where);
    if (!isObject(item)) throw new InputError(`${where}: expected an object like {"text": "...", "lang": "fr"}`);
    if (typeof item.text !== "string") throw new InputError(`${where}: "text" is missing or not a string`);
    const lang = item.lang === undefined && options.lang ? options.lang : parseLang(item.lang, `${where}: "lang"`);
    return JSON.stringify(findFigures(item.text, lang));
  });
  return `${out.join("\n")}\n`;
}
