import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCompareCommand } from "./compare-command";
import { runFiguresCommand } from "./figures-command";
import { InputError } from "./input-error";
import { AT_LEAST_29 } from "@/tests/figures/at-least-29";

// The two command-line tools (spec/figures.md section 5), first through their logic, then once
// each as real processes.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The input of the spec's compare example. */
const SPEC_COMPARE_INPUT = {
  cumulative: true,
  claims: [
    {
      id: "hatay",
      text: "au moins 29",
      lang: "fr",
      source: "Gouverneur de Hatay",
      reportedAt: "2020-02-27T22:00:00Z",
    },
    {
      id: "osdh",
      text: "plus de 30",
      lang: "fr",
      source: "OSDH",
      reportedAt: "2020-02-27T23:30:00Z",
    },
  ],
};

const SPEC_COMPARE_OUTPUT = {
  status: "consistent",
  consensus: { low: 31, high: null },
  pairs: [{ a: "hatay", b: "osdh", relation: "overlap" }],
  superseded: [],
};

const jsonl = (...objects: unknown[]) => `${objects.map((o) => JSON.stringify(o)).join("\n")}\n`;
const outputLines = (out: string) => out.split("\n").filter((l) => l !== "");

describe("figures command on good input", () => {
  it("reads plain French text and prints a JSON array of figures in order of start", () => {
    const text = "Au moins 29 soldats ont été tués et plus de 30 blessés évacués.";
    const figures = JSON.parse(runFiguresCommand(["--lang", "fr"], text));
    expect(figures.map((f: { quote: string }) => f.quote)).toEqual(["Au moins 29", "plus de 30"]);
    expect(figures[0]).toEqual({
      quote: "Au moins 29",
      start: 0,
      end: 11,
      ...AT_LEAST_29,
      unit: "soldats",
    });
    expect(figures[1]).toMatchObject({ value: 30, low: 31, high: null, qualifier: "more_than" });
    expect(figures[0].start).toBeLessThan(figures[1].start);
  });

  it("reads plain English text with --lang=en", () => {
    const figures = JSON.parse(runFiguresCommand(["--lang=en"], "Nearly 600 families left."));
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      quote: "Nearly 600",
      low: 540,
      high: 599,
      qualifier: "nearly",
    });
  });

  it("prints an empty array for a text with no figure", () => {
    expect(JSON.parse(runFiguresCommand(["--lang", "en"], "The governor spoke on Thursday."))).toEqual([]);
  });

  it("with --jsonl, prints one array a line, in the order of the input lines", () => {
    const input = jsonl(
      { text: "Au moins 29 soldats ont été tués.", lang: "fr" },
      { text: "Nobody was hurt.", lang: "en" },
      { text: "More than 200 people were injured and 12 rockets fell.", lang: "en" },
      { text: "Près de 3\u202f700 déplacés.", lang: "fr" },
    );
    const lines = outputLines(runFiguresCommand(["--jsonl"], input));
    expect(lines).toHaveLength(4);
    const quotes = lines.map((l) => (JSON.parse(l) as Array<{ quote: string }>).map((f) => f.quote));
    expect(quotes).toEqual([["Au moins 29"], [], ["More than 200", "12"], ["Près de 3\u202f700"]]);
  });

  it("with --jsonl, skips blank lines and keeps the order of the others", () => {
    const input = `${JSON.stringify({ text: "29 morts", lang: "fr" })}\n\n${JSON.stringify({ text: "35 dead", lang: "en" })}\n`;
    const lines = outputLines(runFiguresCommand(["--jsonl"], input));
    expect(lines.map((l) => JSON.parse(l)[0].value)).toEqual([29, 35]);
  });
});

describe("compare command on good input", () => {
  it("prints the spec's result for the spec's example", () => {
    expect(JSON.parse(runCompareCommand([], JSON.stringify(SPEC_COMPARE_INPUT)))).toEqual(SPEC_COMPARE_OUTPUT);
  });

  it("with --jsonl, prints one result a line, in the order of the input lines", () => {
    const conflict = {
      cumulative: false,
      claims: [
        { id: "a", text: "29 soldats", lang: "fr" },
        { id: "b", text: "35 soldiers", lang: "en" },
      ],
    };
    const superseding = {
      cumulative: true,
      claims: [
        {
          id: "osdh-1",
          text: "29 morts",
          lang: "fr",
          source: "OSDH",
          reportedAt: "2020-02-27T21:00:00Z",
        },
        {
          id: "osdh-2",
          text: "34 morts",
          lang: "fr",
          source: "OSDH",
          reportedAt: "2020-02-28T08:00:00Z",
        },
      ],
    };
    const lines = outputLines(runCompareCommand(["--jsonl"], jsonl(SPEC_COMPARE_INPUT, conflict, superseding)));
    expect(lines).toHaveLength(3);
    const results = lines.map((l) => JSON.parse(l));
    expect(results[0]).toEqual(SPEC_COMPARE_OUTPUT);
    expect(results[1]).toMatchObject({
      status: "conflict",
      consensus: null,
      pairs: [{ a: "a", b: "b", relation: "conflict" }],
    });
    expect(results[2]).toMatchObject({
      status: "agree",
      consensus: { low: 34, high: 34 },
      pairs: [],
      superseded: ["osdh-1"],
    });
  });
});

// Bad input: an InputError whose message is one line and says what is wrong.
const BAD_INPUT: Array<{ name: string; run: () => string; message: RegExp }> = [
  {
    name: "figures --jsonl: a line that is not JSON",
    run: () => runFiguresCommand(["--jsonl"], "{not json\n"),
    message: /line 1.*not valid JSON/,
  },
  {
    name: "figures --jsonl: the second line is not JSON",
    run: () => runFiguresCommand(["--jsonl"], `${JSON.stringify({ text: "29 morts", lang: "fr" })}\nau moins 29\n`),
    message: /line 2.*not valid JSON/,
  },
  {
    name: "figures: unknown language in --lang",
    run: () => runFiguresCommand(["--lang", "xx"], "29 dead"),
    message: /unknown language "xx"/,
  },
  {
    name: "figures --jsonl: unknown language on a line",
    run: () => runFiguresCommand(["--jsonl"], jsonl({ text: "29 Tote", lang: "de" })),
    message: /line 1.*unknown language "de"/,
  },
  {
    name: "figures: missing --lang",
    run: () => runFiguresCommand([], "29 dead"),
    message: /missing --lang/,
  },
  {
    name: "figures: --lang with no value",
    run: () => runFiguresCommand(["--lang"], "29 dead"),
    message: /--lang/,
  },
  {
    name: "figures: an unknown option",
    run: () => runFiguresCommand(["--lang", "en", "--verbose"], "29 dead"),
    message: /unknown option --verbose/,
  },
  {
    name: "figures --jsonl: a line without text",
    run: () => runFiguresCommand(["--jsonl"], jsonl({ lang: "fr" })),
    message: /line 1.*"text" is missing/,
  },
  {
    name: "figures --jsonl: a line without lang",
    run: () => runFiguresCommand(["--jsonl"], jsonl({ text: "29 morts" })),
    message: /^(?!.*undefined).*line 1.*lang/,
  },
  {
    name: "figures --jsonl: a line that is not an object",
    run: () => runFiguresCommand(["--jsonl"], "[1, 2]\n"),
    message: /line 1.*expected an object/,
  },
  {
    name: "figures: empty input",
    run: () => runFiguresCommand(["--lang", "fr"], ""),
    message: /no text/,
  },
  {
    name: "figures: blank input",
    run: () => runFiguresCommand(["--lang", "fr"], "  \n\t\n"),
    message: /no text/,
  },
  {
    name: "figures --jsonl: empty input",
    run: () => runFiguresCommand(["--jsonl"], "\n\n"),
    message: /no lines/,
  },
  {
    name: "compare: not JSON",
    run: () => runCompareCommand([], "cumulative: true"),
    message: /not valid JSON/,
  },
  {
    name: "compare --jsonl: a line that is not JSON",
    run: () => runCompareCommand(["--jsonl"], "{\n"),
    message: /line 1.*not valid JSON/,
  },
  { name: "compare: empty input", run: () => runCompareCommand([], ""), message: /no input/ },
  {
    name: "compare --jsonl: empty input",
    run: () => runCompareCommand(["--jsonl"], "   \n"),
    message: /no lines/,
  },
  {
    name: "compare: claims missing",
    run: () => runCompareCommand([], JSON.stringify({ cumulative: true })),
    message: /"claims" is missing/,
  },
  {
    name: "compare: a claim without id",
    run: () => runCompareCommand([], JSON.stringify({ claims: [{ text: "29 morts", lang: "fr" }] })),
    message: /claims\[0\]\.id: missing/,
  },
  {
    name: "compare: a claim without text",
    run: () => runCompareCommand([], JSON.stringify({ claims: [{ id: "a", lang: "fr" }] })),
    message: /claims\[0\]\.text: missing/,
  },
  {
    name: "compare: a claim in an unknown language",
    run: () => runCompareCommand([], JSON.stringify({ claims: [{ id: "a", text: "29 Tote", lang: "de" }] })),
    message: /claims\[0\]\.lang.*unknown language "de"/,
  },
  {
    name: "compare: a claim text with no figure",
    run: () =>
      runCompareCommand([], JSON.stringify({ claims: [{ id: "a", text: "le gouverneur a parlé", lang: "fr" }] })),
    message: /claims\[0\]\.text: no figure found/,
  },
  {
    name: "compare --jsonl: a claim text with no figure on line 2",
    run: () =>
      runCompareCommand(
        ["--jsonl"],
        jsonl(SPEC_COMPARE_INPUT, { claims: [{ id: "a", text: "no number here", lang: "en" }] }),
      ),
    message: /line 2.*no figure found/,
  },
  {
    name: "compare: cumulative that is not a boolean",
    run: () => runCompareCommand([], JSON.stringify({ ...SPEC_COMPARE_INPUT, cumulative: "yes" })),
    message: /"cumulative" must be true or false/,
  },
  {
    name: "compare: a reportedAt that is not a date",
    run: () =>
      runCompareCommand(
        [],
        JSON.stringify({
          claims: [{ id: "a", text: "29 morts", lang: "fr", reportedAt: "jeudi soir" }],
        }),
      ),
    message: /claims\[0\]\.reportedAt: not a date/,
  },
  {
    name: "compare: the same id twice",
    run: () =>
      runCompareCommand(
        [],
        JSON.stringify({
          claims: [
            { id: "a", text: "29 morts", lang: "fr" },
            { id: "a", text: "30 morts", lang: "fr" },
          ],
        }),
      ),
    message: /"a" is used twice/,
  },
  {
    name: "compare: --lang is not an option of compare",
    run: () => runCompareCommand(["--lang", "fr"], JSON.stringify(SPEC_COMPARE_INPUT)),
    message: /unknown option --lang/,
  },
];

describe("bad input is refused with one clear line", () => {
  it.each(BAD_INPUT)("$name", ({ run, message }) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const text = (error as InputError).message;
    expect(text).not.toContain("\n");
    expect(text).toMatch(message);
  });
});

describe("the real command-line tools", () => {
  it("figures with an unknown language exits non-zero with one line on stderr and no stack trace", () => {
    const result = spawnSync(resolve(ROOT, "node_modules/.bin/tsx"), ["lib/cli/figures-cli.ts", "--lang", "xx"], {
      cwd: ROOT,
      input: "Au moins 29 soldats ont été tués.",
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    const stderrLines = result.stderr.split("\n").filter((l) => l.trim() !== "");
    expect(stderrLines).toHaveLength(1);
    expect(stderrLines[0]).toMatch(/xx/);
    expect(result.stderr).not.toMatch(/^\s*at /m);
    expect(result.stdout).toBe("");
  }, 30_000);

  it("compare prints the spec's result as JSON for the spec's example and exits 0", () => {
    const result = spawnSync(resolve(ROOT, "node_modules/.bin/tsx"), ["lib/cli/compare-cli.ts"], {
      cwd: ROOT,
      input: JSON.stringify(SPEC_COMPARE_INPUT, null, 2),
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(SPEC_COMPARE_OUTPUT);
  }, 30_000);
});
