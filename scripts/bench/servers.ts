// The processes the bench measures, each pinned to core 0 (the load generator keeps core 1):
// the production server (`next start`) on a seeded database, and the floor, a bare Node HTTP
// server answering one buffer, the fastest any server on this machine can answer those bytes.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { projectRoot } from "../run-command.mjs";

export const SERVER_CORE = "0";
export const LOAD_CORE = "1";

// Every server started and not yet stopped, so an interrupted run can stop them on its way out.
const children = new Set<ChildProcess>();

/** Stops every server at once (Ctrl-C): none may outlive the run. */
export function killAll(): void {
  for (const child of children) child.kill("SIGTERM");
}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

/** Starts `command` pinned to the server core and waits until `url` answers at `readyPath`. */
async function startPinned(
  command: string[],
  env: Record<string, string>,
  url: string,
  readyPath: string,
  name: string,
): Promise<Running> {
  const child = spawn("taskset", ["-c", SERVER_CORE, ...command], {
    cwd: projectRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const stop = () => stopChild(child);
  try {
    await waitForAnswer(url + readyPath, child, () => errors);
  } catch (error) {
    await stop();
    throw new Error(`${name} did not start: ${(error as Error).message}`, { cause: error });
  }
  return { url, stop };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await once(child, "exit");
  clearTimeout(timer);
}

async function waitForAnswer(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}\n${errors()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within 60 s\n${errors()}`);
}

/** `next start` on the last build, reading `databaseFile`. */
export function startNext(port: number, databaseFile: string, authSecret: string): Promise<Running> {
  const url = `http://127.0.0.1:${port}`;
  const next = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  const env = {
    DATABASE_URL: `file:${databaseFile}`,
    NEXTAUTH_SECRET: authSecret,
    NEXTAUTH_URL: url,
    NODE_ENV: "production",
  };
  return startPinned(
    [process.execPath, next, "start", "-p", String(port), "-H", "127.0.0.1"],
    env,
    url,
    "/sign-in",
    "next start",
  );
}

/** The floor: a bare Node server answering the bytes of `file` as HTML to every request. */
export function startFloor(port: number, file: string): Promise<Running> {
  const url = `http://127.0.0.1:${port}`;
  const script = path.join(projectRoot, "scripts", "bench", "floor-server.mjs");
  return startPinned([process.execPath, script, String(port), file], {}, url, "/", "the floor server");
}
