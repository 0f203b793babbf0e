import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/tests/database/test-database";
import { changeOf } from "@/tests/history-change";
import { historyOf } from "./history";
import {
  changeUserRole,
  createUser,
  findActiveStaffMember,
  findUserForSignIn,
  listUsers,
  setUserDisabled,
} from "./users";

// lib/data/users talks to the app's one client (./db); in tests that client is a new, migrated
// database of this file's own (tests/setup.ts).

// No real hashing here: these tests are about accounts, not passwords.
const HASH = "$2b$12$not.a.real.hash.only.for.these.tests.............";

let counter = 0;
async function newUser(role: "editor" | "reviewer" | "admin" = "editor", actorId: string | null = null) {
  counter += 1;
  const created = await createUser(
    { email: `Person${counter}@Newsroom.org`, name: `Person ${counter}`, role, passwordHash: HASH },
    actorId,
  );
  if (created === "email_taken") throw new Error("unexpected duplicate");
  return created;
}

async function sessionVersionOf(email: string) {
  const user = await findUserForSignIn(email);
  if (!user) throw new Error(`no user ${email}`);
  return user.sessionVersion;
}

describe("creating an account", () => {
  it("stores the email in lower case and records who created it", async () => {
    const admin = await newUser("admin");
    const user = await newUser("reviewer", admin.id);

    expect(user.email).toMatch(/^person\d+@newsroom\.org$/);
    expect(user.role).toBe("reviewer");
    const history = await historyOf("user", user.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: "create",
      before: null,
      actor: { email: admin.email },
    });
    // History never holds the password hash.
    expect(history[0]?.after).not.toContain("passwordHash");
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const user = await newUser();
    const again = await createUser(
      {
        email: `  ${user.email.toUpperCase()} `,
        name: "Someone else",
        role: "editor",
        passwordHash: HASH,
      },
      null,
    );
    expect(again).toBe("email_taken");
    expect((await listUsers()).filter((u) => u.email === user.email)).toHaveLength(1);
  });
});

describe("disabling an account", () => {
  it("ends every session at once, and records who did it", async () => {
    const admin = await newUser("admin");
    const editor = await newUser("editor");
    const version = await sessionVersionOf(editor.email);
    expect(await findActiveStaffMember(editor.id, version)).not.toBeNull();

    const result = await setUserDisabled(editor.id, true, admin.id);

    expect(result).toMatchObject({ ok: true, changed: true, user: { disabled: true } });
    expect(await findActiveStaffMember(editor.id, version)).toBeNull();
    const last = (await historyOf("user", editor.id)).at(-1);
    expect(last).toMatchObject({ action: "disable", actor: { email: admin.email } });
    expect(changeOf(last)).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
  });

  it("enabling lets the person sign in again, but old sessions stay ended", async () => {
    const admin = await newUser("admin");
    const editor = await newUser("editor");
    const oldVersion = await sessionVersionOf(editor.email);
    await setUserDisabled(editor.id, true, admin.id);
    await setUserDisabled(editor.id, false, admin.id);

    const account = await findUserForSignIn(editor.email);
    expect(account?.disabled).toBe(false);
    expect(await findActiveStaffMember(editor.id, oldVersion)).toBeNull();
    expect(await findActiveStaffMember(editor.id, account?.sessionVersion ?? -1)).not.toBeNull();
    expect((await historyOf("user", editor.id)).map((entry) => entry.action)).toEqual(["create", "disable", "enable"]);
  });

  it("disabling twice changes nothing the second time", async () => {
    const admin = await newUser("admin");
    const editor = await newUser("editor");
    await setUserDisabled(editor.id, true, admin.id);
    const again = await setUserDisabled(editor.id, true, admin.id);
    expect(again).toMatchObject({ ok: true, changed: false });
    expect((await historyOf("user", editor.id)).map((entry) => entry.action)).toEqual(["create", "disable"]);
  });

  it("answers not found for an account that does not exist", async () => {
    expect(await setUserDisabled("no-such-user", true, "anyone")).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});

describe("changing a role", () => {
  it("records the old and new role in history and ends the person's sessions", async () => {
    const admin = await newUser("admin");
    const editor = await newUser("editor");
    const version = await sessionVersionOf(editor.email);

    const result = await changeUserRole(editor.id, "reviewer", admin.id);

    expect(result).toMatchObject({ ok: true, changed: true, user: { role: "reviewer" } });
    const last = (await historyOf("user", editor.id)).at(-1);
    expect(last).toMatchObject({ action: "change_role", actor: { email: admin.email } });
    expect(changeOf(last)).toMatchObject({ before: { role: "editor" }, after: { role: "reviewer" } });
    expect(await findActiveStaffMember(editor.id, version)).toBeNull();
  });

  it("the same role again writes nothing", async () => {
    const admin = await newUser("admin");
    const editor = await newUser("editor");
    expect(await changeUserRole(editor.id, "editor", admin.id)).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(await historyOf("user", editor.id)).toHaveLength(1);
  });
});

describe("the list of accounts", () => {
  it("puts admins first and shows who is disabled", async () => {
    const admin = await newUser("admin");
    const editor = await newUser("editor");
    await setUserDisabled(editor.id, true, admin.id);

    const users = await listUsers();
    const roles = users.map((u) => u.role);
    expect(roles.indexOf("editor")).toBeGreaterThan(roles.lastIndexOf("admin"));
    expect(users.find((u) => u.id === editor.id)?.disabled).toBe(true);
    expect(Object.keys(users[0] ?? {})).not.toContain("passwordHash");
  });
});

describe("the user:create command", () => {
  const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

  /** Runs `npm run user:create -- ...args` against this file's database, SQLite file or PostgreSQL. */
  function userCreate(args: string[], stdin?: string) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/user-create.ts", ...args],
        { cwd: projectRoot, env: { ...process.env, DATABASE_URL: testDatabase.url } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(stdin ?? "");
    });
  }

  it("creates an account and prints its generated password once", { timeout: 30_000 }, async () => {
    const result = await userCreate(["--email", "Desk.Chief@Newsroom.org", "--name", "Desk Chief", "--role", "admin"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const password = /Password \(shown once[^)]*\): (\S+)/.exec(result.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{20,}$/);
    const account = await findUserForSignIn("desk.chief@newsroom.org");
    expect(account).toMatchObject({ name: "Desk Chief", role: "admin", disabled: false });
    const { verifyPassword } = await import("@/lib/auth/password");
    expect(await verifyPassword(password ?? "", account?.passwordHash ?? "")).toBe(true);
  });

  it("takes the password from standard input, and refuses a weak one in one line", { timeout: 30_000 }, async () => {
    const weak = await userCreate(
      ["--email", "weak@newsroom.org", "--name", "Weak", "--role", "editor", "--password-stdin"],
      "password1234\n",
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr.trim().split("\n")).toHaveLength(1);
    expect(weak.stderr).toContain("refused");
    expect(await findUserForSignIn("weak@newsroom.org")).toBeNull();

    const chosen = "tall ships and quiet harbours";
    const strong = await userCreate(
      ["--email", "strong@newsroom.org", "--name", "Strong", "--role", "editor", "--password-stdin"],
      `${chosen}\n`,
    );
    expect(strong.code).toBe(0);
    expect(strong.stdout).not.toContain(chosen);
    const { verifyPassword } = await import("@/lib/auth/password");
    expect(await verifyPassword(chosen, (await findUserForSignIn("strong@newsroom.org"))?.passwordHash ?? "")).toBe(
      true,
    );
  });

  it("answers bad options and a taken email with one clear line and a non-zero exit", { timeout: 30_000 }, async () => {
    const badRole = await userCreate(["--email", "x@newsroom.org", "--name", "X", "--role", "boss"]);
    expect(badRole).toMatchObject({
      code: 1,
      stderr: "user:create: --role: Choose a role: editor, reviewer or admin.\n",
    });
    const missing = await userCreate(["--email", "x@newsroom.org"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^user:create: --name is missing/);
    await userCreate(["--email", "twice@newsroom.org", "--name", "Twice", "--role", "editor"]);
    const twice = await userCreate(["--email", "TWICE@newsroom.org", "--name", "Twice", "--role", "editor"]);
    expect(twice).toMatchObject({
      code: 1,
      stderr: "user:create: an account for twice@newsroom.org already exists\n",
    });
  });
});
