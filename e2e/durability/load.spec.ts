// Many editors and reviewers writing at once, on servers of this spec's own, while a second
// process writes to the same database (the user:create command line) and backs it up: every
// acknowledged write is in the database exactly once, with its history; every lost race is a
// clear "conflict" that wrote nothing; no answer is a 5xx. Then the restore drill: the last
// backup taken under load, restored by the documented command, serves the newsroom again.
// On the run's database, whichever it is (./load-databases.ts): on SQLite one server on a copy
// of the file, on PostgreSQL two servers on one database, the races run across them.
import { expect, test } from "@playwright/test";
import { newTag, type Account } from "../security/support";
import { withTestDatabase, type DatabaseLocation } from "../support/database";
import { loadDatabase } from "./load-databases";
import { expectEveryWriteOnce, loadFigures, newsroomIn, runLoad, type Written } from "./load-scenario";
import { databaseUrlOf, runScript, signedInClient, startServer, stopAllServers, type AppServer } from "./support";

const PORT = Number(process.env.PORT ?? 3100) + 50;
const SECOND_PROCESS_ROUNDS = 3;

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);
test.afterEach(({}, testInfo) => stopAllServers(testInfo));

interface Command {
  what: string;
  code: number;
  output: string;
  /** When it began, for a backup: what was acknowledged before is in it. */
  at: number;
  file?: string | null;
}

test("many editors and reviewers writing at once, with a second process writing, lose nothing and duplicate nothing", async () => {
  const database = await loadDatabase();
  const newsroom = await newsroomIn(database.location);
  const servers: AppServer[] = [];
  for (let i = 0; i < database.servers; i++) servers.push(await startServer(database.location, PORT + i));
  // The accounts the command line makes during this run, and no other run's.
  const cliTag = newTag();
  try {
    // The second process: the account command line and a backup, one after another, for as
    // long as the newsroom writes.
    const secondProcess = async () => {
      const results: Command[] = [];
      for (let round = 0; round < SECOND_PROCESS_ROUNDS; round++) {
        const email = `cli-${cliTag}-${round}@load.example`;
        const cli = await runScript(
          ["user:create", "--", "--email", email, "--name", `Command line ${round}`, "--role", "editor"],
          { DATABASE_URL: databaseUrlOf(database.location) },
        );
        results.push({ what: `user:create ${email}`, ...cli, at: performance.now() });
        const beganAt = performance.now();
        results.push({ what: "backup", ...(await database.backup()), at: beganAt });
      }
      return results;
    };
    const run = await runLoad(servers, newsroom, secondProcess);
    for (const result of run.alongside) expect(result.code, `${result.what}:\n${result.output}`).toBe(0);

    await expectEveryWriteOnce(database.location, newsroom, run);
    const createdByCli = await withTestDatabase(
      (db) =>
        db.get<{ n: number }>(
          `SELECT COUNT(*) AS "n" FROM "User" WHERE "email" LIKE ?`,
          `cli-${cliTag}-%@load.example`,
        ),
      {
        location: database.location,
      },
    );
    expect(createdByCli?.n, "accounts made by the command line during the load").toBe(SECOND_PROCESS_ROUNDS);
    await database.expectSound(database.location);

    const figures = loadFigures(database.name, run);
    console.log(`durability: load ${JSON.stringify(figures)}`);
    test.info().annotations.push({ type: "load", description: JSON.stringify(figures) });

    // The restore drill: the last backup, taken while the newsroom wrote, restored by the
    // documented command into a new place, serves again with everything acknowledged before it.
    const lastBackup = run.alongside.filter((r) => r.what === "backup").at(-1)!;
    expect(lastBackup.file, lastBackup.output).toBeTruthy();
    const restored = await database.restore(lastBackup.file as string);
    await drill(restored, run.written, lastBackup.at, newsroom.editors[0]!, PORT + database.servers);
    await database.expectSound(restored);
  } catch (error) {
    for (const server of servers)
      console.log(`durability: the load server ${server.baseURL} said:\n${server.output()}`);
    throw error;
  } finally {
    for (const server of servers) await server.kill("SIGTERM");
    await database.dispose();
  }
});

/** Starts a server on the restored database: every write acknowledged before the backup began is there, and the newsroom opens it. */
async function drill(
  restored: DatabaseLocation,
  written: Written[],
  backupBeganAt: number,
  editor: Account,
  port: number,
) {
  const before = written.filter((claim) => (claim.ackedAt[0] as number) < backupBeganAt);
  expect(before.length, "claims created before the last backup began").toBeGreaterThan(0);
  const server: AppServer = await startServer(restored, port);
  try {
    const client = await signedInClient(server, editor);
    const rows = await withTestDatabase(
      (db) =>
        db.all<{ id: string; version: number }>(
          `SELECT "id", "version" FROM "Claim" WHERE "id" IN (${before.map(() => "?").join(",")})`,
          ...before.map((c) => c.id),
        ),
      { location: restored },
    );
    const versions = new Map(rows.map((row) => [row.id, row.version]));
    for (const claim of before) {
      expect(versions.get(claim.id), `claim ${claim.id} after the restore`).toBeDefined();
      const acknowledgedBefore = claim.ackedAt.filter((at) => at < backupBeganAt).length;
      expect(versions.get(claim.id), `writes to ${claim.id} acknowledged before the backup`).toBeGreaterThanOrEqual(
        acknowledgedBefore,
      );
    }
    for (const claim of before.filter((c) => c.editor === editor.id).slice(0, 3)) {
      const page = await client.request(`/claims/${claim.id}`);
      expect(page.status, `the restored claim ${claim.id} opens`).toBe(200);
    }
  } finally {
    await server.kill("SIGTERM");
  }
}
