import { describe, expect, it } from "vitest";
import { checkEnvironment } from "./env";

const problemsOf = (source: Record<string, string | undefined>) => {
  const checked = checkEnvironment(source);
  return checked.ok ? [] : checked.problems;
};

/** The settings read from `source`, or false when any is refused. */
const envOf = (source: Record<string, string | undefined>) => {
  const checked = checkEnvironment(source);
  return checked.ok && checked.env;
};

describe("the app's settings, read in one place", () => {
  it("gives every setting its default when nothing is set", () => {
    expect(envOf({})).toMatchObject({
      DATABASE_WRITE_WAIT_MS: 10_000,
      DATABASE_POOL_SIZE: 10,
      IMPORT_STALE_AFTER_MS: 120_000,
      WEBHOOK_RETRY_BASE_MS: 10_000,
      webhookTickMs: 5_000,
      webhookAllowedHosts: [],
      publicOrigin: "http://localhost:3000",
    });
  });

  it("reads what is set, the tick following a short retry base unless set itself", () => {
    expect(
      envOf({
        DATABASE_WRITE_WAIT_MS: "2500",
        WEBHOOK_RETRY_BASE_MS: "300",
        PUBLIC_ORIGIN: "https://claims.example.org",
        WEBHOOK_ALLOWED_HOSTS: "127.0.0.1:4010",
      }),
    ).toMatchObject({
      DATABASE_WRITE_WAIT_MS: 2_500,
      WEBHOOK_RETRY_BASE_MS: 300,
      webhookTickMs: 150,
      publicOrigin: "https://claims.example.org",
      webhookAllowedHosts: [{ host: "127.0.0.1", port: 4010 }],
    });
    expect(checkEnvironment({ WEBHOOK_RETRY_BASE_MS: "300", WEBHOOK_TICK_MS: "40" })).toMatchObject({
      ok: true,
      env: { webhookTickMs: 40 },
    });
  });

  it("refuses a mistake in one line naming the variable, instead of taking a default in silence", () => {
    expect(problemsOf({ DATABASE_WRITE_WAIT_MS: "10s" })).toEqual([
      'DATABASE_WRITE_WAIT_MS must be milliseconds, a whole number of at least 1 (it is "10s").',
    ]);
    expect(problemsOf({ DATABASE_POOL_SIZE: "0" })).toEqual([
      'DATABASE_POOL_SIZE must be a number of connections, a whole number of at least 1 (it is "0").',
    ]);
    expect(problemsOf({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" })).toEqual([
      'TRUSTED_PROXIES: "proxy.internal" is not an IP address or a CIDR range (like 10.0.0.0/8).',
    ]);
    expect(problemsOf({ PUBLIC_ORIGIN: "claims.example.org" })[0]).toMatch(/^PUBLIC_ORIGIN is not an absolute URL/);
  });

  it("says every mistake at once, each on its own line", () => {
    const problems = problemsOf({
      IMPORT_STALE_AFTER_MS: "-1",
      WEBHOOK_TICK_MS: "soon",
      NEXTAUTH_URL: "ftp://x",
    });
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem).not.toContain("\n");
  });
});
