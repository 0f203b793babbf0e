// The load generator: autocannon in this process (pinned to the load core by the run), asking a
// target's addresses in turn. Two kinds of run: as fast as the server answers (throughput, for
// the ratios) and at a fixed rate (latency: p50 and p99, corrected for coordinated omission, so a
// stalled server cannot hide its slow answers by delaying the requests that would have seen them).
import autocannon from "autocannon";

export interface Target {
  key: string;
  /** What is measured, in the printed tables. */
  label: string;
  origin: string;
  /** Asked in turn, one per request. */
  paths: string[];
  headers?: Record<string, string>;
  /** Called before each request: writes a new database edition, so no cached answer can serve it. */
  beforeEach?: () => void;
  /** Answers are public: each is read for anything unpublished (not for the throughput runs). */
  publicAnswer: boolean;
  /** One request's time on the idle server, measured after the warm-up: sizes the runs of slow pages. */
  idleMs?: number;
  /** An answer of a millisecond or two (the floor, a static or cached page): measured by ten clients in slices, not one by one. */
  quick?: boolean;
}

export interface ThroughputSample {
  perSecond: number;
  /** Answers that were not 2xx, errors and timeouts: a benchmark of error pages is no benchmark. */
  failures: number;
}

export interface LatencySample extends ThroughputSample {
  p50: number;
  p99: number;
  /** The rate asked: the fixed rate, or less for a page that cannot answer that many. */
  rate: number;
}

/** What reads every public answer of the latency runs (scripts/bench/checks.ts). */
export type AnswerReader = (where: string, status: number, body: string) => void;

function requests(target: Target, read?: AnswerReader): autocannon.Request[] {
  let next = 0;
  return [
    {
      method: "GET",
      setupRequest(request, context) {
        const path = target.paths[next++ % target.paths.length] as string;
        context.path = path;
        target.beforeEach?.();
        return { ...request, path };
      },
      onResponse(status, body, context) {
        read?.(`${target.label}: ${context.path as string}`, status, body);
      },
    },
  ];
}

const failures = (result: autocannon.Result) => result.non2xx + result.errors + result.timeouts;

// A slow page asked for `seconds` still gets at least this many requests at each size.
const FEWEST_REQUESTS = 4;

/**
 * The throughput of several quick targets (the floor, the static page, the cached page), taking
 * turns in slices of `slice` seconds (autocannon counts whole seconds) until each has had
 * `seconds`: their ratios (cached / static, static / floor) then compare answers measured over
 * the same stretch of time. Run one after another, 3 s each, the same two in-memory answers read
 * 0.88 at one size and 1.46 at the next. Only for answers of a few milliseconds: a slow page's
 * renders still under way when its slice ends would fall on the next target's slice.
 */
export async function interleavedThroughputRun(
  targets: readonly Target[],
  seconds: number,
  clientsAtOnce: number,
  slice = 1,
): Promise<ThroughputSample[]> {
  const tallies = targets.map(() => ({ answered: 0, failed: 0, seconds: 0 }));
  const slices = Math.max(1, Math.round(seconds / slice));
  for (let turn = 0; turn < slices; turn++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (k + turn) % targets.length;
      const target = targets[i] as Target;
      const tally = tallies[i] as (typeof tallies)[number];
      const result = await autocannon({
        url: target.origin,
        duration: slice,
        connections: clientsAtOnce,
        headers: target.headers,
        requests: requests(target),
        timeout: 60,
      });
      tally.answered += result["2xx"];
      tally.failed += failures(result);
      tally.seconds += result.duration;
    }
  }
  return tallies.map((t) => ({ perSecond: t.answered / t.seconds, failures: t.failed }));
}

/**
 * One rendered target's throughput at every size at once: one client asks each size in turn,
 * request by request, a new edition before each for an uncached page, and a size's throughput is
 * its answers over the time they took. One client: with several, requests waiting in the server's
 * queue read the same newest edition once their turn comes, and all but the first are answered
 * from the cache (an "uncached" home page measured 140 answers a second, four times its rate). Whatever else the machine does then falls on every size alike: measured a few
 * seconds a size, a minute apart, the same home page read 1.26× slower at 100 000 claims in one
 * run and 1.00× in the next, while asked in turn it was 0.97× (docs/benchmarks.md). Runs about
 * `seconds` a size, and at least a few requests each for a slow page.
 */
export async function alternatingThroughputRun(
  targets: readonly Target[],
  seconds: number,
): Promise<ThroughputSample[]> {
  const tallies = targets.map((target) => ({
    target,
    spentMs: 0,
    answered: 0,
    failed: 0,
    asked: 0,
  }));
  const deadline = performance.now() + seconds * 1000 * targets.length;
  const enough = () => performance.now() >= deadline && tallies.every((t) => t.answered + t.failed >= FEWEST_REQUESTS);
  for (let turn = 0; !enough() && performance.now() < deadline + 120_000; turn++) {
    for (let k = 0; k < tallies.length; k++) {
      // Each turn starts one size further on, so no size always follows the same one.
      const tally = tallies[(k + turn) % tallies.length] as (typeof tallies)[number];
      const { target } = tally;
      const path = target.paths[tally.asked++ % target.paths.length] as string;
      target.beforeEach?.();
      const started = performance.now();
      try {
        const response = await fetch(target.origin + path, { headers: target.headers });
        await response.arrayBuffer();
        if (response.ok) tally.answered++;
        else tally.failed++;
      } catch {
        tally.failed++;
      }
      tally.spentMs += performance.now() - started;
    }
  }
  return tallies.map((t) => ({ perSecond: t.answered / (t.spentMs / 1000), failures: t.failed }));
}

/**
 * `rate` requests a second for `seconds`, every public answer read by `read`. A page whose
 * throughput is below the rate gets half its throughput instead (at least one a second): above
 * its capacity the queue only grows, and the p99 measures the length of the run, not the page.
 */
export async function latencyRun(
  target: Target,
  seconds: number,
  rate: number,
  throughput: number,
  read: AnswerReader,
): Promise<LatencySample> {
  const fixed = throughput >= 2 * rate ? rate : Math.max(1, Math.floor(throughput / 2));
  const result = await autocannon({
    url: target.origin,
    connections: Math.min(fixed, 8),
    overallRate: fixed,
    amount: Math.max(FEWEST_REQUESTS, Math.round(fixed * seconds)),
    headers: target.headers,
    requests: requests(target, target.publicAnswer ? read : undefined),
    timeout: 60,
  });
  return {
    perSecond: result["2xx"] / result.duration,
    failures: failures(result),
    p50: result.latency.p50,
    p99: result.latency.p99,
    rate: fixed,
  };
}

/**
 * Waits until the server answers `path` about as fast as it did when idle: a run against a slow
 * page leaves renders under way after the load stops, which would slow the next target's run.
 */
export async function settle(origin: string, path: string, idleMs: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      await (await fetch(origin + path)).arrayBuffer();
      if (performance.now() - started <= idleMs) return;
    } catch (error) {
      // A kept-alive connection the server closed as the load stopped: ask again.
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (lastError) throw new Error(`${origin}${path} no longer answers`, { cause: lastError });
}

/** How long one request to `target` takes when nothing else runs: the median of a few. */
export async function idleTime(target: Target, paths = target.paths): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    target.beforeEach?.();
    const started = performance.now();
    await (await fetch(target.origin + (paths[i % paths.length] as string), { headers: target.headers })).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1] as number;
}
