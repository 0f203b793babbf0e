// The correctness half of `npm run bench`: while the server is under load, no public answer may
// show an unpublished claim, and no page measured may be an error page. Every generated claim's
// sentence carries its own id ("… (reference cl…)"), so one scan for claim ids in an answer finds
// both an unpublished claim's id and its words.

const CLAIM_ID = /\bcl[0-9a-z]{23}\b/g;

export class Checks {
  readonly failures: string[] = [];
  answersRead = 0;
  probed = 0;
  /** The ids of the claims no visitor may see, in the database being measured. */
  unpublished: ReadonlySet<string> = new Set();

  fail(message: string): void {
    if (this.failures.length < 50) this.failures.push(message);
  }

  /** Unpublished claim ids found in `body`. */
  leaks(body: string): string[] {
    return [...new Set(body.match(CLAIM_ID) ?? [])].filter((id) => this.unpublished.has(id));
  }

  /** Reads one public answer of the load. */
  readAnswer = (where: string, status: number, body: string): void => {
    this.answersRead++;
    if (status >= 400) this.fail(`${where} answered ${status}`);
    const leaked = this.leaks(body);
    if (leaked.length > 0) this.fail(`${where} shows ${leaked.length} unpublished claim(s), e.g. ${leaked[0]}`);
  };

  /**
   * Asks for unpublished claims by their own addresses: a draft's or a claim in review's
   * permalink and API answer are 404; a retracted claim's permalink is its retraction notice and
   * its API answer 410 Gone, both without its words; a search for its reference finds nothing.
   */
  async probe(origin: string, claims: ReadonlyArray<{ id: string; status: string }>): Promise<void> {
    for (const { id, status } of claims) {
      this.probed++;
      const retracted = status === "retracted";
      for (const [where, expected] of [
        [`/claim/${id}`, retracted ? 200 : 404],
        [`/api/v1/claims/${id}`, retracted ? 410 : 404],
      ] as const) {
        const answer = await get(origin + where);
        if (answer.status !== expected) this.fail(`${where} (${status}) answered ${answer.status}, not ${expected}`);
        if (answer.body.includes(`rence ${id}`)) this.fail(`${where} (${status}) shows its sentence`);
      }
      // The search page repeats the words searched for: look for the sentence, not the id.
      const search = await get(`${origin}/search?q=${id}`);
      if (search.body.includes(`rence ${id}`)) this.fail(`/search?q=${id} (${status}) finds its sentence`);
    }
  }
}

export async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { headers, redirect: "manual" });
  return { status: response.status, body: await response.text() };
}
