import { compareClaims, findFigures, type ClaimToCompare, type Comparison } from "@/lib/figures";
import { parseArguments, parseLang } from "./arguments";
import { detectLanguage } from "./detect-language";
import { InputError } from "./input-error";
import { isObject, jsonLines, parseJson } from "./json-input";

function boundOf(value: unknown, where: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new InputError(`${where}: expected a number or null`);
}

/** One claim of the input: its figure read from `text`, or given as `low` and `high`. */
function claimFrom(item: unknown, where: string): ClaimToCompare {
  if (!isObject(item)) throw new InputError(`${where}: expected an object with "id" and "text"`);
  const { id, text, lang, source, reportedAt } = item;
  if (!(typeof id === "string" && id.trim() !== "") && typeof id !== "number") {
    throw new InputError(`${where}.id: missing; each claim needs an id`);
  }
  if (source !== undefined && source !== null && typeof source !== "string") {
    throw new InputError(`${where}.source: expected a string`);
  }
  if (reportedAt !== undefined && reportedAt !== null) {
    if (
      (typeof reportedAt !== "string" && typeof reportedAt !== "number") ||
      Number.isNaN(new Date(reportedAt).getTime())
    ) {
      throw new InputError(`${where}.reportedAt: not a date (use ISO 8601, e.g. 2020-02-27T22:00:00Z)`);
    }
  }
  const base = {
    id: String(id),
    source: source ?? null,
    reportedAt: (reportedAt as string | number | undefined) ?? null,
  };

  if (text === undefined && ("low" in item || "high" in item)) {
    return {
      ...base,
      low: boundOf(item.low, `${where}.low`),
      high: boundOf(item.high, `${where}.high`),
    };
  }
  if (typeof text !== "string" || text.trim() === "") {
    throw new InputError(`${where}.text: missing or empty; each claim needs the text of its figure`);
  }
  const language = lang === undefined || lang === null ? detectLanguage(text) : parseLang(lang, `${where}.lang`);
  const figure = findFigures(text, language)[0];
  if (!figure) throw new InputError(`${where}.text: no figure found in ${JSON.stringify(text)}`);
  return { ...base, low: figure.low, high: figure.high };
}

/** Checks one compare input and runs the comparison. */
export function compareInput(input: unknown, where: string): Comparison {
  if (!isObject(input)) throw new InputError(`${where}: expected an object like {"cumulative": true, "claims": [...]}`);
  const { cumulative, claims } = input;
  if (cumulative !== undefined && typeof cumulative !== "boolean") {
    throw new InputError(`${where}: "cumulative" must be true or false`);
  }
  if (!Array.isArray(claims)) throw new InputError(`${where}: "claims" is missing or not a list`);
  const parsed = claims.map((item, i) => claimFrom(item, `${where}: claims[${i}]`));
  const seen = new Set<string>();
  for (const [i, claim] of parsed.entries()) {
    if (seen.has(claim.id)) throw new InputError(`${where}: claims[${i}].id: "${claim.id}" is used twice`);
    seen.add(claim.id);
  }
  return compareClaims(parsed, { cumulative: cumulative ?? false });
}

/** `compare`: one JSON input in, one comparison out; `compare --jsonl`: one a line. */
export function runCompareCommand(args: readonly string[], input: string): string {
  const options = parseArguments(args, { lang: false });
  if (!options.jsonl) {
    if (input.trim() === "") throw new InputError('no input on standard input: expected a JSON object with "claims"');
    return `${JSON.stringify(compareInput(parseJson(input, "input"), "input"), null, 2)}\n`;
  }
  const lines = jsonLines(input);
  if (lines.length === 0) throw new InputError("no lines on standard input");
  return `${lines.map(({ line, text }) => JSON.stringify(compareInput(parseJson(text, `line ${line}`), `line ${line}`))).join("\n")}\n`;
}
