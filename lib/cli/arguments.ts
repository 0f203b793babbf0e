import type { Lang } from "@/lib/figures";
import { InputError } from "./input-error";

export interface CommandOptions {
  lang: Lang | null;
  jsonl: boolean;
}

export function parseLang(value: unknown, where: string): Lang {
  if (value === "en" || value === "fr") return value;
  if (value === undefined || value === null) throw new InputError(`${where} is missing (use "en" or "fr")`);
  throw new InputError(`${where}: unknown language ${JSON.stringify(value)} (use "en" or "fr")`);
}

/** Reads `--lang en|fr`, `--lang=fr` and `--jsonl`; anything else is refused by name. */
export function parseArguments(args: readonly string[], allowed: { lang: boolean }): CommandOptions {
  const options: CommandOptions = { lang: null, jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--jsonl") options.jsonl = true;
    else if (allowed.lang && (arg === "--lang" || arg.startsWith("--lang="))) {
      const value = arg === "--lang" ? args[++i] : arg.slice("--lang=".length);
      if (value === undefined) throw new InputError("--lang needs a value: en or fr");
      options.lang = parseLang(value, "--lang");
    } else throw new InputError(`unknown option ${arg}`);
  }
  return options;
}
