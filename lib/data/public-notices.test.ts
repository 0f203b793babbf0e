import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { summarizeQuantity } from "@/lib/public/quantity-summary";
import { claimRow, quantityRow, rowTag, sourceRow, userRow } from "@/tests/database/test-rows";
import { db } from "./db";
import { quantityById } from "./public-claims";
import { quantityNotices } from "./public-notices";
import { retractClaim } from "./review";

// A toll that only grows: the agency's 35, then the ministry's lower 29 three hours later, a
// conflict while both are published. The ministry's figure is then retracted by a reviewer.
async function tollWithTwoFigures() {
  const tag = rowTag();
  const editor = await userRow(`notices-editor-${tag}@newsroom.org`);
  const reviewerRow = await userRow(`notices-reviewer-${tag}@newsroom.org`, "reviewer", "Reviewer");
  const reviewer: Actor = { id: reviewerRow.id, role: "reviewer" };
  const agency = await sourceRow(`Wire agency ${tag}`, "news_agency");
  const ministry = await sourceRow(`Defence ministry ${tag}`, "government");
  const quantity = await quantityRow(
    { title: `Strikes ${tag}`, slug: `strikes-${tag}`, date: "2020-02-27" },
    { label: `Soldiers killed ${tag}`, cumulative: true },
  );
  const figure = (sourceId: string, killed: number, reportedAt: string, quote: string) =>
    claimRow({
      quantityId: quantity.id,
      sourceId,
      quote,
      value: killed,
      low: killed,
      high: killed,
      qualifier: "exact",
      sentence: `${quote} soldiers were killed (${tag}).`,
      reportedAt: new Date(reportedAt),
      status: "published",
      // Approved long before it is retracted: the notice's date is the retraction's, not this.
      reviewerId: reviewer.id,
      reviewedAt: new Date("2020-02-28T09:00:00Z"),
      authorId: editor.id,
    });
  const agencyFigure = await figure(agency.id, 35, "2020-02-27T18:00:00Z", `35 ${tag}`);
  const ministryFigure = await figure(ministry.id, 29, "2020-02-27T21:00:00Z", `twenty-nine ${tag}`);
  return { tag, reviewer, quantity, agencyFigure, ministryFigure, ministry };
}

const REASON = "The ministry withdrew this figure the next morning.";

describe("a quantity's retractions", () => {
  it("lists a retracted claim with its source, its words, when it was said, when and why it was retracted", async () => {
    const { reviewer, quantity, ministryFigure, ministry, tag } = await tollWithTwoFigures();
    // Read before the retraction, so the answer is cached: the retraction must replace it.
    expect(await quantityNotices(quantity.id)).toEqual([]);

    const before = Date.now();
    const result = await retractClaim(reviewer, {
      claimId: ministryFigure.id,
      version: ministryFigure.version,
      reason: `  ${REASON}  `,
    });
    expect(result.ok).toBe(true);

    const notices = await quantityNotices(quantity.id);
    expect(notices).toEqual([
      {
        kind: "retraction",
        claimId: ministryFigure.id,
        source: { id: ministry.id, name: `Defence ministry ${tag}` },
        quote: `twenty-nine ${tag}`,
        language: "en",
        figure: { value: 29, qualifier: "exact", low: 29, high: 29, kind: "count", unit: null },
        reportedAt: new Date("2020-02-27T21:00:00Z"),
        at: expect.any(Date),
        reason: REASON,
      },
    ]);
    // Dated by the retraction's history entry, not by the approval (reviewedAt, in 2020).
    const entry = await db.historyEntry.findFirstOrThrow({
      where: { entityType: "claim", entityId: ministryFigure.id, action: "retract" },
    });
    expect(notices[0]?.at).toEqual(entry.at);
    expect(notices[0]?.at.getTime()).toBeGreaterThanOrEqual(before - 1_000);
  });

  it("leaves a retracted figure out of the comparison and the headline", async () => {
    const { reviewer, quantity, agencyFigure, ministryFigure } = await tollWithTwoFigures();
    const published = await quantityById(quantity.id);
    if (!published) throw new Error("the quantity is public");
    // Both published: the later, lower figure contradicts the first.
    expect(summarizeQuantity(published, published.claims, "en").status).toBe("conflict");

    await retractClaim(reviewer, { claimId: ministryFigure.id, version: ministryFigure.version, reason: REASON });

    const after = await quantityById(quantity.id);
    if (!after) throw new Error("the quantity is still public: the agency's figure is published");
    expect(after.claims.map((c) => c.id)).toEqual([agencyFigure.id]);
    const summary = summarizeQuantity(after, after.claims, "en");
    expect(summary.status).not.toBe("conflict");
    expect(summary.currentIds).toEqual([agencyFigure.id]);
    expect(summary.headline.text).toMatch(/^35\b/);
    expect(JSON.stringify(after)).not.toContain("twenty-nine");
    // The notice is where the retracted figure is told.
    expect((await quantityNotices(quantity.id)).map((n) => n.claimId)).toEqual([ministryFigure.id]);
  });

  it("names no draft, claim in review or published claim, and no other quantity's retraction", async () => {
    const first = await tollWithTwoFigures();
    const second = await tollWithTwoFigures();
    for (const status of ["draft", "in_review"] as const) {
      await claimRow({
        quantityId: first.quantity.id,
        sourceId: first.ministry.id,
        quote: `${status} ${first.tag}`,
        value: 40,
        sentence: `At least 40 (${status}).`,
        reportedAt: new Date("2020-02-28T08:00:00Z"),
        status,
        authorId: first.agencyFigure.authorId,
      });
    }
    await retractClaim(second.reviewer, {
      claimId: second.ministryFigure.id,
      version: second.ministryFigure.version,
      reason: REASON,
    });

    expect(await quantityNotices(first.quantity.id)).toEqual([]);
    expect((await quantityNotices(second.quantity.id)).map((n) => n.claimId)).toEqual([second.ministryFigure.id]);
  });

  it("lists several retractions in the order they were made", async () => {
    const { reviewer, quantity, agencyFigure, ministryFigure } = await tollWithTwoFigures();
    // The later figure is retracted first.
    await retractClaim(reviewer, { claimId: ministryFigure.id, version: ministryFigure.version, reason: "Second" });
    await retractClaim(reviewer, { claimId: agencyFigure.id, version: agencyFigure.version, reason: "First" });
    const notices = await quantityNotices(quantity.id);
    expect(notices.map((n) => [n.claimId, n.reason])).toEqual([
      [ministryFigure.id, "Second"],
      [agencyFigure.id, "First"],
    ]);
    // Nothing of it is public any more: the quantity's page answers 404, as it does for any quantity without a published claim.
    expect(await quantityById(quantity.id)).toBeNull();
  });
});
