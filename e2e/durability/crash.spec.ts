// The server killed with SIGKILL while editors write, reviewers approve and a CSV import runs,
// then started again, three times over on the same database: after each kill SQLite's
// integrity check is ok, the foreign keys hold, every write the server acknowledged is there
// with its history, and an import is all there or not there at all. After the last restart an
// interrupted import says so, leaves nothing behind, and the same file imports once, whole.
import { expect, test } from "@playwright/test";
import { createAccount, newTag, openDatabase, withSqliteFile, type Account } from "../security/support";
import { draftFields, importMapping } from "../support/claim-fields";
import {
  copyOfRunDatabase,
  signedInClient,
  stopAllServers,
  StaffClient,
  startServer,
  Tally,
  type AppServer,
} from "./support";

const PORT = Number(process.env.PORT ?? 3100) + 52;
// An interrupted job is reported (and its waiting rows removed) once it has been still this long.
const STALE_MS = 1_500;
const SERVER_ENV = { IMPORT_STALE_AFTER_MS: String(STALE_MS) };

test.setTimeout(300_000);
test.afterEach(({}, testInfo) => stopAllServers(testInfo));

interface Acknowledged {
  claimId: string;
  actions: string[];
}

interface ImportRun {
  tag: string;
  rows: number;
  csv: string;
  jobId: string;
  doneBeforeKill: boolean;
  importer: Account;
}

/** When to kill, in each round: mid-import for sure, at once, and later with approvals under way. */
const ROUNDS: { rows: number; kill: "after_first_batch" | "at_once" | "after_1500ms" }[] = [
  { rows: 20_000, kill: "after_first_batch" },
  { rows: 3_000, kill: "at_once" },
  { rows: 3_000, kill: "after_1500ms" },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function csvFile(sourceName: string, tag: string, rows: number): string {
  const lines = ["Source;Phrase;Date;URL"];
  // One figure per sentence; the row's own address keeps each row distinct.
  for (let i = 1; i <= rows; i++)
    lines.push(
      `${sourceName};"At least ${(i % 900) + 10} soldiers were killed in Idlib.";2020-02-27 ${String(i % 24).padStart(2, "0")}:00;https://example.org/${tag}/${i}`,
    );
  return lines.join("\r\n");
}

const MAPPING = importMapping({ source: 0, sentence: 1, reportedAt: 2, articleUrl: 3 });

async function startImport(client: StaffClient, quantityId: string, csv: string, tag: string): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), `${tag}.csv`);
  form.append("plan", JSON.stringify({ quantityId, language: "en", mapping: MAPPING }));
  const answer = await client.request("/claims/import/jobs", { method: "POST", body: form });
  expect(answer.status, answer.text).toBe(202);
  return (JSON.parse(answer.text) as { jobId: string }).jobId;
}

async function jobOf(client: StaffClient, jobId: string) {
  const answer = await client.request(`/claims/import/jobs/${jobId}`);
  expect(answer.status, answer.text).toBe(200);
  return (
    JSON.parse(answer.text) as {
      job: { status: string; done: number; total: number; error: string | null };
    }
  ).job;
}

test("killed with SIGKILL in the middle of imports and approvals, restarted: nothing acknowledged is lost, no import is half there", async () => {
  const database = await copyOfRunDatabase("crash");
  const editors = await Promise.all(
    Array.from({ length: 3 }, () => createAccount("editor", newTag(), { file: database })),
  );
  const reviewers = await Promise.all(
    Array.from({ length: 2 }, () => createAccount("reviewer", newTag(), { file: database })),
  );
  const importers = await Promise.all(ROUNDS.map(() => createAccount("editor", newTag(), { file: database })));
  const { quantityId, sourceId, sourceName } = withSqliteFile(
    (db) =>
      db
        .prepare(
          `SELECT q.id AS quantityId, s.id AS sourceId, s.name AS sourceName FROM "Quantity" q, "Source" s ORDER BY q.id, s.id LIMIT 1`,
        )
        .get() as { quantityId: string; sourceId: string; sourceName: string },
    database,
  );

  const acknowledged = new Map<string, Acknowledged>();
  const imports: ImportRun[] = [];
  const figures = { kills: 0, killedMidImport: 0, acknowledgedWrites: 0, networkErrorsAtKill: 0 };

  for (const [round, plan] of ROUNDS.entries()) {
    const server = await startServer(database, PORT, SERVER_ENV);
    const tally = new Tally();
    const client = (account: Account) => signedInClient(server, account, tally);
    const editorClients = await Promise.all(editors.map(client));
    const reviewerClients = await Promise.all(reviewers.map(client));
    const importer = await client(importers[round]!);

    let killed = false;
    const inReview: { id: string; version: number }[] = [];
    const ack = (claimId: string, action: string) => {
      const entry = acknowledged.get(claimId) ?? { claimId, actions: [] };
      entry.actions.push(action);
      acknowledged.set(claimId, entry);
    };
    // Until the kill: editors write and submit, reviewers approve. A request cut off by the
    // kill was never acknowledged; anything else than success or a conflict fails the test.
    const keepWriting = async (work: () => Promise<void>) => {
      while (!killed) {
        try {
          await work();
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    };
    const editorWork = editorClients.map((c, e) =>
      keepWriting(async () => {
        const tag = `crash-${round}-${e}-${newTag()}`;
        const created = await c.action(
          "app/claims/actions.ts#createDraftAction",
          draftFields(tag, quantityId, sourceId),
        );
        expect(created.ok, `create: ${created.status} ${created.code}`).toBe(true);
        const id = /^\/claims\/([^/?]+)/.exec(created.redirect ?? "")?.[1] as string;
        ack(id, "create");
        const submitted = await c.action("app/claims/actions.ts#submitClaimAction", {
          claimId: id,
          version: "1",
        });
        expect(submitted.ok, `submit: ${submitted.status} ${submitted.code}`).toBe(true);
        ack(id, "submit");
        inReview.push({ id, version: 2 });
      }),
    );
    const reviewerWork = reviewerClients.map((c) =>
      keepWriting(async () => {
        const next = inReview.shift();
        if (!next) {
          await sleep(20);
          return;
        }
        const approved = await c.action("app/review/actions.ts#approveClaimAction", {
          claimId: next.id,
          version: String(next.version),
        });
        expect(approved.ok, `approve: ${approved.status} ${approved.code}`).toBe(true);
        ack(next.id, "approve");
      }),
    );

    // The import, and the kill at the round's moment.
    const tag = `crashimport${round}${newTag()}`;
    const csv = csvFile(sourceName, tag, plan.rows);
    await sleep(1_500);
    const jobId = await startImport(importer, quantityId, csv, tag);
    let doneBeforeKill = false;
    if (plan.kill === "after_first_batch") {
      // Watched in the file itself, as the server's answers would come too late: the moment
      // the first batch of waiting rows is committed, the server dies.
      const watcher = openDatabase(database);
      try {
        const progress = watcher.prepare(`SELECT status, done FROM "ImportJob" WHERE id = ?`);
        for (;;) {
          const job = progress.get(jobId) as { status: string; done: number };
          expect(job.status, "the import was still running when its first batch was written").toBe("running");
          if (job.done > 0) break;
          await sleep(2);
        }
      } finally {
        watcher.close();
      }
    } else if (plan.kill === "after_1500ms") {
      const until = Date.now() + 1_500;
      while (Date.now() < until) {
        doneBeforeKill ||= (await jobOf(importer, jobId)).status === "done";
        await sleep(100);
      }
    }
    killed = true;
    await server.kill("SIGKILL");
    figures.kills += 1;
    if (!doneBeforeKill) figures.killedMidImport += 1;
    await Promise.all([...editorWork, ...reviewerWork]);
    expect(tally.serverErrors, `5xx answers before the kill in round ${round}`).toEqual([]);
    figures.networkErrorsAtKill += tally.networkErrors;
    imports.push({ tag, rows: plan.rows, csv, jobId, doneBeforeKill, importer: importers[round]! });

    expectWhole(database, acknowledged, imports);
  }

  // Started once more: an interrupted import says so and leaves no waiting rows; the same file
  // then imports exactly once, whole, and a file already imported adds nothing.
  const server: AppServer = await startServer(database, PORT, SERVER_ENV);
  try {
    await sleep(STALE_MS + 200);
    const tally = new Tally();
    for (const run of imports) {
      const importer = await signedInClient(server, run.importer, tally);
      const before = await jobOf(importer, run.jobId);
      const present = claimsOfImport(database, run.tag);
      if (present === 0) {
        expect(before.status, `the interrupted import ${run.jobId}`).toBe("failed");
        expect(before.error).toContain("nothing was kept");
      } else {
        expect(before.status).toBe("done");
      }
      expect(
        withSqliteFile(
          (db) =>
            db.prepare(`SELECT COUNT(*) AS n FROM "ImportRow" WHERE jobId = ?`).get(run.jobId) as {
              n: number;
            },
          database,
        ).n,
        "waiting rows left behind",
      ).toBe(0);

      const again = await startImport(importer, quantityId, run.csv, run.tag);
      for (let job = await jobOf(importer, again); job.status === "running"; job = await jobOf(importer, again))
        await sleep(100);
      expect((await jobOf(importer, again)).status).toBe("done");
      expect(claimsOfImport(database, run.tag), `claims from ${run.tag} after importing it again`).toBe(run.rows);
    }
    expect(tally.serverErrors).toEqual([]);
    expectWhole(database, acknowledged, imports);
  } finally {
    await server.kill("SIGTERM");
  }

  figures.acknowledgedWrites = [...acknowledged.values()].reduce((n, a) => n + a.actions.length, 0);
  console.log(`durability: crash ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: "crash", description: JSON.stringify(figures) });
  expect(figures.killedMidImport, "kills that landed while an import ran").toBeGreaterThanOrEqual(1);
});

const claimsOfImport = (database: string, tag: string) =>
  withSqliteFile(
    (db) =>
      db.prepare(`SELECT COUNT(*) AS n FROM "Claim" WHERE articleUrl LIKE ?`).get(`https://example.org/${tag}/%`) as {
        n: number;
      },
    database,
  ).n;

/** The file is sound, and every acknowledged write is in it, with its history in order. */
function expectWhole(database: string, acknowledged: Map<string, Acknowledged>, imports: ImportRun[]) {
  withSqliteFile((db) => {
    expect(db.pragma("integrity_check"), "PRAGMA integrity_check").toEqual([{ integrity_check: "ok" }]);
    expect(db.pragma("foreign_key_check"), "PRAGMA foreign_key_check").toEqual([]);
    const history = db.prepare(
      `SELECT action FROM "HistoryEntry" WHERE entityType = 'claim' AND entityId = ? ORDER BY id`,
    );
    const claim = db.prepare(`SELECT version FROM "Claim" WHERE id = ?`);
    for (const { claimId, actions } of acknowledged.values()) {
      const row = claim.get(claimId) as { version: number } | undefined;
      expect(row, `acknowledged claim ${claimId}`).toBeDefined();
      expect(row!.version, `acknowledged writes to ${claimId}`).toBeGreaterThanOrEqual(actions.length);
      const recorded = (history.all(claimId) as { action: string }[]).map((h) => h.action);
      // A write cut off by the kill may have committed unacknowledged: it can only come last.
      expect(recorded.slice(0, actions.length), `history of ${claimId}`).toEqual(actions);
    }
  }, database);
  for (const run of imports) {
    const present = claimsOfImport(database, run.tag);
    expect([0, run.rows], `claims from the import ${run.tag}: all or none`).toContain(present);
    if (run.doneBeforeKill) expect(present, `the import ${run.tag} finished before the kill`).toBe(run.rows);
  }
}
