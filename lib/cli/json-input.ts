import { InputError } from "./input-error";

/** Parses one JSON document, naming where it came from when it is not JSON. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${where}: not valid JSON`);
  }
}

/** The non-blank lines of a JSON Lines input, with their 1-based line numbers. */
export function jsonLines(input: string): Array<{ line: number; text: string }> {
  return input
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text }))
    .filter((l) => l.text.trim() !== "");
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
