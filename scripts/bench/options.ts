// The command line of `npm run bench` (scripts/bench/run.ts).

export interface Options {
  sizes: number[];
  rounds: number;
  throughputSeconds: number;
  latencySeconds: number;
  connections: number;
  rate: number;
  writeRate: number;
  port: number;
  build: boolean;
  docs: boolean;
}

/** `--sizes=1000,10000 --rounds=2 --no-build`… over the defaults. */
export function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    sizes: [1_000, 10_000, 100_000],
    // Five rounds of 3 s: with three of 2 s, the medians of one run moved by half between runs on
    // this shared two-core machine (docs/benchmarks.md, "Reading this run").
    rounds: 5,
    throughputSeconds: 3,
    latencySeconds: 2,
    connections: 10,
    rate: 20,
    writeRate: 5,
    port: 3210,
    build: true,
    docs: true,
  };
  for (const arg of argv) {
    const [flag, value = ""] = arg.replace(/^--/, "").split("=") as [string, string?];
    const name = flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const n = Number(value);
    if (name === "noBuild") options.build = false;
    else if (name === "noDocs") options.docs = false;
    else if (name === "sizes") options.sizes = value.split(",").map(Number);
    else if (name in options && typeof options[name as keyof Options] === "number" && Number.isFinite(n) && n > 0)
      (options as unknown as Record<string, number>)[name] = n;
    else throw new Error(`Unknown option ${arg}: see the top of scripts/bench/run.ts.`);
  }
  if (options.sizes.some((s) => !Number.isInteger(s) || s < 1_000))
    throw new Error("--sizes takes claim counts of at least 1000, such as --sizes=1000,10000.");
  return options;
}
