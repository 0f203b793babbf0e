// What the security specs share: accounts of their own (so no other spec's writes, sign-ins or
// role changes get in their way), server actions called the way React calls them, and direct
// reads of the run's database to prove what was, or was not, written.
import { createHash, randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test as base, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { serverActions, type ServerActionEntry } from "../authorization/build-entry-points";
import { withTestDatabase, type DatabaseLocation } from "../support/database";
import { e2eFiles } from "../support/e2e-files.mjs";

const E2E_DATABASE_FILE = e2eFiles(path.resolve(__dirname, "../..")).database;

export { readRow, readRows, runStatement, withTestDatabase, type DatabaseLocation } from "../support/database";

/** A connection to an SQLite file, for the durability specs' work on the file itself (pragmas, backups). */
export type SqliteDatabase = Database.Database;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Playwright compiles specs to CommonJS
const bcrypt = require("bcryptjs") as { hashSync(password: string, cost: number): string };

/** A connection to an SQLite file that waits for a writer rather than failing at once. */
export function openDatabase(file = E2E_DATABASE_FILE): SqliteDatabase {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  return db;
}

/** Work on an SQLite file itself (SQLite only: pragmas, backups); the run's database is withTestDatabase's. */
export function withSqliteFile<T>(work: (db: SqliteDatabase) => T, file = E2E_DATABASE_FILE): T {
  const db = openDatabase(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export const newTag = () => randomBytes(4).toString("hex");

export interface Account {
  id: string;
  email: string;
  password: string;
  role: "editor" | "reviewer" | "admin";
}

/**
 * An account for one spec alone, written straight into the database (bcrypt at a low cost: the
 * app checks any cost), the run's own unless told. Its id lets a spec ask "did this person write
 * anything?".
 */
export async function createAccount(
  role: Account["role"],
  tag = newTag(),
  location?: DatabaseLocation,
): Promise<Account> {
  const id = `e2esec${role}${tag}`;
  const email = `security-${role}-${tag}@e2e.example`;
  const password = `pw-${randomBytes(12).toString("hex")}`;
  const now = new Date();
  await withTestDatabase(
    (db) =>
      db.run(
        `INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
        id,
        email,
        `Security ${role} ${tag}`,
        role,
        bcrypt.hashSync(password, 4),
        now,
        now,
      ),
    { location },
  );
  return { id, email, password, role };
}

/** A request context from an address of its own (sign-ins are throttled per address). */
export async function newRequest(browser: Browser, baseURL: string): Promise<APIRequestContext> {
  const [a, b, c] = randomBytes(3);
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `10.${a}.${b}.${c}` },
  });
  return context.request;
}

/** Signs in through next-auth's own endpoints, with its CSRF token, as the sign-in form does. */
export async function signIn(request: APIRequestContext, account: Pick<Account, "email" | "password">): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${account.email}`).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as {
    user?: { email?: string };
  };
  expect(session.user?.email, `${account.email} should be signed in`).toBe(account.email);
}

export async function signedInRequest(browser: Browser, baseURL: string, account: Account): Promise<APIRequestContext> {
  const request = await newRequest(browser, baseURL);
  await signIn(request, account);
  return request;
}

export interface SignedIn {
  account: Account;
  /** A request context signed in as the account, from an address of its own. */
  request: APIRequestContext;
  /** A tag for the names of the test's own writes. */
  tag: string;
}

/** The security specs' `test`: `signedIn(role)` makes an account of the test's own and signs a request in as it. */
export const test = base.extend<{ signedIn: (role: Account["role"]) => Promise<SignedIn> }>({
  signedIn: async ({ browser, baseURL }, provide) => {
    await provide(async (role) => {
      const account = await createAccount(role);
      const request = await signedInRequest(browser, baseURL as string, account);
      return { account, request, tag: newTag() };
    });
  },
});

/** The app's own origin, as playwright.config.ts builds it: a same-site request carries it. */
export const ORIGIN = `http://127.0.0.1:${Number(process.env.PORT ?? 3100)}`;

let actionsByName: Map<string, ServerActionEntry> | null = null;

/** A server action of the build by its name, "app/claims/actions.ts#createDraftAction". */
export function action(name: string): ServerActionEntry {
  actionsByName ??= new Map(serverActions().map((a) => [a.name, a]));
  const found = actionsByName.get(name);
  if (!found) throw new Error(`No server action ${name} in the build`);
  return found;
}

/** The form-style actions `(previousState, formData)`, as the forms call them. */
export const FORM_ACTIONS = [
  "app/claims/actions.ts#createDraftAction",
  "app/claims/actions.ts#updateDraftAction",
  "app/claims/actions.ts#submitClaimAction",
  "app/stories/actions.ts#createStoryAction",
  "app/stories/actions.ts#createQuantityAction",
  "app/sources/actions.ts#createSourceAction",
  "app/review/actions.ts#approveClaimAction",
  "app/review/actions.ts#rejectClaimAction",
  "app/review/actions.ts#retractClaimAction",
  "app/review/actions.ts#rateClaimAction",
  "app/admin/users/actions.ts#inviteUserAction",
  "app/admin/users/actions.ts#changeUserRoleAction",
  "app/admin/users/actions.ts#disableUserAction",
  "app/admin/users/actions.ts#enableUserAction",
] as const;

export type FormFields = Record<string, string | string[]>;

export interface ActionAnswer {
  response: APIResponse;
  status: number;
  body: string;
  /** The error code of an ActionResult, when the answer carries one. */
  code: string | null;
  /** Where the action sent the person on success (x-action-redirect), when it did. */
  redirect: string | null;
}

/**
 * Calls a server action as React does from a page: a multipart body whose field "0" holds the
 * arguments (`[previousState, "$K1"]`, "$K1" pointing at the form's fields, each named "_1_<name>"),
 * or a text body holding the JSON of plain arguments.
 */
export async function callAction(
  request: APIRequestContext,
  name: string,
  args: { form: FormFields } | { json: string },
  headers: Record<string, string> = {},
): Promise<ActionAnswer> {
  const entry = action(name);
  const common = {
    "Next-Action": entry.id,
    Accept: "text/x-component",
    Origin: ORIGIN,
    ...headers,
  };
  let response: APIResponse;
  if ("form" in args) {
    // The server reads a form's fields in the order sent, up to the first that is not one of
    // them: the fields first, the arguments ("0") last, as React writes them.
    const form = new FormData();
    for (const [key, value] of Object.entries(args.form)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(`_1_${key}`, v);
    }
    form.append("0", JSON.stringify([null, "$K1"]));
    response = await request.post(entry.pagePath, {
      headers: common,
      multipart: form,
      maxRedirects: 0,
    });
  } else {
    response = await request.post(entry.pagePath, {
      headers: { ...common, "Content-Type": "text/plain;charset=UTF-8" },
      data: args.json,
      maxRedirects: 0,
    });
  }
  const body = await response.text();
  return {
    response,
    status: response.status(),
    body,
    code: /"code":"([a-z_]+)"/.exec(body)?.[1] ?? null,
    redirect: response.headers()["x-action-redirect"]?.split(";")[0] ?? null,
  };
}

/** What must never reach a browser: stack frames, file paths, database and framework internals. */
export const LEAKS: [string, RegExp][] = [
  ["a stack frame", /\n\s+at [\w.<>$[\] ]+ \(|\bat (?:async )?[\w.$]+ \((?:file:|\/|node:)/],
  ["a server file path", /\/work\/|\/home\/|\/app\/\.next|\.next\/server|node_modules/],
  ["a Prisma error", /Prisma|prisma\.\w+\.\w+\(|Invalid `/],
  ["an SQLite error", /SQLITE_\w+|sqlite3?_|SqliteError|no such table|UNIQUE constraint|FOREIGN KEY constraint/i],
  // PostgreSQL's own messages (as node-postgres and Prisma's engine pass them on) and its names.
  [
    "a PostgreSQL error",
    /PostgreSQL|PostgresError|\bpg_\w+|\bSQLSTATE\b|duplicate key value|violates (?:unique|foreign key|not-null|check) constraint|(?:relation|column|function) "[^"]*"(?: of relation "[^"]*")? does not exist|syntax error at or near|invalid input syntax for|invalid byte sequence for encoding|value too long for type|out of range for type|current transaction is aborted|ECONNREFUSED/i,
  ],
  ["a JavaScript error name", /\b(?:TypeError|ReferenceError|SyntaxError|RangeError): /],
  ["a zod dump", /"code":"invalid_type"|ZodError/],
];

export function expectNoLeak(body: string, what: string) {
  for (const [name, pattern] of LEAKS) {
    const match = pattern.exec(body);
    expect(
      match?.[0] ?? null,
      `${what} shows ${name}: …${match ? body.slice(Math.max(0, match.index - 80), match.index + 120) : ""}…`,
    ).toBeNull();
  }
}

/**
 * A digest of whole tables (every column of every row, in id order), or of the rows with the ids
 * given: any write changes it. Compared within one database only (column order differs between
 * SQLite and PostgreSQL).
 */
export async function tableDigest(tables: readonly string[], ids?: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  const where = ids ? `WHERE "id" IN (${ids.map(() => "?").join(", ")})` : "";
  await withTestDatabase(async (db) => {
    for (const table of tables) {
      const rows = await db.all(`SELECT * FROM "${table}" ${where} ORDER BY "id"`, ...(ids ?? []));
      hash.update(`${table}:${rows.length}:${JSON.stringify(rows)}`);
    }
  });
  return hash.digest("hex");
}

export interface ParsedResult {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string; fields?: Record<string, string> };
}

/** The ActionResult inside an action's RSC answer (a row "1:{"ok":...}"), or null. */
export function actionResult(body: string): ParsedResult | null {
  for (const line of body.split("\n")) {
    const json = /^[0-9a-f]+:(\{"ok":.*)$/.exec(line)?.[1];
    if (!json) continue;
    try {
      return JSON.parse(json) as ParsedResult;
    } catch {
      continue;
    }
  }
  return null;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request sent as written, byte for byte: a path with a broken percent-encoding, a method
 * such as TRACE, headers no browser sends. Playwright's request context and fetch would
 * normalise or refuse some of them before they leave.
 */
export function rawRequest(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<RawAnswer> {
  const port = Number(process.env.PORT ?? 3100);
  // Node sends a DELETE's body with no length unless told, and the server reads it as a new
  // request. A connection of its own (agent: false): a body left half-sent by one test must not
  // become the start of the next one's.
  const length =
    body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === "content-length")
      ? { "content-length": String(Buffer.byteLength(body)) }
      : {};
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method,
        path: target,
        headers: { ...headers, ...length },
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
