import { describe, expect, it } from "vitest";
import { BENCH_EDITOR, planDataset, WRITE_TARGETS } from "./dataset";

describe("the bench's dataset", () => {
  const data = planDataset(1_000);

  it("is the same for the same seed, and another for another seed", () => {
    expect(planDataset(1_000)).toEqual(data);
    expect(planDataset(1_000, 7).claims.map((c) => c.id)).not.toEqual(data.claims.map((c) => c.id));
  });

  it("holds exactly the claims asked for, 5% of them unpublished", () => {
    for (const size of [1_000, 10_000]) {
      const { claims } = size === 1_000 ? data : planDataset(size);
      expect(claims).toHaveLength(size);
      const unpublished = claims.filter((c) => c.status !== "published");
      expect(unpublished).toHaveLength(size * 0.05);
      expect(new Set(unpublished.map((c) => c.status))).toEqual(new Set(["draft", "in_review", "retracted"]));
    }
  });

  it("grows in stories, not in story size: about 20 claims a story at every size", () => {
    const large = planDataset(10_000);
    expect(data.claims.length / data.stories.length).toBeGreaterThan(14);
    expect(data.claims.length / data.stories.length).toBeLessThan(26);
    expect(large.stories.length).toBeGreaterThan(data.stories.length * 8);
    expect(large.sources.length).toBeGreaterThan(data.sources.length);
  });

  it("shows the same newest stories at every size, so the home page and the latest claims weigh the same", () => {
    const shape = (plan: ReturnType<typeof planDataset>) =>
      plan.stories.slice(-25).map((story) => ({
        place: story.place,
        date: story.date,
        quantities: plan.quantities
          .filter((q) => q.storyId === story.id)
          .map((q) => ({
            label: q.label,
            figures: plan.claims
              .filter((c) => c.quantityId === q.id)
              .map((c) => [c.quote, c.language, c.reportedAt.toISOString()]),
          })),
      }));
    const newest = shape(data);
    expect(shape(planDataset(10_000))).toEqual(newest);
    expect(newest.flatMap((s) => s.quantities).length).toBeGreaterThan(25);
    expect(shape(planDataset(1_000, 7))).not.toEqual(newest);
  });

  it("has revisions: one source giving several figures for one quantity", () => {
    const pairs = new Map<string, number>();
    for (const c of data.claims)
      pairs.set(`${c.quantityId} ${c.sourceId}`, (pairs.get(`${c.quantityId} ${c.sourceId}`) ?? 0) + 1);
    expect([...pairs.values()].filter((n) => n > 1).length).toBeGreaterThan(50);
  });

  it("writes valid claims: unique cuid-shaped ids, the quote inside the sentence, the id in the sentence", () => {
    const ids = data.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of data.claims) {
      expect(c.id).toMatch(/^c[0-9a-z]{24}$/);
      expect(c.sentence).toContain(c.quote);
      expect(c.sentence).toContain(c.id);
      if (c.low !== null && c.high !== null) expect(c.low).toBeLessThanOrEqual(c.high);
    }
  });

  it("gives the bench editor their own drafts to edit", () => {
    const editor = data.users.find((u) => u.email === BENCH_EDITOR.email);
    expect(editor?.id).toBe(data.editorId);
    expect(data.writeTargets).toHaveLength(WRITE_TARGETS);
    for (const id of data.writeTargets)
      expect(data.claims.find((c) => c.id === id)).toMatchObject({
        status: "draft",
        authorId: data.editorId,
      });
  });
});
