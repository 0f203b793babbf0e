// What the durability specs share: a production server of their own (its own port, its own copy
// of the run's database, or the run's PostgreSQL database) that they can kill with SIGKILL and
// start again, and a plain HTTP client that signs in and calls server actions as a browser
// would, counting every answer.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import type { TestInfo } from "@playwright/test";
import { actionResult, action, newTag, openDatabase, type FormFields } from "../security/support";
import type { DatabaseLocation } from "../support/database";
import { e2eFiles } from "../support/e2e-files.mjs";

export const ROOT = path.resolve(__dirname, "../..");
/** Where the durability specs keep their databases, backups and dumps. */
export const RESULTS = path.join(ROOT, "test-results", "durability");
export const E2E_DATABASE_FILE = e2eFiles(ROOT).database;

// ---------------------------------------------------------------------------------------------
// A server of the spec's own

/** A copy of the run's database, taken with SQLite's online backup while the main server runs. */
export async function copyOfRunDatabase(name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}-${newTag()}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const db = openDatabase(E2E_DATABASE_FILE);
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  return file;
}

/** DATABASE_URL for a server or a command: an SQLite file's path, or a location (file or PostgreSQL URL). */
export const databaseUrlOf = (database: string | DatabaseLocation) =>
  typeof database === "string" ? `file:${database}` : (database.url ?? `file:${database.file}`);

/** Servers started and not yet stopped: a failing test leaves none behind (stopAllServers). */
const running = new Set<AppServer>();

/** For test.afterEach: stops whatever a test started and did not stop, and shows what a failed test's servers said. */
export async function stopAllServers(testInfo: TestInfo): Promise<void> {
  const left = [...running];
  if (testInfo.status !== testInfo.expectedStatus) {
    for (const server of left) console.log(`durability: ${server.baseURL} said:\n${server.output()}`);
  }
  await Promise.all(left.map((server) => server.kill("SIGKILL")));
}

export interface AppServer {
  baseURL: string;
  origin: string;
  /** Sends the signal to the server and every process it started, and waits for them to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** What the server printed, for a failure message. */
  output(): string;
}

/** Whether anything accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitUntilClosed(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await listening(port))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function waitUntilServing(baseURL: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/sign-in`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the server did not answer within ${timeoutMs / 1000} s`);
}

/**
 * `next start` on the production build at 127.0.0.1:`port`, in a process group of its own (so a
 * signal to the group reaches the child `next start` leaves holding the port), with the run's
 * session key and `env` on top (DATABASE_URL at least).
 */
export function spawnProductionServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET as string,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
}

/**
 * `next start` on the production build, in a process group of its own so SIGKILL reaches
 * every process it started, as a crash or the OOM killer would.
 */
export async function startServer(
  database: string | DatabaseLocation,
  port: number,
  env: Record<string, string> = {},
): Promise<AppServer> {
  const baseURL = `http://127.0.0.1:${port}`;
  // Another server on the port would answer in this one's place.
  if (!(await waitUntilClosed(port, 10_000))) throw new Error(`port ${port} is taken: stop what listens there`);
  let output = "";
  const child = spawnProductionServer(port, { DATABASE_URL: databaseUrlOf(database), ...env });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: AppServer = {
    baseURL,
    origin: baseURL,
    output: () => output,
    async kill(signal) {
      const signalGroup = (to: NodeJS.Signals) => {
        try {
          process.kill(-(child.pid as number), to);
        } catch {
          // already gone
        }
      };
      running.delete(server);
      signalGroup(signal);
      await exited;
      // `next start` serves from a child process, which may linger over open connections.
      if (!(await waitUntilClosed(port, 10_000))) {
        signalGroup("SIGKILL");
        await waitUntilClosed(port, 10_000);
      }
    },
  };
  running.add(server);
  try {
    await waitUntilServing(baseURL, child);
  } catch (error) {
    await server.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return server;
}

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs a project command (npm script) to its end: its exit code and what it printed. */
export function runScript(args: string[], env: Record<string, string>, input?: string): Promise<CommandResult> {
  return runProgram("npm", ["run", "--silent", ...args], env, input);
}

/** Runs a program in the project's folder to its end: its exit code and what it printed. */
export function runProgram(
  program: string,
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // A program that reads nothing (mount, say) may be gone before its input is written: EPIPE is no failure of its.
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
    child.once("error", (error) => resolve({ code: 127, output: `${output}${program}: ${error.message}` }));
    child.once("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

// ---------------------------------------------------------------------------------------------
// A person's browser, reduced to HTTP

/** Every answer the load got, by kind: the numbers the specs check and report. */
export class Tally {
  readonly latencies: number[] = [];
  readonly statuses = new Map<number, number>();
  readonly serverErrors: string[] = [];
  networkErrors = 0;

  record(status: number, ms: number, what: string, body: string) {
    this.latencies.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (status >= 500) this.serverErrors.push(`${what}: ${status} ${body.slice(0, 300)}`);
  }

  /** Forgets the timings and statuses so far; errors stay, to fail the run whenever they came. */
  resetTimings() {
    this.latencies.length = 0;
    this.statuses.clear();
  }

  /** All the answers of several tallies as one. */
  static of(tallies: Tally[]): Tally {
    const all = new Tally();
    for (const tally of tallies) {
      all.latencies.push(...tally.latencies);
      for (const [status, n] of tally.statuses) all.statuses.set(status, (all.statuses.get(status) ?? 0) + n);
      all.serverErrors.push(...tally.serverErrors);
      all.networkErrors += tally.networkErrors;
    }
    return all;
  }

  percentile(p: number): number {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted.length === 0
      ? 0
      : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
  }
}

export interface ActionOutcome {
  status: number;
  ok: boolean;
  /** The ActionResult's error code on a refusal ("conflict", "forbidden"…). */
  code: string | null;
  redirect: string | null;
  data: unknown;
}

/** A signed-in member of the newsroom, talking to one server over plain HTTP. */
export class StaffClient {
  private readonly cookies = new Map<string, string>();
  private readonly address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

  constructor(
    private server: AppServer,
    readonly tally: Tally,
  ) {}

  /** The same person, now talking to a restarted server (cookies kept, as a browser would). */
  useServer(server: AppServer) {
    this.server = server;
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(
    pathname: string,
    init: RequestInit = {},
    what = pathname,
    retried = false,
  ): Promise<Response & { text: string }> {
    const started = performance.now();
    const headers = new Headers(init.headers);
    headers.set("cookie", this.cookieHeader());
    headers.set("x-forwarded-for", this.address);
    if (init.method === "POST") headers.set("origin", this.server.origin);
    let response: Response;
    try {
      response = await fetch(this.server.baseURL + pathname, {
        ...init,
        headers,
        redirect: "manual",
      });
    } catch (error) {
      // A kept-alive connection the server closed just as it was reused: a reading is asked
      // again (it changes nothing); a write is never sent twice.
      const reset = (error as { cause?: { code?: string } }).cause?.code === "ECONNRESET";
      if (reset && (init.method ?? "GET") === "GET" && !retried) return this.request(pathname, init, what, true);
      this.tally.networkErrors += 1;
      throw error;
    }
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = (pair as string).indexOf("=");
      this.cookies.set((pair as string).slice(0, at), (pair as string).slice(at + 1));
    }
    const text = await response.text();
    this.tally.record(response.status, performance.now() - started, what, text);
    return Object.assign(response, { text });
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = JSON.parse((await this.request("/api/auth/csrf")).text) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" });
    await this.request("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    const session = JSON.parse((await this.request("/api/auth/session")).text) as {
      user?: { email?: string };
    };
    if (session.user?.email !== email) throw new Error(`${email} could not sign in`);
  }

  /** A form-style server action, posted as React posts a form (see e2e/security/support.ts). */
  async action(name: string, fields: FormFields): Promise<ActionOutcome> {
    const entry = action(name);
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(`_1_${key}`, v);
    }
    form.append("0", JSON.stringify([null, "$K1"]));
    const response = await this.request(
      entry.pagePath,
      {
        method: "POST",
        body: form,
        headers: { "Next-Action": entry.id, Accept: "text/x-component" },
      },
      name,
    );
    const redirect = response.headers.get("x-action-redirect")?.split(";")[0] ?? null;
    const result = actionResult(response.text);
    const ok = response.status < 400 && (redirect !== null || result?.ok === true);
    return {
      status: response.status,
      ok,
      code: result?.ok === false ? (result.error?.code ?? null) : null,
      redirect,
      data: result?.data,
    };
  }
}

/** A member of the newsroom signed in on the server, their answers counted in the tally (a new one by default). */
export async function signedInClient(
  server: AppServer,
  account: { email: string; password: string },
  tally = new Tally(),
): Promise<StaffClient> {
  const client = new StaffClient(server, tally);
  await client.signIn(account.email, account.password);
  return client;
}
