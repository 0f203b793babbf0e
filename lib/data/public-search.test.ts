import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { buildSearchQuery, MATCH_END, MATCH_START } from "@/lib/public/search-query";
import { claimRow, sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { searchPublic, PAGE_HITS, SEARCH_COUNT_CAP } from "./public-search";
import { approveClaim, retractClaim } from "./review";

type Status = "draft" | "in_review" | "published" | "retracted";

/** What a visitor's text finds, as ids by kind. */
async function find(text: string) {
  const { match } = buildSearchQuery(text);
  if (!match) throw new Error(`nothing to search in ${text}`);
  const results = await searchPublic(match);
  const ids = (kind: string) => results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id) ?? [];
  return {
    results,
    stories: ids("story"),
    quantities: ids("quantity"),
    sources: ids("source"),
    claims: ids("claim"),
  };
}

const user = (role: Actor["role"], tag: string) => userRow(`${role}-${tag}@newsroom.org`, role, role);

/** A story with one quantity, one source and one claim in `status`, every word carrying `tag`. */
async function storyWithClaim(status: Status, words: { sentence?: string; quote?: string } = {}) {
  const tag = `t${Math.random().toString(36).slice(2, 8)}`;
  const author = await user("editor", tag);
  const source = await sourceRow(`Observatoire ${tag}`, "ngo", "Syrie");
  const story = await db.story.create({
    data: {
      title: `Frappes ${tag}`,
      slug: `frappes-${tag}`,
      date: "2020-02-27",
      summary: `Résumé ${tag}`,
    },
  });
  const quantity = await db.quantity.create({
    data: { storyId: story.id, label: `Soldats ${tag}`, cumulative: true },
  });
  const quote = words.quote ?? "Au moins 29";
  const claim = await claimRow({
    quantityId: quantity.id,
    sourceId: source.id,
    quote,
    value: 29,
    sentence: words.sentence ?? `${quote} soldats de l'armée turque ont été tués, dit ${tag}.`,
    language: "fr",
    reportedAt: new Date("2020-02-27T22:00:00Z"),
    status,
    submittedAt: status === "draft" ? null : new Date(),
    authorId: author.id,
  });
  return { tag, story, quantity, source, claim };
}

describe("public search", () => {
  it("finds a published claim, its story, quantity and source, with the matched words marked", async () => {
    const { tag, story, quantity, source, claim } = await storyWithClaim("published");
    const found = await find(tag);
    expect(found.claims).toEqual([claim.id]);
    expect(found.stories).toEqual([story.id]);
    expect(found.quantities).toEqual([quantity.id]);
    expect(found.sources).toEqual([source.id]);
    expect(found.results.counts).toEqual({ story: 1, quantity: 1, source: 1, claim: 1 });
    const hit = found.results.groups.find((g) => g.kind === "claim")?.hits[0];
    expect(hit).toMatchObject({
      kind: "claim",
      source: { name: `Observatoire ${tag}` },
      quantity: { label: `Soldats ${tag}`, story: { slug: story.slug } },
    });
    expect(hit?.kind === "claim" && hit.sentence).toContain(`${MATCH_START}${tag}${MATCH_END}`);
  });

  it("shows a claim's sentence whole when short, and the words around the match when long, its quote never cut", async () => {
    /** A published claim whose sentence is `sentence(tag)`, its tag, and its sentence as a search for the tag shows it. */
    async function shown(sentence: (tag: string) => string): Promise<{ tag: string; text: string }> {
      const { tag, claim } = await storyWithClaim("published");
      await db.claim.update({ where: { id: claim.id }, data: { sentence: sentence(tag) } });
      const hit = (await find(tag)).results.groups.find((g) => g.kind === "claim")?.hits[0];
      return { tag, text: hit?.kind === "claim" ? hit.sentence : "" };
    }
    const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

    // 29 words, the match the last of them: shown whole, the quote at its start included.
    const middle =
      "dans des frappes aériennes sur la province d'Idlib jeudi soir, a annoncé le gouverneur de la province turque de";
    const whole = await shown((tag) => `Au moins 29 soldats turcs ont été tués ${middle} ${tag}.`);
    expect(whole.text).toBe(`Au moins 29 soldats turcs ont été tués ${middle} ${mark(whole.tag)}.`);

    // 48 words: about 32 around the match, the short words at the edges ("Au") kept.
    const filler = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(" ");
    const cut = await shown((tag) => `Au moins 29 ${tag} turcs ont été tués, ${filler}.`);
    expect(cut.text.startsWith(`Au moins 29 ${mark(cut.tag)} turcs`), cut.text).toBe(true);
    expect(cut.text).not.toContain("mot39");
  });

  it("ignores accents and case, and finds a word from its first letters", async () => {
    const { tag, claim } = await storyWithClaim("published");
    expect((await find(`ARMEE ${tag}`)).claims).toEqual([claim.id]);
    expect((await find(`armée ${tag}`)).claims).toEqual([claim.id]);
    expect((await find(`${tag} sold`)).claims).toEqual([claim.id]);
    expect((await find(`${tag} résumé`)).stories).toHaveLength(1);
  });

  it("never finds a draft, a claim in review or a retracted claim, nor what has only those", async () => {
    for (const status of ["draft", "in_review", "retracted"] as const) {
      const { tag } = await storyWithClaim(status);
      const found = await find(tag);
      expect(found.results.counts, status).toEqual({ story: 0, quantity: 0, source: 0, claim: 0 });
      expect(JSON.stringify(found.results)).not.toContain(tag);
    }
  });

  it("finds a claim the moment it is approved, and loses it the moment it is retracted", async () => {
    const { tag, claim } = await storyWithClaim("in_review");
    const reviewer = await user("reviewer", tag);
    expect((await find(tag)).claims).toEqual([]);

    const approved = await approveClaim({ id: reviewer.id, role: "reviewer" }, { claimId: claim.id, version: 1 });
    expect(approved.ok).toBe(true);
    expect((await find(tag)).claims).toEqual([claim.id]);

    const retracted = await retractClaim(
      { id: reviewer.id, role: "reviewer" },
      { claimId: claim.id, version: 2, reason: "Misattributed." },
    );
    expect(retracted.ok).toBe(true);
    const found = await find(tag);
    expect(found.results.counts).toEqual({ story: 0, quantity: 0, source: 0, claim: 0 });
  });

  it("searches the edited words, not the old ones", async () => {
    const { tag, source } = await storyWithClaim("published");
    await db.source.update({
      where: { id: source.id },
      data: { name: `Observatory ${tag} renamed` },
    });
    expect((await find(`renamed ${tag}`)).sources).toEqual([source.id]);
    expect((await find(`observatoire ${tag}`)).sources).toEqual([]);
  });

  it("counts a common word's matches up to a cap, then lists the latest of them, newest first, and no further", async () => {
    const { tag, quantity, source } = await storyWithClaim("published");
    const author = await db.user.findFirstOrThrow({
      where: { email: `editor-${tag}@newsroom.org` },
    });
    const extra = SEARCH_COUNT_CAP + 5;
    // Written one after another: each is indexed after the one before, the last one newest.
    const ids: string[] = [];
    for (let i = 0; i < extra; i++) {
      const claim = await db.claim.create({
        data: {
          quantityId: quantity.id,
          sourceId: source.id,
          quote: `${100 + i}`,
          value: 100 + i,
          low: 100 + i,
          high: 100 + i,
          qualifier: "exact",
          kind: "count",
          // The word twice in the oldest claims: ranked by relevance, they would come first.
          sentence: i < 10 ? `Courant ${tag} courant ${tag} : ${100 + i}.` : `Courant ${tag} : ${100 + i}.`,
          language: "fr",
          reportedAt: new Date(Date.UTC(2020, 2, 1, 0, i)),
          status: "published",
          authorId: author.id,
        },
        select: { id: true },
      });
      ids.push(claim.id);
    }
    const { match } = buildSearchQuery(`courant ${tag}`);
    const overview = await searchPublic(match!);
    expect(overview.counts.claim).toBe(SEARCH_COUNT_CAP + 1);
    expect(overview.more).toBe(true);
    const claims = overview.groups.find((g) => g.kind === "claim");
    expect(claims).toMatchObject({ total: SEARCH_COUNT_CAP, more: true });
    const newestFirst = [...ids].reverse();
    expect(claims?.hits.map((h) => h.id)).toEqual(newestFirst.slice(0, claims?.hits.length));

    const lastPage = SEARCH_COUNT_CAP / PAGE_HITS;
    const last = await searchPublic(match!, { kind: "claim", page: lastPage });
    expect(last.groups[0]?.hits.map((h) => h.id)).toEqual(
      newestFirst.slice((lastPage - 1) * PAGE_HITS, SEARCH_COUNT_CAP),
    );
    const beyond = await searchPublic(match!, { kind: "claim", page: lastPage + 1 });
    expect(beyond.groups[0]?.hits).toEqual([]);
  });

  it("finds a word from its first letters at any length, the index's prefix lengths (1 to 12) and past them", async () => {
    const mark = `m${Math.random().toString(36).slice(2, 8)}`;
    const { claim } = await storyWithClaim("published", {
      sentence: `Selon ${mark}, l'aide internationalement promise n'est pas arrivée.`,
    });
    for (const typed of ["i", "in", "interna", "internationa", "internationale", "internationalement"]) {
      expect((await find(`${mark} ${typed}`)).claims, typed).toEqual([claim.id]);
    }
    expect((await find(`${mark} internationalements`)).claims).toEqual([]);
  });

  it("ranks a claim whose quoted words match above a newer one whose sentence only does", async () => {
    const { tag, quantity, source } = await storyWithClaim("published", {
      quote: "Au moins 29",
      sentence: "Aucun bilan.",
    });
    const author = await db.user.findFirstOrThrow({
      where: { email: `editor-${tag}@newsroom.org` },
    });
    const claim = (quote: string, sentence: string) =>
      db.claim.create({
        data: {
          quantityId: quantity.id,
          sourceId: source.id,
          quote,
          value: 31,
          low: 31,
          high: 31,
          qualifier: "exact",
          kind: "count",
          sentence,
          language: "fr",
          reportedAt: new Date("2020-02-28T10:00:00Z"),
          status: "published",
          authorId: author.id,
        },
      });
    const inQuote = await claim(`31 morts ${tag}`, `Le bilan est de 31 morts ${tag}.`);
    // Written later, so newest first would put it first: only the rank puts it second.
    const inSentence = await claim("31", `Le bilan est de 31 morts, dit ${tag}.`);
    const { match } = buildSearchQuery(`morts ${tag}`);
    const results = await searchPublic(match!, { kind: "claim" });
    expect(results.groups[0]?.hits.map((h) => h.id)).toEqual([inQuote.id, inSentence.id]);
  });

  it("pages through one kind, best match first", async () => {
    const { tag, quantity, source, story } = await storyWithClaim("published");
    const author = await db.user.findFirstOrThrow({
      where: { email: `editor-${tag}@newsroom.org` },
    });
    for (let i = 0; i < PAGE_HITS + 2; i++) {
      await db.claim.create({
        data: {
          quantityId: quantity.id,
          sourceId: source.id,
          quote: `${30 + i}`,
          value: 30 + i,
          low: 30 + i,
          high: 30 + i,
          qualifier: "exact",
          kind: "count",
          sentence: `Le bilan ${tag} passe à ${30 + i}.`,
          language: "fr",
          reportedAt: new Date(Date.UTC(2020, 1, 28, i)),
          status: "published",
          authorId: author.id,
        },
      });
    }
    const { match } = buildSearchQuery(`bilan ${tag}`);
    const first = await searchPublic(match!, { kind: "claim" });
    expect(first.counts.claim).toBe(PAGE_HITS + 2);
    expect(first.groups.map((g) => g.kind)).toEqual(["claim"]);
    expect(first.groups[0]?.hits).toHaveLength(PAGE_HITS);
    const second = await searchPublic(match!, { kind: "claim", page: 2 });
    expect(second.groups[0]).toMatchObject({ offset: PAGE_HITS, total: PAGE_HITS + 2 });
    expect(second.groups[0]?.hits).toHaveLength(2);
    const seen = new Set([...first.groups[0]!.hits, ...second.groups[0]!.hits].map((h) => h.id));
    expect(seen.size).toBe(PAGE_HITS + 2);
    expect((await searchPublic(match!, { kind: "claim", page: 99 })).groups[0]?.hits).toEqual([]);
    expect(story.id).toBeTruthy();
  });

  it("answers any text a visitor can type without an error", { timeout: 30_000 }, async () => {
    await storyWithClaim("published");
    const hostile = [
      '"',
      "AND OR NOT",
      "*",
      'NEAR("a" "b", 2)',
      "source: x",
      "ref:claim",
      "{title}:x",
      "x".repeat(1_000),
      "😀 soldats",
      "\u0301",
      "e\u0301",
    ];
    for (const text of hostile) {
      const { match } = buildSearchQuery(text);
      if (match) await expect(searchPublic(match), text).resolves.toBeDefined();
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 40 }), async (text) => {
        const { match } = buildSearchQuery(text);
        if (match) await searchPublic(match);
      }),
      { numRuns: 150 },
    );
  });
});
