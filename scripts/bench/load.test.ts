import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alternatingThroughputRun, interleavedThroughputRun, type Target } from "./load";

// Two "sizes" on one server: /slow answers after 20 ms, /fast at once, /broken with a 500.
let server: Server;
let origin = "";
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? "");
    const answer = () => {
      response.statusCode = request.url === "/broken" ? 500 : 200;
      response.end("ok");
    };
    if (request.url === "/slow") setTimeout(answer, 20);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const target = (path: string, editions: string[]): Target => ({
  key: "page",
  label: path,
  origin,
  paths: [path],
  publicAnswer: true,
  beforeEach: () => editions.push(path),
});

describe("asking every size in turn, request by request", () => {
  it("alternates the sizes, writes an edition before each request, and gives each size its own rate", async () => {
    asked.length = 0;
    const editions: string[] = [];
    const [slow, fast] = await alternatingThroughputRun([target("/slow", editions), target("/fast", editions)], 0.3);
    // One after the other: never the same size twice in a row within a turn.
    expect(asked.filter((p) => p === "/slow").length).toBe(asked.filter((p) => p === "/fast").length);
    expect(editions).toEqual(asked);
    expect(slow?.perSecond).toBeLessThan(60);
    expect(fast?.perSecond).toBeGreaterThan(3 * (slow?.perSecond ?? 0));
    expect([slow?.failures, fast?.failures]).toEqual([0, 0]);
  });

  it("counts an error answer as a failure, not as throughput", async () => {
    const [broken, fast] = await alternatingThroughputRun([target("/broken", []), target("/fast", [])], 0.05);
    expect(broken?.perSecond).toBe(0);
    expect(broken?.failures).toBeGreaterThan(0);
    expect(fast?.failures).toBe(0);
  });
});

describe("quick answers taking turns in slices", () => {
  it("measures each target over the same stretch of time, at its own rate", async () => {
    asked.length = 0;
    const [slow, fast] = await interleavedThroughputRun([target("/slow", []), target("/fast", [])], 2, 2);
    // Two slices each, alternating: both were asked throughout, not one after the other.
    const firstFast = asked.indexOf("/fast");
    expect(asked.lastIndexOf("/slow")).toBeGreaterThan(firstFast);
    expect(slow?.perSecond).toBeGreaterThan(20);
    expect(slow?.perSecond).toBeLessThan(120);
    expect(fast?.perSecond).toBeGreaterThan(3 * (slow?.perSecond ?? 0));
  }, 20_000);
});
