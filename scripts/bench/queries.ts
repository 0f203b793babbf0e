// The same reads through Prisma and through raw better-sqlite3, in this process, on one seeded
// database while no server runs: calls alternate between the two sides (one of each per turn,
// the order swapped every turn) so a noisy neighbour slows both alike, and the median call time
// of each side is kept. Both sides must answer the same data, or the comparison would flatter
// the raw side: the first answers are compared, and a difference fails the run.
import { isDeepStrictEqual } from "node:util";
import Database from "better-sqlite3";
import { BENCH_QUERIES, type BenchQuery, type BenchQueryArgs } from "./bench-queries";
import { createDatabaseClient } from "@/lib/data/database-client";
import { median } from "./stats";

export interface QueryTiming {
  name: string;
  prismaMs: number;
  rawMs: number;
  /** Whether both sides answered the same data. */
  same: boolean;
}

const WARM_UP = 30;
// A slow query (a full sort of 100 000 rows) gets fewer turns rather than minutes.
const SECONDS_PER_QUERY = 5;
const MIN_TURNS = 5;
const elapsed = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

/** Dates and undefined made comparable: Prisma gives Date objects, the raw side too, via asDate. */
const normalised = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

export async function timeQueries(
  file: string,
  args: BenchQueryArgs,
  turns: number,
  queries: BenchQuery[] = BENCH_QUERIES,
): Promise<QueryTiming[]> {
  const prisma = createDatabaseClient(file);
  const sqlite = new Database(file, { readonly: true });
  try {
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      const same = isDeepStrictEqual(normalised(await query.prisma(prisma, args)), normalised(query.raw(sqlite, args)));
      const warming = performance.now();
      for (let i = 0; i < WARM_UP && (i < 2 || performance.now() - warming < 1000); i++) {
        await query.prisma(prisma, args);
        query.raw(sqlite, args);
      }
      const prismaTimes: number[] = [];
      const rawTimes: number[] = [];
      const timePrisma = async () => {
        const started = process.hrtime.bigint();
        await query.prisma(prisma, args);
        prismaTimes.push(elapsed(started));
      };
      const timeRaw = () => {
        const started = process.hrtime.bigint();
        query.raw(sqlite, args);
        rawTimes.push(elapsed(started));
      };
      const started = performance.now();
      for (
        let turn = 0;
        turn < turns && (turn < MIN_TURNS || performance.now() - started < SECONDS_PER_QUERY * 1000);
        turn++
      ) {
        if (turn % 2 === 0) {
          await timePrisma();
          timeRaw();
        } else {
          timeRaw();
          await timePrisma();
        }
      }
      timings.push({
        name: query.name,
        prismaMs: median(prismaTimes),
        rawMs: median(rawTimes),
        same,
      });
    }
    return timings;
  } finally {
    await prisma.$disconnect();
    sqlite.close();
  }
}
