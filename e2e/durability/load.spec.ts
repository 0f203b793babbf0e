// Many editors and reviewers writing at once, on a server of this spec's own, while a second
// process writes to the same database file (the user:create command line, online backups):
// every acknowledged write is in the database exactly once, with its history; every lost race
// is a clear "conflict" that wrote nothing; no answer is a 5xx. Then the restore drill: the last
// backup taken under load, restored with `npm run db:restore`, serves the newsroom again.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createAccount, newTag, withSqliteFile, type Account, type FormFields } from "../security/support";
import { copyOfRunDatabase, signedInClient, stopAllServers, databaseUrlOf, runScript, StaffClient, startServer, Tally, type AppServer } from "./support";

const PORT = Number(process.env.PORT ?? 3100) + 50;
const EDITORS = 8;
const REVIEWERS = 4;
const CLAIMS_PER_EDITOR = 10;
const SECOND_PROCESS_ROUNDS = 3;

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);
test.afterEach(({}, testInfo) => stopAllServers(testInfo));

interface Written {
  id: string;
  editor: string;
  /** The acknowledged writes, in order: what the claim's history must say. */
  actions: string[];
  sentence: string;
  finalStatus: "draft" | "in_review" | "published";
  /** When each of those writes was acknowledged (for the restore drill). */
  ackedAt: number[];
}

function acknowledge(claim: Written, action: string) {
  claim.actions.push(action);
  claim.ackedAt.push(performance.now());
}

const sentenceOf = (tag: string) => `Officials said at least 29 soldiers were killed (${tag}).`;

function claimFields(tag: string, quantityId: string, sourceId: string): FormFields {
  return { sentence: sentenceOf(tag), language: "en", quote: "at least 29", value: "29", qualifier: "at_least", kind: "count", quantityId, sourceId, reportedAt: "2020-02-27T22:00" };
}

/** A queue the reviewers wait on, fed by the editors as they submit. */
class ReviewQueue {
  private items: { claim: Written; version: number; index: number }[] = [];
  private waiting: (() => void)[] = [];
  private closed = false;
  push(item: { claim: Written; version: number; index: number }) {
    this.items.push(item);
    this.waiting.splice(0).forEach((wake) => wake());
  }
  close() {
    this.closed = true;
    this.waiting.splice(0).forEach((wake) => wake());
  }
  async take() {
    for (;;) {
      const item = this.items.shift();
      if (item || this.closed) return item ?? null;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }
}

test("many editors and reviewers writing at once, with a second process writing, lose nothing and duplicate nothing", async () => {
  const database = await copyOfRunDatabase("load");
  const editors = await Promise.all(Array.from({ length: EDITORS }, () => createAccount("editor", newTag(), { file: database })));
  const reviewers = await Promise.all(Array.from({ length: REVIEWERS }, () => createAccount("reviewer", newTag(), { file: database })));
  const { quantityId, sourceId } = withSqliteFile(
    (db) => db.prepare(`SELECT q.id AS quantityId, (SELECT id FROM "Source" ORDER BY id LIMIT 1) AS sourceId FROM "Quantity" q ORDER BY q.id LIMIT 1`).get() as { quantityId: string; sourceId: string },
    database,
  );
  const server = await startServer(database, PORT);
  const backups = path.join(path.dirname(database), `backups-${newTag()}`);
  mkdirSync(backups, { recursive: true });
  try {
    const tally = new Tally();
    const signedIn = (account: Account) => signedInClient(server, tally, account);
    const editorClients = await Promise.all(editors.map(signedIn));
    const reviewerClients = await Promise.all(reviewers.map(signedIn));
    tally.latencies.length = 0;

    const written: Written[] = [];
    const lostRaces: string[] = [];
    const queue = new ReviewQueue();
    const started = performance.now();

    const editorWork = editorClients.map(async (client, e) => {
      for (let n = 0; n < CLAIMS_PER_EDITOR; n++) {
        const tag = `load-${e}-${n}-${newTag()}`;
        const created = await client.action("app/claims/actions.ts#createDraftAction", claimFields(tag, quantityId, sourceId));
        expect(created.ok, `create ${tag}: ${created.status} ${created.code}`).toBe(true);
        const id = /^\/claims\/([^/?]+)/.exec(created.redirect ?? "")?.[1] as string;
        const claim: Written = { id, editor: editors[e]!.id, actions: ["create"], sentence: sentenceOf(tag), finalStatus: "draft", ackedAt: [performance.now()] };
        written.push(claim);

        // Two edits of version 1 at once (two tabs): one wins, the other is told of the conflict.
        const edits = await Promise.all(
          ["A", "B"].map((side) =>
            client.action("app/claims/actions.ts#updateDraftAction", { ...claimFields(`${tag} ${side}`, quantityId, sourceId), claimId: id, version: "1" }),
          ),
        );
        const winners = edits.filter((edit) => edit.ok);
        expect(winners, `exactly one of two simultaneous edits of ${id} wins`).toHaveLength(1);
        const loser = edits.find((edit) => !edit.ok);
        expect(loser?.code, `the other edit of ${id} is refused as a conflict`).toBe("conflict");
        lostRaces.push(id);
        acknowledge(claim, "update");
        claim.sentence = sentenceOf(`${tag} ${edits[0]!.ok ? "A" : "B"}`);

        const submitted = await client.action("app/claims/actions.ts#submitClaimAction", { claimId: id, version: "2" });
        expect(submitted.ok, `submit ${id}: ${submitted.status} ${submitted.code}`).toBe(true);
        acknowledge(claim, "submit");
        claim.finalStatus = "in_review";
        queue.push({ claim, version: 3, index: written.length });
      }
    });

    const reviewerWork = reviewerClients.map(async (client, r) => {
      for (;;) {
        const item = await queue.take();
        if (!item) return;
        const { claim, version, index } = item;
        const reject = index % 5 === 0;
        const decide = (reviewer: StaffClient) =>
          reject
            ? reviewer.action("app/review/actions.ts#rejectClaimAction", { claimId: claim.id, version: String(version), note: "Check the figure against the ministry." })
            : reviewer.action("app/review/actions.ts#approveClaimAction", { claimId: claim.id, version: String(version) });
        // Every third claim, two reviewers decide at the same moment: one decision stands.
        const racing = index % 3 === 0 ? [client, reviewerClients[(r + 1) % REVIEWERS]!] : [client];
        const decisions = await Promise.all(racing.map(decide));
        expect(decisions.filter((d) => d.ok), `exactly one decision on ${claim.id} stands: ${JSON.stringify(decisions)}`).toHaveLength(1);
        for (const refused of decisions.filter((d) => !d.ok)) {
          expect(refused.code, `the other decision on ${claim.id} is refused as a conflict`).toBe("conflict");
          lostRaces.push(claim.id);
        }
        acknowledge(claim, reject ? "reject" : "approve");
        claim.finalStatus = reject ? "draft" : "published";
      }
    });

    // The second process: the account command line and online backups, one after another,
    // for as long as the newsroom writes.
    const secondProcess = (async () => {
      const results: { what: string; code: number; output: string; at: number }[] = [];
      for (let round = 0; round < SECOND_PROCESS_ROUNDS; round++) {
        const email = `cli-${round}-${newTag()}@load.example`;
        const cli = await runScript(["user:create", "--", "--email", email, "--name", `Command line ${round}`, "--role", "editor"], { DATABASE_URL: databaseUrlOf(database) });
        results.push({ what: `user:create ${email}`, ...cli, at: performance.now() });
        const beganAt = performance.now();
        const backup = await runScript(["db:backup", "--", "--to", backups], { DATABASE_URL: databaseUrlOf(database) });
        results.push({ what: "db:backup", ...backup, at: beganAt });
      }
      return results;
    })();

    // Every worker to its end before any verdict: a failure in one must not hide behind
    // another's connection cut by the server's shutdown.
    const editorsDone = await Promise.allSettled(editorWork);
    queue.close();
    const outcomes = [...editorsDone, ...(await Promise.allSettled(reviewerWork))];
    for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
    const seconds = (performance.now() - started) / 1000;
    const secondResults = await secondProcess;

    // No 5xx, no dropped connection, every second-process command succeeded.
    expect(tally.serverErrors, "answers with a 5xx").toEqual([]);
    expect(tally.networkErrors, "requests that got no answer").toBe(0);
    for (const result of secondResults) expect(result.code, `${result.what}:\n${result.output}`).toBe(0);

    // Every acknowledged write is there, once, with its history, in order.
    const authors = editors.map((e) => e.id);
    const rows = withSqliteFile(
      (db) =>
        db.prepare(`SELECT id, status, version, sentence FROM "Claim" WHERE authorId IN (${authors.map(() => "?").join(",")})`).all(...authors) as {
          id: string;
          status: string;
          version: number;
          sentence: string;
        }[],
      database,
    );
    expect(rows, "one claim per acknowledged creation, no more").toHaveLength(EDITORS * CLAIMS_PER_EDITOR);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const claim of written) {
      const row = byId.get(claim.id);
      expect(row, `claim ${claim.id}`).toMatchObject({ status: claim.finalStatus, version: claim.actions.length, sentence: claim.sentence });
      const history = withSqliteFile(
        (db) => db.prepare(`SELECT action FROM "HistoryEntry" WHERE entityType = 'claim' AND entityId = ? ORDER BY id`).all(claim.id) as { action: string }[],
        database,
      ).map((h) => h.action);
      expect(history, `history of ${claim.id}`).toEqual(claim.actions);
    }
    const createdByCli = withSqliteFile((db) => db.prepare(`SELECT COUNT(*) AS n FROM "User" WHERE email LIKE 'cli-%@load.example'`).get() as { n: number }, database);
    expect(createdByCli.n, "accounts made by the command line during the load").toBe(SECOND_PROCESS_ROUNDS);
    const integrity = withSqliteFile((db) => db.pragma("integrity_check"), database) as { integrity_check: string }[];
    expect(integrity).toEqual([{ integrity_check: "ok" }]);

    const acknowledged = written.reduce((n, claim) => n + claim.actions.length, 0);
    const figures = {
      editors: EDITORS,
      reviewers: REVIEWERS,
      requests: tally.latencies.length,
      acknowledgedWrites: acknowledged,
      refusedAsConflict: lostRaces.length,
      secondProcessCommands: secondResults.length,
      seconds: Number(seconds.toFixed(1)),
      writesPerSecond: Number((acknowledged / seconds).toFixed(1)),
      p50ms: Math.round(tally.percentile(50)),
      p99ms: Math.round(tally.percentile(99)),
      statuses: Object.fromEntries(tally.statuses),
    };
    console.log(`durability: load ${JSON.stringify(figures)}`);
    test.info().annotations.push({ type: "load", description: JSON.stringify(figures) });

    // The restore drill: the last backup, taken while the newsroom wrote, restored by the
    // documented command into a new place, serves again with everything acknowledged before it.
    const lastBackup = secondResults.filter((r) => r.what === "db:backup").at(-1)!;
    const backupFile = /to (\S+\.db)/.exec(lastBackup.output)?.[1];
    expect(backupFile, lastBackup.output).toBeTruthy();
    const restored = path.join(path.dirname(database), `restored-${newTag()}.db`);
    const restore = await runScript(["db:restore", "--", path.resolve(process.cwd(), backupFile as string), "--force"], { DATABASE_URL: databaseUrlOf(restored) });
    expect(restore.code, restore.output).toBe(0);
    await drill(restored, written, lastBackup.at, editors[0]!);
  } catch (error) {
    console.log(`durability: the load server said:\n${server.output()}`);
    throw error;
  } finally {
    await server.kill("SIGTERM");
  }
});

/** Starts a server on the restored file: every write acknowledged before the backup began is there, and the newsroom opens it. */
async function drill(restored: string, written: Written[], backupBeganAt: number, editor: Account) {
  const before = written.filter((claim) => (claim.ackedAt[0] as number) < backupBeganAt);
  expect(before.length, "claims created before the last backup began").toBeGreaterThan(0);
  const server: AppServer = await startServer(restored, PORT + 1);
  try {
    const client = await signedInClient(server, new Tally(), editor);
    const mine = before.filter((claim) => claim.editor === editor.id);
    for (const claim of before) {
      const row = withSqliteFile((db) => db.prepare(`SELECT version FROM "Claim" WHERE id = ?`).get(claim.id) as { version: number } | undefined, restored);
      expect(row, `claim ${claim.id} after the restore`).toBeDefined();
      const acknowledgedBefore = claim.ackedAt.filter((at) => at < backupBeganAt).length;
      expect(row!.version, `writes to ${claim.id} acknowledged before the backup`).toBeGreaterThanOrEqual(acknowledgedBefore);
    }
    for (const claim of mine.slice(0, 3)) {
      const page = await client.request(`/claims/${claim.id}`);
      expect(page.status, `the restored claim ${claim.id} opens`).toBe(200);
    }
    expect(withSqliteFile((db) => db.pragma("integrity_check"), restored)).toEqual([{ integrity_check: "ok" }]);
  } finally {
    await server.kill("SIGTERM");
  }
}
