// The newsroom's load of e2e/durability/load.spec.ts, on any database and any number of app
// servers: editors and reviewers spread over the servers, every lost race run across two of
// them when there are two (two tabs of one editor, two reviewers deciding one claim), and what
// must then be true of the database: every acknowledged write there once, with its history in
// order, nothing else.
import { expect } from "@playwright/test";
import { createAccount, newTag, type Account } from "../security/support";
import { draftFields, draftSentence } from "../support/claim-fields";
import { withTestDatabase, type DatabaseLocation } from "../support/database";
import { signedInClient, Tally, type AppServer, type StaffClient } from "./support";

export const EDITORS = 8;
export const REVIEWERS = 4;
export const CLAIMS_PER_EDITOR = 10;

export interface Written {
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

/** The people of the load and what they write about, in the database at `location`. */
export interface Newsroom {
  editors: Account[];
  reviewers: Account[];
  quantityId: string;
  sourceId: string;
}

export async function newsroomIn(location: DatabaseLocation): Promise<Newsroom> {
  const editors = await Promise.all(Array.from({ length: EDITORS }, () => createAccount("editor", newTag(), location)));
  const reviewers = await Promise.all(
    Array.from({ length: REVIEWERS }, () => createAccount("reviewer", newTag(), location)),
  );
  const topic = await withTestDatabase(
    (db) =>
      db.get<{ quantityId: string; sourceId: string }>(
        `SELECT q."id" AS "quantityId", (SELECT s."id" FROM "Source" s ORDER BY s."id" LIMIT 1) AS "sourceId" FROM "Quantity" q ORDER BY q."id" LIMIT 1`,
      ),
    { location },
  );
  if (!topic) throw new Error("The run's database has no quantity to write about");
  return { editors, reviewers, ...topic };
}

export interface LoadRun<T> {
  written: Written[];
  /** Claim ids, once per race lost and refused as a conflict. */
  lostRaces: string[];
  tally: Tally;
  /** Requests per server, in the order given. */
  requestsPerServer: number[];
  seconds: number;
  /** What `alongside` gave. */
  alongside: T;
}

/**
 * The newsroom writing at once through `servers` (person i on server i mod n), while
 * `alongside` (the second process) runs. Every worker runs to its end before any verdict: a
 * failure in one must not hide behind another's connection cut by a server's shutdown.
 */
export async function runLoad<T>(
  servers: AppServer[],
  newsroom: Newsroom,
  alongside: () => Promise<T>,
): Promise<LoadRun<T>> {
  // One tally per server: each person's requests go to one server.
  const tallies = servers.map(() => new Tally());
  const signedIn = (i: number, account: Account) =>
    signedInClient(servers[i % servers.length] as AppServer, account, tallies[i % servers.length] as Tally);
  // Each editor has two tabs open, on two servers when there are two (a load balancer without
  // sticky sessions may send one person's tabs anywhere).
  const editorTabs = await Promise.all(
    newsroom.editors.map((editor, e) => Promise.all([signedIn(e, editor), signedIn(e + 1, editor)])),
  );
  const reviewerClients = await Promise.all(newsroom.reviewers.map((reviewer, r) => signedIn(r, reviewer)));
  // The sign-ins are not the load.
  for (const tally of tallies) tally.resetTimings();

  const written: Written[] = [];
  const lostRaces: string[] = [];
  const queue = new ReviewQueue();
  const { quantityId, sourceId } = newsroom;
  const started = performance.now();
  const second = alongside();

  const editorWork = editorTabs.map(async ([first, other], e) => {
    const [tabA, tabB] = [first as StaffClient, other as StaffClient];
    for (let n = 0; n < CLAIMS_PER_EDITOR; n++) {
      const tag = `load-${e}-${n}-${newTag()}`;
      const created = await tabA.action(
        "app/claims/actions.ts#createDraftAction",
        draftFields(tag, quantityId, sourceId),
      );
      expect(created.ok, `create ${tag}: ${created.status} ${created.code}`).toBe(true);
      const id = /^\/claims\/([^/?]+)/.exec(created.redirect ?? "")?.[1] as string;
      const claim: Written = {
        id,
        editor: newsroom.editors[e]!.id,
        actions: ["create"],
        sentence: draftSentence(tag),
        finalStatus: "draft",
        ackedAt: [performance.now()],
      };
      written.push(claim);

      // Two edits of version 1 at once, one from each tab: one wins, the other is told of the conflict.
      const edits = await Promise.all(
        (["A", "B"] as const).map((side) =>
          (side === "A" ? tabA : tabB).action("app/claims/actions.ts#updateDraftAction", {
            ...draftFields(`${tag} ${side}`, quantityId, sourceId),
            claimId: id,
            version: "1",
          }),
        ),
      );
      const winners = edits.filter((edit) => edit.ok);
      expect(winners, `exactly one of two simultaneous edits of ${id} wins`).toHaveLength(1);
      const loser = edits.find((edit) => !edit.ok);
      expect(loser?.code, `the other edit of ${id} is refused as a conflict`).toBe("conflict");
      lostRaces.push(id);
      acknowledge(claim, "update");
      claim.sentence = draftSentence(`${tag} ${edits[0]!.ok ? "A" : "B"}`);

      const submitted = await tabB.action("app/claims/actions.ts#submitClaimAction", {
        claimId: id,
        version: "2",
      });
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
          ? reviewer.action("app/review/actions.ts#rejectClaimAction", {
              claimId: claim.id,
              version: String(version),
              note: "Check the figure against the ministry.",
            })
          : reviewer.action("app/review/actions.ts#approveClaimAction", {
              claimId: claim.id,
              version: String(version),
            });
      // Every third claim, two reviewers decide at the same moment (the next reviewer is on the
      // other server, when there are two): one decision stands.
      const racing = index % 3 === 0 ? [client, reviewerClients[(r + 1) % REVIEWERS]!] : [client];
      const decisions = await Promise.all(racing.map(decide));
      expect(
        decisions.filter((d) => d.ok),
        `exactly one decision on ${claim.id} stands: ${JSON.stringify(decisions)}`,
      ).toHaveLength(1);
      for (const refused of decisions.filter((d) => !d.ok)) {
        expect(refused.code, `the other decision on ${claim.id} is refused as a conflict`).toBe("conflict");
        lostRaces.push(claim.id);
      }
      acknowledge(claim, reject ? "reject" : "approve");
      claim.finalStatus = reject ? "draft" : "published";
    }
  });

  const editorsDone = await Promise.allSettled(editorWork);
  queue.close();
  const outcomes = [...editorsDone, ...(await Promise.allSettled(reviewerWork))];
  for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
  const seconds = (performance.now() - started) / 1000;
  return {
    written,
    lostRaces,
    tally: Tally.of(tallies),
    requestsPerServer: tallies.map((t) => t.latencies.length),
    seconds,
    alongside: await second,
  };
}

/** No 5xx, no dropped connection, and every acknowledged write in the database once, with its history in order. */
export async function expectEveryWriteOnce(
  location: DatabaseLocation,
  newsroom: Newsroom,
  run: LoadRun<unknown>,
): Promise<void> {
  expect(run.tally.serverErrors, "answers with a 5xx").toEqual([]);
  expect(run.tally.networkErrors, "requests that got no answer").toBe(0);

  const authors = newsroom.editors.map((e) => e.id);
  const { rows, histories } = await withTestDatabase(
    async (db) => {
      const rows = await db.all<{ id: string; status: string; version: number; sentence: string }>(
        `SELECT "id", "status", "version", "sentence" FROM "Claim" WHERE "authorId" IN (${authors.map(() => "?").join(",")})`,
        ...authors,
      );
      const ids = rows.map((row) => row.id);
      const entries = await db.all<{ entityId: string; action: string }>(
        `SELECT "entityId", "action" FROM "HistoryEntry" WHERE "entityType" = 'claim' AND "entityId" IN (${ids.map(() => "?").join(",")}) ORDER BY "id"`,
        ...ids,
      );
      const histories = new Map<string, string[]>();
      for (const entry of entries)
        histories.set(entry.entityId, [...(histories.get(entry.entityId) ?? []), entry.action]);
      return { rows, histories };
    },
    { location },
  );
  expect(rows, "one claim per acknowledged creation, no more").toHaveLength(EDITORS * CLAIMS_PER_EDITOR);
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const claim of run.written) {
    expect(byId.get(claim.id), `claim ${claim.id}`).toMatchObject({
      status: claim.finalStatus,
      version: claim.actions.length,
      sentence: claim.sentence,
    });
    expect(histories.get(claim.id), `history of ${claim.id}`).toEqual(claim.actions);
  }
}

/** The figures of a run, as the spec prints them and docs/deploy.md quotes them. */
export function loadFigures(database: string, run: LoadRun<unknown[]>) {
  const acknowledged = run.written.reduce((n, claim) => n + claim.actions.length, 0);
  return {
    database,
    servers: run.requestsPerServer.length,
    editors: EDITORS,
    reviewers: REVIEWERS,
    requests: run.tally.latencies.length,
    requestsPerServer: run.requestsPerServer,
    acknowledgedWrites: acknowledged,
    refusedAsConflict: run.lostRaces.length,
    secondProcessCommands: run.alongside.length,
    seconds: Number(run.seconds.toFixed(1)),
    writesPerSecond: Number((acknowledged / run.seconds).toFixed(1)),
    p50ms: Math.round(run.tally.percentile(50)),
    p99ms: Math.round(run.tally.percentile(99)),
    statuses: Object.fromEntries(run.tally.statuses),
  };
}
