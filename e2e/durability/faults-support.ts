// What the fault drill (e2e/durability/faults.spec.ts) is made of: the database a test works on,
// API tokens and accounts in it, writes through the API and through the claim form with every
// answer kept, timed public reads, a write lock held by another process, a disk made to fill up,
// and the verdict: every acknowledged write in the database once, nothing else.
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeSync, ftruncateSync, fstatSync } from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";
import { Client } from "pg";
import { WRITE_LOCK } from "../../lib/data/write-lock";
import { action, actionResult, createAccount, newTag, type Account, type FormFields } from "../security/support";
import { insertApiToken } from "../support/api-tokens";
import { draftFields, draftSentence } from "../support/claim-fields";
import { runDatabaseKind, withTestDatabase, type DatabaseKind, type DatabaseLocation } from "../support/database";
import { copyOfRunDatabase, ROOT, runProgram, type AppServer, type StaffClient } from "./support";

/** The sentence of a write refused because the write lock stayed taken past its budget. */
export const BUSY_SENTENCE = /^The database is busy; nothing was saved\. Try again in (\d+) seconds?\.$/;
/** The same, as the browser shows it among other words. */
export const BUSY_TEXT = /The database is busy; nothing was saved\. Try again in \d+ seconds?\./;
/** A write refused because the disk is full: says so, and that nothing was saved. */
export const FULL_SENTENCE = /database is full.*nothing was saved/i;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The database of a test

// The drill's own server is told apart from the run's main server on PostgreSQL by this name, so
// that terminating "the app's connections" cuts this server's and no other's.
export const DRILL_APPLICATION = "claim-tracker-fault-drill";

export interface DrillDatabase {
  kind: DatabaseKind;
  /** Where the test's own connections go. */
  location: DatabaseLocation;
  /** Where the drill's server goes (on PostgreSQL, with the drill's application_name). */
  serverLocation: DatabaseLocation;
  /** The SQLite file, or null on PostgreSQL. */
  file: string | null;
}

/** A copy of the run's SQLite file, or the run's PostgreSQL database itself. */
export async function drillDatabase(name: string): Promise<DrillDatabase> {
  if (runDatabaseKind() === "postgresql") {
    const url = process.env.E2E_DATABASE_URL as string;
    const named = new URL(url);
    named.searchParams.set("application_name", DRILL_APPLICATION);
    return {
      kind: "postgresql",
      location: { url },
      serverLocation: { url: named.toString() },
      file: null,
    };
  }
  const file = await copyOfRunDatabase(name);
  return sqliteDrillDatabase(file);
}

export const sqliteDrillDatabase = (file: string): DrillDatabase => ({
  kind: "sqlite",
  location: { file },
  serverLocation: { file },
  file,
});

/** What the drafts are about, and the story page the readers open: the demo's, read from the database. */
export interface Topic {
  quantityId: string;
  sourceId: string;
  sourceName: string;
  storySlug: string;
}

export async function topicIn(db: DrillDatabase): Promise<Topic> {
  const topic = await withTestDatabase(
    (sql) =>
      sql.get<Topic>(
        `SELECT q."id" AS "quantityId", s."id" AS "sourceId", s."name" AS "sourceName", st."slug" AS "storySlug"
         FROM "Quantity" q JOIN "Story" st ON st."id" = q."storyId", "Source" s ORDER BY q."id", s."id" LIMIT 1`,
      ),
    { location: db.location },
  );
  if (!topic) throw new Error("The run's database has no story with a quantity and no source to write about");
  return topic;
}

/** What a test writes with: the topic its writes are about, a tag of their own, and `count` new editors. */
export async function writersIn(
  db: DrillDatabase,
  count: number,
): Promise<{ topic: Topic; run: string; editors: Account[] }> {
  const editors = await Promise.all(
    Array.from({ length: count }, () => createAccount("editor", newTag(), db.location)),
  );
  return { topic: await topicIn(db), run: newRunTag(), editors };
}

/** Tokens that may write drafts, acting as `actingUserId`, one per client: each has its own rate limit. */
export function writeTokens(db: DrillDatabase, actingUserId: string, count: number): Promise<string[]> {
  return withTestDatabase(
    async (sql) => {
      const tokens: string[] = [];
      for (let made = 0; made < count; made++) {
        const row = { idPrefix: "faults", name: "Fault drill", createdById: actingUserId, actingUserId };
        tokens.push(await insertApiToken(sql, { ...row, scope: "write_drafts" }));
      }
      return tokens;
    },
    { location: db.location },
  );
}

// ---------------------------------------------------------------------------------------------
// Writes, each with a tag of its own in its sentence: the tag finds its claims in the database

/**
 * A tag for one test's writes, in letters only: a digit in the sentence would be one more figure
 * for the claim form's reader to offer.
 */
export const newRunTag = () => `faults-${newTag().replace(/[0-9]/g, (digit) => "ghijklmnop"[Number(digit)] as string)}`;

export { draftSentence as sentenceOf };

export const apiDraftBody = (topic: Topic, tag: string) => ({
  quantityId: topic.quantityId,
  sourceId: topic.sourceId,
  sentence: draftSentence(tag),
  language: "en",
  quote: "at least 29",
  qualifier: "at_least",
  value: 29,
  kind: "count",
  reportedAt: "2020-02-27T22:00:00Z",
});

export const formDraftFields = (topic: Topic, tag: string): FormFields =>
  draftFields(tag, topic.quantityId, topic.sourceId);

export interface WriteAnswer {
  via: "api" | "form";
  tag: string;
  /** 0 when no answer came: the connection was cut, or nothing came back in the time allowed. */
  status: number;
  /** The API's error code, or the form's ActionResult code. */
  code: string | null;
  message: string | null;
  /** The draft, when the write was acknowledged. */
  claimId: string | null;
  replayed: boolean;
  retryAfter: string | null;
  startedAt: number;
  at: number;
  error: string | null;
}

const noAnswer = (via: WriteAnswer["via"], tag: string, startedAt: number, error: unknown): WriteAnswer => ({
  via,
  tag,
  status: 0,
  code: null,
  message: null,
  claimId: null,
  replayed: false,
  retryAfter: null,
  startedAt,
  at: Date.now(),
  error: (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name ?? String(error),
});

/** POST /api/v1/claims with the tag as Idempotency-Key. */
export async function postDraft(
  server: AppServer,
  token: string,
  topic: Topic,
  tag: string,
  timeoutMs = 30_000,
): Promise<WriteAnswer> {
  const startedAt = Date.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${server.baseURL}/api/v1/claims`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        "Idempotency-Key": tag,
      },
      body: JSON.stringify(apiDraftBody(topic, tag)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    return noAnswer("api", tag, startedAt, error);
  }
  let json: { data?: { id?: string }; error?: { code?: string; message?: string } } = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // Not JSON: kept as the message below.
  }
  return {
    via: "api",
    tag,
    status: response.status,
    code: json.error?.code ?? null,
    message: json.error?.message ?? (json.data ? null : text.slice(0, 300)),
    claimId: response.status === 201 ? (json.data?.id ?? null) : null,
    replayed: response.headers.get("idempotent-replayed") === "true",
    retryAfter: response.headers.get("retry-after"),
    startedAt,
    at: Date.now(),
    error: null,
  };
}

/** Whether an API answer is worth the same request again: busy, full, or no answer at all. */
export const worthRetrying = (answer: WriteAnswer) =>
  answer.status === 0 || answer.status === 503 || answer.status === 507;

/**
 * The same request (same Idempotency-Key) until it is saved, refused for good, or `deadline`
 * passes, after the pause the answer asks for (at most 1 s: the drill has no time to lose).
 * Every answer goes to `answers`.
 */
export async function postUntilSaved(
  server: AppServer,
  token: string,
  topic: Topic,
  tag: string,
  answers: WriteAnswer[],
  deadline: number,
): Promise<WriteAnswer> {
  for (;;) {
    const answer = await postDraft(server, token, topic, tag, Math.max(1_000, deadline - Date.now()));
    answers.push(answer);
    if (!worthRetrying(answer) || Date.now() >= deadline) return answer;
    await sleep(Math.min(1_000, Number(answer.retryAfter) * 1_000 || 200));
  }
}

/** The claim form's server action (the one /claims/new posts to), once, as a browser sends it. */
export async function submitDraftForm(
  client: StaffClient,
  topic: Topic,
  tag: string,
  timeoutMs = 30_000,
): Promise<WriteAnswer> {
  const entry = action("app/claims/actions.ts#createDraftAction");
  const form = new FormData();
  for (const [key, value] of Object.entries(formDraftFields(topic, tag))) form.append(`_1_${key}`, value as string);
  form.append("0", JSON.stringify([null, "$K1"]));
  const startedAt = Date.now();
  try {
    const response = await client.request(
      entry.pagePath,
      {
        method: "POST",
        body: form,
        headers: { "Next-Action": entry.id, Accept: "text/x-component" },
        signal: AbortSignal.timeout(timeoutMs),
      },
      "createDraftAction",
    );
    const redirect = response.headers.get("x-action-redirect")?.split(";")[0] ?? "";
    const result = actionResult(response.text);
    return {
      via: "form",
      tag,
      status: response.status,
      code: result?.ok === false ? (result.error?.code ?? null) : null,
      message: result?.ok === false ? (result.error?.message ?? null) : null,
      claimId: /^\/claims\/([^/?]+)/.exec(redirect)?.[1] ?? null,
      replayed: false,
      retryAfter: null,
      startedAt,
      at: Date.now(),
      error: null,
    };
  } catch (error) {
    return noAnswer("form", tag, startedAt, error);
  }
}

// ---------------------------------------------------------------------------------------------
// Public reads

export interface Read {
  path: string;
  status: number;
  startedAt: number;
  ms: number;
}

export const publicPages = (topic: Topic) => ["/", `/story/${topic.storySlug}`, "/api/v1/stories"];

/** One public read, timed; status 0 when no answer came within 10 s. */
export async function timedRead(server: AppServer, pathname: string): Promise<Read> {
  const startedAt = Date.now();
  const began = performance.now();
  try {
    const response = await fetch(server.baseURL + pathname, {
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return { path: pathname, status: response.status, startedAt, ms: performance.now() - began };
  } catch {
    return { path: pathname, status: 0, startedAt, ms: performance.now() - began };
  }
}

// ---------------------------------------------------------------------------------------------
// The write lock, held by someone else

export interface HeldLock {
  /** When the lock was taken (ms since 1970). */
  heldAt: number;
  /** When it was given back. */
  released: Promise<number>;
  /** Gives it back now, if it is still held (a failed test must not leave it). */
  abandon(): Promise<void>;
}

const held = new Set<HeldLock>();

/** For test.afterEach: gives back every lock a test took and did not give back. */
export async function releaseAllLocks(): Promise<void> {
  await Promise.all([...held].map((lock) => lock.abandon()));
}

// Another program with the file open, as the sqlite3 shell or a backup script would be: a process
// of its own, so nothing of it shares the test's or the server's event loop. BEGIN IMMEDIATE takes
// SQLite's write lock and writes nothing; readers go on reading beside it (WAL).
const SQLITE_HOLDER = `
const Database = require("better-sqlite3");
const [file, ms] = process.argv.slice(1);
const db = new Database(file);
db.pragma("busy_timeout = 10000");
db.exec("BEGIN IMMEDIATE");
console.log("held " + Date.now());
setTimeout(() => {
  db.exec("COMMIT");
  db.close();
  console.log("released " + Date.now());
}, Number(ms));
`;

/**
 * The write lock taken by someone else for `ms`: on SQLite another process's BEGIN IMMEDIATE; on
 * PostgreSQL a session holding the app's write lock (lib/data/write-lock.ts), as another app
 * server's transaction would. Not LOCK TABLE "Claim" IN ACCESS EXCLUSIVE MODE: that also stops
 * every read of the claims, and the drill checks that reads go on.
 */
export function holdWriteLock(db: DrillDatabase, ms: number): Promise<HeldLock> {
  return db.file ? holdSqliteLock(db.file, ms) : holdPostgresLock(db.location.url as string, ms);
}

function holdSqliteLock(file: string, ms: number): Promise<HeldLock> {
  const child = spawn(process.execPath, ["-e", SQLITE_HOLDER, file, String(ms)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  // "close", not "exit": by then everything it printed has been read.
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  return new Promise((resolveHeld, rejectHeld) => {
    let resolveReleased: (at: number) => void = () => {};
    const released = new Promise<number>((resolve, reject) => {
      resolveReleased = resolve;
      void exited.then(() => reject(new Error(`the lock holder ended without giving the lock back:\n${output}`)));
    });
    released.catch(() => {});
    const lock: HeldLock = {
      heldAt: 0,
      released,
      async abandon() {
        held.delete(lock);
        // SQLite gives a dead process's lock back at once.
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        await exited;
      },
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const heldAt = /held (\d+)/.exec(output)?.[1];
      if (heldAt && lock.heldAt === 0) {
        lock.heldAt = Number(heldAt);
        held.add(lock);
        resolveHeld(lock);
      }
      const releasedAt = /released (\d+)/.exec(output)?.[1];
      if (releasedAt) {
        held.delete(lock);
        resolveReleased(Number(releasedAt));
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => {
      if (lock.heldAt === 0) rejectHeld(new Error(`the lock holder could not take the write lock:\n${output}`));
    });
  });
}

async function holdPostgresLock(url: string, ms: number): Promise<HeldLock> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query("SELECT pg_advisory_lock($1)", [WRITE_LOCK]);
  let ended = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    // Ending the session gives the lock back whatever state it is in.
    await client.end();
  };
  const heldAt = Date.now();
  const released = (async () => {
    await sleep(ms);
    if (!ended) await client.query("SELECT pg_advisory_unlock($1)", [WRITE_LOCK]);
    const at = Date.now();
    await end();
    return at;
  })();
  const lock: HeldLock = {
    heldAt,
    released,
    async abandon() {
      held.delete(lock);
      await end();
    },
  };
  held.add(lock);
  void released.finally(() => held.delete(lock)).catch(() => {});
  return lock;
}

/** Cuts every PostgreSQL connection of the drill's server, as a database restart or a network fault would. */
export async function terminateDrillConnections(db: DrillDatabase): Promise<number> {
  const rows = await withTestDatabase(
    (sql) =>
      sql.all<{ terminated: boolean }>(
        `SELECT pg_terminate_backend("pid") AS "terminated" FROM pg_stat_activity WHERE "application_name" = ?`,
        DRILL_APPLICATION,
      ),
    { location: db.location },
  );
  return rows.length;
}

// ---------------------------------------------------------------------------------------------
// The verdict

export interface Verdict {
  acknowledged: number;
  /** Acknowledged writes whose draft is not in the database (or another draft is there). */
  lost: string[];
  /** Tags with more than one draft. */
  duplicated: string[];
  /** Every draft of the run, by tag. */
  claimsByTag: Map<string, string[]>;
  /** Idempotency-Key → its draft, as the database keeps it. */
  keys: Map<string, string | null>;
}

/** What the database holds for the tags starting with `runTag`, against what was acknowledged. */
export async function verdict(db: DrillDatabase, runTag: string, answers: WriteAnswer[]): Promise<Verdict> {
  const { claims, keys } = await withTestDatabase(
    async (sql) => ({
      claims: await sql.all<{ id: string; sentence: string }>(
        `SELECT "id", "sentence" FROM "Claim" WHERE "sentence" LIKE ?`,
        `%(${runTag}-%`,
      ),
      keys: await sql.all<{ key: string; claimId: string | null }>(
        `SELECT "key", "claimId" FROM "ApiIdempotencyKey" WHERE "key" LIKE ?`,
        `${runTag}-%`,
      ),
    }),
    { location: db.location },
  );
  const claimsByTag = new Map<string, string[]>();
  for (const claim of claims) {
    const tag = /\(([^()]+)\)\.$/.exec(claim.sentence)?.[1] ?? claim.sentence;
    claimsByTag.set(tag, [...(claimsByTag.get(tag) ?? []), claim.id]);
  }
  const acknowledged = answers.filter((a) => a.claimId !== null);
  const lost = acknowledged
    .filter((a) => !(claimsByTag.get(a.tag) ?? []).includes(a.claimId as string))
    .map((a) => `${a.tag} → ${a.claimId}`);
  const duplicated = [...claimsByTag]
    .filter(([, ids]) => ids.length > 1)
    .map(([tag, ids]) => `${tag}: ${ids.join(", ")}`);
  return {
    acknowledged: acknowledged.length,
    lost,
    duplicated,
    claimsByTag,
    keys: new Map(keys.map((k) => [k.key, k.claimId])),
  };
}

/** The drafts in the database for one tag. */
export async function claimsOf(db: DrillDatabase, tag: string): Promise<{ claims: number; keys: number }> {
  return withTestDatabase(
    async (sql) => ({
      claims:
        (await sql.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Claim" WHERE "sentence" = ?`, draftSentence(tag)))
          ?.n ?? 0,
      keys:
        (await sql.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "ApiIdempotencyKey" WHERE "key" = ?`, tag))?.n ?? 0,
    }),
    { location: db.location },
  );
}

/** 5xx answers, as "what: status code message". */
export const serverErrorsOf = (
  answers: WriteAnswer[],
  reads: Read[] = [],
  expected: (a: WriteAnswer) => boolean = () => false,
) => [
  ...answers
    .filter((a) => a.status >= 500 && !expected(a))
    .map((a) => `${a.via} ${a.tag}: ${a.status} ${a.code} ${a.message}`),
  ...reads.filter((r) => r.status >= 500).map((r) => `GET ${r.path}: ${r.status}`),
];

/** Prints a scenario's figures and keeps them with the test's results, as the load test does. */
export function reportFigures(figures: Record<string, unknown>): void {
  console.log(`durability: faults ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: "faults", description: JSON.stringify(figures) });
}

// ---------------------------------------------------------------------------------------------
// A small disk that fills up

const mounted = new Set<string>();

/** A tmpfs of `megabytes` at `dir`: null when mounted, else why not (not root, no tmpfs…). */
export async function mountSmallDisk(dir: string, megabytes: number): Promise<string | null> {
  mkdirSync(dir, { recursive: true });
  const result = await runProgram("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m`, "tmpfs", dir]);
  if (result.code === 0) {
    mounted.add(dir);
    return null;
  }
  rmSync(dir, { recursive: true, force: true });
  return `mount -t tmpfs failed (${result.code}): ${result.output.trim()}`;
}

/** For test.afterEach, once the servers are stopped: a test that timed out never reached its finally. */
export async function unmountAllSmallDisks(): Promise<void> {
  for (const dir of [...mounted]) await unmountSmallDisk(dir);
}

export async function unmountSmallDisk(dir: string): Promise<void> {
  if (!mounted.delete(dir)) return;
  const result = await runProgram("umount", [dir]);
  // Something still holding a file there: detach it now, freed when the last user lets go.
  if (result.code !== 0) await runProgram("umount", ["-l", dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Fills the disk holding `dir` with one file of zeros until it is full, then frees `leaveBytes`. */
export function fillDisk(dir: string, leaveBytes: number): string {
  const filler = path.join(dir, "filler");
  const fd = openSync(filler, "w");
  try {
    for (const size of [1 << 20, 64 << 10, 4 << 10, 512]) {
      const zeros = Buffer.alloc(size);
      for (;;) {
        try {
          if (writeSync(fd, zeros) < size) break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOSPC") break;
          throw error;
        }
      }
    }
    ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leaveBytes));
  } finally {
    closeSync(fd);
  }
  return filler;
}
