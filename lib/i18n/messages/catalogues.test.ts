import { describe, expect, it } from "vitest";

// Every catalogue in this folder and below. A French catalogue says the same things as the
// English one, key for key and sentence for sentence (a function takes the same arguments);
// an English-only catalogue (the staff pages) has no French yet and nothing to compare.
const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "./**/*.ts", "!./**/*.test.ts"], {
  eager: true,
});

type Shape = string | { [key: string]: Shape };

/** The keys of a catalogue, nested, with each function's number of arguments. */
function shape(value: unknown): Shape {
  if (typeof value === "function") return `function(${value.length})`;
  if (Array.isArray(value)) return `list(${value.length})`;
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  return "words";
}

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value && typeof value === "object" && "en" in (value as object))
    .map(([name, value]) => [`${file} ${name}`, value as { en: unknown; fr?: unknown }] as const),
);

describe("the catalogues", () => {
  it("are all found (every file in lib/i18n/messages exports one)", () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(Object.keys(modules).length);
  });

  it.each(catalogues.filter(([, c]) => c.fr !== undefined))("%s: French has exactly the English keys", (_, c) => {
    expect(shape(c.fr)).toEqual(shape(c.en));
  });
});
