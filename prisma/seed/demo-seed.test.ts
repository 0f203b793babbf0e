import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { compareClaims } from "@/lib/figures";
import { testDatabase as database } from "@/tests/database/test-database";
import { seedDemo, type DemoSeedResult } from "./demo-seed";
import { DEMO_ACCOUNTS, DEMO_QUANTITIES, DEMO_STORY, demoFigure } from "./demo-story";

let first: DemoSeedResult;

beforeAll(async () => {
  first = await seedDemo(database.db);
}, 60_000);

async function tableCounts() {
  const { db } = database;
  return {
    users: await db.user.count(),
    stories: await db.story.count(),
    quantities: await db.quantity.count(),
    sources: await db.source.count(),
    claims: await db.claim.count(),
    history: await db.historyEntry.count(),
  };
}

async function claimsOf(label: string) {
  return database.db.claim.findMany({
    where: { quantity: { label } },
    orderBy: { reportedAt: "asc" },
    include: { source: true, relayedBy: true, author: true, reviewer: true },
  });
}

describe("the Idlib demo", () => {
  it("seeds an empty database with the story of 27 February 2020 and its two quantities", async () => {
    const story = await database.db.story.findUniqueOrThrow({
      where: { slug: DEMO_STORY.slug },
      include: { quantities: { orderBy: { label: "desc" } } },
    });
    expect(story).toMatchObject({
      title: "Strikes on Turkish troops in Idlib, 27 February 2020",
      date: "2020-02-27",
      place: "Idlib, Syria",
    });
    expect(story.summary.length).toBeGreaterThan(50);
    // The soldiers killed, every field as the demo's story gives it, its claims aside.
    const { claims, ...soldiers } = DEMO_QUANTITIES[0]!;
    expect(soldiers.label).toBe("Turkish soldiers killed in the strikes");
    expect(story.quantities).toMatchObject([
      soldiers,
      { label: "Syrian refugees hosted by Turkey", cumulative: false, measure: "other" },
    ]);
  });

  it("gives one editor, one reviewer and one admin a generated password that signs them in", async () => {
    expect(first.seeded).toBe(true);
    if (!first.seeded) return;
    expect(first.accounts.map((account) => account.role)).toEqual(["editor", "reviewer", "admin"]);
    const passwords = first.accounts.map((account) => account.password);
    expect(new Set(passwords).size).toBe(3);
    for (const account of first.accounts) {
      const user = await database.db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(account.password ?? "", user.passwordHash)).toBe(true);
    }
  });

  it("reads each claim's figure with the engine: the governor's 'at least 29', the Observatory's 'more than 30', the later 33", async () => {
    const claims = await claimsOf("Turkish soldiers killed in the strikes");
    expect(
      claims.map(({ quote, low, high, qualifier, source }) => ({
        quote,
        low,
        high,
        qualifier,
        source: source.name,
      })),
    ).toEqual([
      {
        quote: "Au moins 29",
        low: 29,
        high: null,
        qualifier: "at_least",
        source: "Governor of Hatay province",
      },
      {
        quote: "more than 30",
        low: 31,
        high: null,
        qualifier: "more_than",
        source: "Syrian Observatory for Human Rights (OSDH)",
      },
      { quote: "33", low: 33, high: 33, qualifier: "exact", source: "Turkish government" },
    ]);
    expect(claims[0]?.relayedBy?.kind).toBe("news_agency");
    expect(claims.map((claim) => claim.reportedAt.toISOString())).toEqual([
      "2020-02-27T22:00:00.000Z",
      "2020-02-27T23:30:00.000Z",
      "2020-02-28T07:00:00.000Z",
    ]);
    // The three tolls tell one story: compatible, and together at least 33.
    const comparison = compareClaims(
      claims.map(({ id, low, high, sourceId, reportedAt }) => ({
        id,
        low,
        high,
        source: sourceId,
        reportedAt,
      })),
      { cumulative: true },
    );
    expect(comparison.status).not.toBe("conflict");
    expect(comparison.consensus).toEqual({ low: 33, high: 33 });
  });

  it("reads 'some 3.7 million' refugees as the engine's interval for an approximate figure", async () => {
    const [claim, ...others] = await claimsOf("Syrian refugees hosted by Turkey");
    expect(others).toEqual([]);
    const figure = demoFigure({
      quote: "some 3.7 million",
      sentence: claim?.sentence ?? "",
      language: "en",
    });
    expect(claim).toMatchObject({
      quote: "some 3.7 million",
      value: 3_700_000,
      qualifier: "about",
      low: figure.low,
      high: figure.high,
      source: { name: "Turkish presidency" },
    });
    expect(figure.low).toBeLessThan(3_700_000);
    expect(figure.high).toBeGreaterThan(3_700_000);
  });

  it("publishes every claim written by the demo editor and approved by the demo reviewer, with its source's sentence and article", async () => {
    const claims = await database.db.claim.findMany({ include: { author: true, reviewer: true } });
    expect(claims).toHaveLength(DEMO_QUANTITIES.flatMap((quantity) => quantity.claims).length);
    for (const claim of claims) {
      expect(claim.status).toBe("published");
      expect(claim.author.email).toBe(DEMO_ACCOUNTS[0]?.email);
      expect(claim.reviewer?.email).toBe(DEMO_ACCOUNTS[1]?.email);
      expect(["en", "fr"]).toContain(claim.language);
      expect(claim.sentence).toContain(claim.quote);
      expect(claim.articleUrl).toMatch(/^https:\/\//);
      expect(claim.publisher).toBeTruthy();
      expect(claim.headline).toBeTruthy();
      expect(claim.publishedAt).not.toBeNull();
    }
  });

  it("records each claim's history as the workflow writes it: created and submitted by the editor, approved and rated by the reviewer", async () => {
    const claims = await database.db.claim.findMany({
      select: { id: true, authorId: true, reviewerId: true, rating: true, version: true },
    });
    for (const claim of claims) {
      const history = await database.db.historyEntry.findMany({
        where: { entityType: "claim", entityId: claim.id },
        orderBy: { id: "asc" },
      });
      const rated = claim.rating !== "unverified";
      expect(history.map(({ action, actorId }) => ({ action, actorId }))).toEqual([
        { action: "create", actorId: claim.authorId },
        { action: "submit", actorId: claim.authorId },
        { action: "approve", actorId: claim.reviewerId },
        ...(rated ? [{ action: "rate", actorId: claim.reviewerId }] : []),
      ]);
      // Every step moved the version on by one, as an edit or a decision does.
      expect(claim.version).toBe(history.length);
      expect(JSON.parse(history[2]?.after ?? "{}")).toMatchObject({
        status: "published",
        version: 3,
      });
    }
    for (const entityType of ["story", "quantity", "source", "user"] as const) {
      expect(await database.db.historyEntry.count({ where: { entityType, action: "create" } })).toBeGreaterThan(0);
    }
  });

  it("adds nothing when it runs on a database that already has a story", async () => {
    const before = await tableCounts();
    expect(await seedDemo(database.db)).toEqual({ seeded: false });
    expect(await tableCounts()).toEqual(before);
  });
});
