// The write of `npm run bench`: the bench editor edits their drafts at a fixed rate through the
// app's own server action (updateDraftAction, called over HTTP the way React calls it), each
// edit carrying the version it started from. Every acknowledged edit is remembered; afterwards
// the database must hold each draft at the version and value last acknowledged, with one history
// entry per acknowledged edit: no lost write, and none applied twice.
import type Database from "better-sqlite3";
import { NO_PUBLICATION_FORM } from "@/tests/figures/at-least-29";
import { percentile } from "./stats";
import type { LatencySample } from "./load";

export interface Draft {
  id: string;
  version: number;
  quantityId: string;
  sourceId: string;
}

interface Acknowledged {
  version: number;
  value: number;
  edits: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The ActionResult in a server action's answer: a line `1:{"ok":…}` of React's stream. */
function actionResult(body: string): { ok: boolean; data?: { version?: number }; error?: { code?: string } } | null {
  const line = body.split("\n").find((l) => /^[0-9a-f]+:\{"ok":/.test(l));
  return line ? JSON.parse(line.slice(line.indexOf(":") + 1)) : null;
}

export class DraftWriter {
  private sent = 0;
  private turn = 0;
  private readonly acknowledged = new Map<string, Acknowledged>();
  private readonly busy = new Set<string>();
  readonly refusals: string[] = [];

  constructor(
    private readonly origin: string,
    private readonly cookie: string,
    private readonly actionId: string,
    private readonly drafts: Draft[],
  ) {}

  get acknowledgedCount(): number {
    return [...this.acknowledged.values()].reduce((n, a) => n + a.edits, 0);
  }

  /** `rate` edits a second for `seconds`; latency counts from when each edit was due. */
  async run(seconds: number, rate: number): Promise<LatencySample> {
    const interval = 1000 / rate;
    const start = performance.now();
    const latencies: number[] = [];
    const pending: Promise<void>[] = [];
    let failures = 0;
    for (let i = 0; i < Math.round(seconds * rate); i++) {
      const due = start + i * interval;
      await sleep(due - performance.now());
      // Never two edits of one draft at once: the second would be refused as stale, rightly.
      const draft = this.nextDraft();
      if (!draft) {
        failures++;
        continue;
      }
      pending.push(
        this.edit(draft).then((ok) => {
          latencies.push(performance.now() - due);
          if (!ok) failures++;
        }),
      );
    }
    await Promise.all(pending);
    const elapsed = (performance.now() - start) / 1000;
    return {
      perSecond: (latencies.length - failures) / elapsed,
      failures,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      rate,
    };
  }

  /** The drafts in turn, skipping any whose last edit is still under way. */
  private nextDraft(): Draft | undefined {
    for (let k = 0; k < this.drafts.length; k++) {
      const draft = this.drafts[(this.turn + k) % this.drafts.length] as Draft;
      if (this.busy.has(draft.id)) continue;
      this.turn += k + 1;
      return draft;
    }
    return undefined;
  }

  private async edit(draft: Draft): Promise<boolean> {
    const n = this.sent++;
    const value = 1000 + n;
    this.busy.add(draft.id);
    try {
      const form = new FormData();
      const fields: Record<string, string> = {
        sentence: `Bench edit ${n}: at least ${value} people were affected (reference ${draft.id}).`,
        language: "en",
        quote: `at least ${value}`,
        value: String(value),
        low: String(value),
        high: "",
        qualifier: "at_least",
        kind: "count",
        unit: "",
        quantityId: draft.quantityId,
        sourceId: draft.sourceId,
        ...NO_PUBLICATION_FORM,
        reportedAt: "2020-02-27T06:00",
        claimId: draft.id,
        version: String(draft.version),
      };
      // React's encoding of a form action's call: the fields first, then the arguments.
      for (const [name, v] of Object.entries(fields)) form.append(`_1_${name}`, v);
      form.append("0", JSON.stringify([null, "$K1"]));
      const response = await fetch(`${this.origin}/claims/${draft.id}`, {
        method: "POST",
        headers: {
          "Next-Action": this.actionId,
          Accept: "text/x-component",
          Origin: this.origin,
          Cookie: this.cookie,
        },
        body: form,
        redirect: "manual",
      });
      const result = actionResult(await response.text());
      if (!result?.ok || typeof result.data?.version !== "number") {
        this.refuse(
          `edit ${n} of ${draft.id} answered ${response.status} ${result?.error?.code ?? "without a result"}`,
        );
        return false;
      }
      draft.version = result.data.version;
      const edits = (this.acknowledged.get(draft.id)?.edits ?? 0) + 1;
      this.acknowledged.set(draft.id, { version: draft.version, value, edits });
      return true;
    } catch (error) {
      this.refuse(`edit ${n} of ${draft.id} failed: ${(error as Error).message}`);
      return false;
    } finally {
      this.busy.delete(draft.id);
    }
  }

  private refuse(message: string) {
    if (this.refusals.length < 20) this.refusals.push(message);
  }

  /** Problems found comparing the acknowledged edits with the database; none when all is well. */
  verify(sqlite: Database.Database): string[] {
    const problems: string[] = [];
    const claim = sqlite.prepare(`SELECT version, value FROM "Claim" WHERE id = ?`);
    const history = sqlite.prepare(
      `SELECT count(*) AS n FROM "HistoryEntry" WHERE entityType = 'claim' AND entityId = ? AND action = 'update'`,
    );
    for (const [id, expected] of this.acknowledged) {
      const row = claim.get(id) as { version: number; value: number } | undefined;
      if (!row || row.version !== expected.version || row.value !== expected.value) {
        problems.push(
          `lost write: ${id} acknowledged at version ${expected.version} (value ${expected.value}), database has ${JSON.stringify(row)}`,
        );
      }
      const { n } = history.get(id) as { n: number };
      if (n !== expected.edits) problems.push(`${id}: ${expected.edits} edits acknowledged, ${n} in its history`);
    }
    return problems;
  }
}
