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
}

export interface ThroughputSample {
  perSecond: number;
  /** Answers that were not 2xx, errors and timeouts: a benchmark of error pages is no benchmark. */
  failures: number;
}

export interface LatencySample extends ThroughputSample {
  p50: number;
  p99: number;
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

/** As many requests as `connections` clients get answered in `seconds`. */
export async function throughputRun(target: Target, seconds: number, connections: number): Promise<ThroughputSample> {
  const result = await autocannon({ url: target.origin, connections, duration: seconds, headers: target.headers, requests: requests(target), timeout: 30 });
  return { perSecond: result["2xx"] / result.duration, failures: failures(result) };
}

/** `rate` requests a second for `seconds`, every public answer read by `read`. */
export async function latencyRun(target: Target, seconds: number, rate: number, read: AnswerReader): Promise<LatencySample> {
  const result = await autocannon({
    url: target.origin,
    connections: Math.min(rate, 8),
    overallRate: rate,
    duration: seconds,
    headers: target.headers,
    requests: requests(target, target.publicAnswer ? read : undefined),
    timeout: 30,
  });
  return { perSecond: result["2xx"] / result.duration, failures: failures(result), p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * Waits until the server answers `path` about as fast as it did when idle: a run against a slow
 * page leaves renders under way after the load stops, which would slow the next target's run.
 */
export async function settle(origin: string, path: string, idleMs: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await (await fetch(origin + path)).arrayBuffer();
    if (performance.now() - started <= idleMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How long `path` takes when nothing else runs: the median of a few requests. */
export async function idleTime(origin: string, path: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await (await fetch(origin + path)).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3] as number;
}
