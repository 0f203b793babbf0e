// A server given a database it cannot use refuses to start, in one line: the production server
// (`next start`, through instrumentation.ts) exits within seconds, saying what is wrong with
// DATABASE_URL and no stack trace, instead of serving a 500 on every page; and `npm start` says
// the same before it migrates, seeds or builds anything (lib/data/database-check.ts). So does one
// given a public origin that is not an http(s) origin (lib/public/public-origin.ts).
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newTag } from "../security/support";
import { runDatabase, runDatabaseKind } from "../support/database";
import { copyOfRunDatabase, RESULTS, runProgram, spawnProductionServer } from "./support";

const FIRST_PORT = Number(process.env.PORT ?? 3100) + 60;
// Far longer than a refusal takes (about a second): a server still up by then has started.
const REFUSAL_DEADLINE_MS = 30_000;

test.setTimeout(60_000);

const folder = path.join(RESULTS, `bad-config-${newTag()}`);
test.beforeAll(() => mkdirSync(folder, { recursive: true }));
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

let nextPort = FIRST_PORT;

interface Outcome {
  code: number | null;
  output: string;
  /** Still running at the deadline: it started, and was killed. */
  started: boolean;
}

/** `next start` on the production build with this DATABASE_URL (and `env`), to its end or the deadline. */
function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<Outcome> {
  const port = nextPort++;
  return new Promise((resolve) => {
    // A process group of its own: `next start` leaves a child holding the port, killed with it.
    const child = spawnProductionServer(port, { DATABASE_URL: databaseUrl, ...env });
    let output = "";
    let started = false;
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const deadline = setTimeout(() => {
      started = true;
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {
        // already gone
      }
    }, REFUSAL_DEADLINE_MS);
    child.once("close", (code) => {
      clearTimeout(deadline);
      resolve({ code, output, started });
    });
  });
}

/** Refused: a non-zero exit, and exactly one line about `variable`, the expected one, with no stack trace. */
function expectRefusal(outcome: Outcome, line: string | RegExp, variable = "DATABASE_URL") {
  expect(outcome.started, `still running after ${REFUSAL_DEADLINE_MS / 1000} s:\n${outcome.output}`).toBe(false);
  expect(outcome.code, outcome.output).not.toBe(0);
  const said = outcome.output.split("\n").filter((text) => text.startsWith(variable));
  expect(said, outcome.output).toHaveLength(1);
  if (typeof line === "string") expect(said[0]).toBe(line);
  else expect(said[0]).toMatch(line);
  expect(outcome.output, "a stack trace").not.toMatch(/^\s+at .+[:(]/m);
}

test.describe("the production server on a database it cannot use", () => {
  test("a directory: refused in one line", async () => {
    const dir = path.join(folder, "a-folder.db");
    mkdirSync(dir);
    expectRefusal(
      await startServer(`file:${dir}`),
      `DATABASE_URL names ${dir}, which is a directory, not an SQLite database file.`,
    );
  });

  test("a text file: refused in one line", async () => {
    const file = path.join(folder, "notes.db");
    writeFileSync(file, "Not a database.\n");
    expectRefusal(
      await startServer(`file:${file}`),
      `DATABASE_URL names ${file}, which is not an SQLite database (its first bytes are not "SQLite format 3").`,
    );
  });

  test("a read-only copy of the run's migrated database: refused in one line", async () => {
    test.skip(runDatabaseKind() !== "sqlite", "the run's database is on PostgreSQL: there is no SQLite file to copy");
    const file = await copyOfRunDatabase("bad-config-read-only");
    try {
      chmodSync(file, 0o444);
      expectRefusal(
        await startServer(`file:${file}`),
        `DATABASE_URL names ${file}, which this process may not write (read-only file); the app must be able to write it and its folder.`,
      );
    } finally {
      rmSync(file, { force: true });
    }
  });

  test("an empty file, never migrated: refused in one line", async () => {
    const file = path.join(folder, "empty.db");
    writeFileSync(file, "");
    expectRefusal(
      await startServer(`file:${file}`),
      /^DATABASE_URL names .+empty\.db, which has not been migrated: run npm run db:migrate \(\d+ migrations are missing\)\.$/,
    );
  });

  test("a PostgreSQL server that is not there: refused in one line", async () => {
    expectRefusal(
      await startServer("postgresql://claims:secret-password@127.0.0.1:1/claims"),
      "DATABASE_URL: cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused).",
    );
  });

  test("the run's PostgreSQL database with a wrong password: refused in one line that does not say it", async () => {
    const location = runDatabase();
    test.skip(!location.url, "the run is on SQLite: no PostgreSQL server to refuse a password");
    const url = new URL(location.url as string);
    url.password = "not-the-password";
    const outcome = await startServer(url.toString());
    expectRefusal(
      outcome,
      `DATABASE_URL: PostgreSQL refused the user "${decodeURIComponent(url.username)}" (wrong password or no such role).`,
    );
    expect(outcome.output).not.toContain("not-the-password");
  });
});

test("the production server with a public origin that is not an origin, or another bad setting: refused in one line", async () => {
  // The run's own database, which serves: only the origin is wrong. The base of every absolute
  // link must never be a path, a script scheme or a guess (lib/public/public-origin.ts).
  const location = runDatabase();
  const databaseUrl = location.url ?? `file:${location.file}`;
  // Each bad setting alone, and the one line the server refuses it with.
  const refusals: Array<[variable: string, value: string, line: string]> = [
    [
      "PUBLIC_ORIGIN",
      "https://claims.example.org/tracker",
      "PUBLIC_ORIGIN must be an origin only, with no path, query or fragment, such as https://claims.example.org: the app is served at the root of its address.",
    ],
    [
      "NEXTAUTH_URL",
      "javascript:alert(1)",
      "NEXTAUTH_URL must start with http:// or https://, such as https://claims.example.org (it starts with javascript:).",
    ],
    // Every other setting too (lib/env.ts): a typo is no longer a default taken in silence.
    [
      "DATABASE_WRITE_WAIT_MS",
      "10s",
      'DATABASE_WRITE_WAIT_MS must be milliseconds, a whole number of at least 1 (it is "10s").',
    ],
    [
      "TRUSTED_PROXIES",
      "proxy.internal",
      'TRUSTED_PROXIES: "proxy.internal" is not an IP address or a CIDR range (like 10.0.0.0/8).',
    ],
  ];
  for (const [variable, value, line] of refusals) {
    expectRefusal(await startServer(databaseUrl, { [variable]: value }), line, variable);
  }
});

test("npm start on a directory: refused in one line before migrating, seeding or building", async () => {
  const dir = path.join(folder, "start-folder.db");
  mkdirSync(dir);
  const outcome = await runProgram("node", ["scripts/start.mjs"], {
    DATABASE_URL: `file:${dir}`,
    // Were the check to let it through, nothing of the project's own would be written.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET as string,
    PORT: String(nextPort++),
  });
  expect(outcome.code, outcome.output).toBe(1);
  expectRefusal(
    { ...outcome, started: false },
    `DATABASE_URL names ${dir}, which is a directory, not an SQLite database file.`,
  );
  expect(outcome.output).not.toContain("== database: applying migrations ==");
  expect(outcome.output).not.toContain("== build ==");
});
