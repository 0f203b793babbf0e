import { describe, expect, it } from "vitest";
import { homeOverview, type OverviewQuantity } from "./home-overview";

const source = (id: string) => ({ id, name: id });
const exact = (id: string, src: string, n: number, at: string) => ({
  id,
  source: source(src),
  reportedAt: new Date(at),
  value: n,
  low: n,
  high: n,
  qualifier: "exact" as const,
  kind: "count" as const,
  unit: null,
});
const quantity = (id: string, claims: OverviewQuantity["claims"]): OverviewQuantity => ({
  id,
  label: `Quantity ${id}`,
  cumulative: false,
  headlinePolicy: "consensus",
  claims,
});

describe("the home page's overview", () => {
  const calm = {
    slug: "calm",
    title: "Calm",
    date: "2020-03-02",
    place: null,
    quantities: [
      quantity("agree", [exact("a1", "A", 10, "2020-03-02T10:00:00Z"), exact("a2", "B", 10, "2020-03-02T11:00:00Z")]),
    ],
  };
  const disputed = {
    slug: "disputed",
    title: "Disputed",
    date: "2020-03-01",
    place: "Idlib",
    quantities: [
      quantity("fine", [exact("f1", "A", 5, "2020-03-01T08:00:00Z")]),
      quantity("clash", [exact("c1", "A", 35, "2020-03-01T09:00:00Z"), exact("c2", "B", 29, "2020-03-01T12:00:00Z")]),
    ],
  };

  it("lists the quantities in conflict first, with their story and the sentence that says why", () => {
    const overview = homeOverview([calm, disputed], "en");
    expect(overview.conflicts.map((c) => c.id)).toEqual(["clash"]);
    expect(overview.conflicts[0]).toMatchObject({
      story: { slug: "disputed" },
      statusLabel: "Conflict",
    });
    expect(overview.conflicts[0]?.sentence).toMatch(/conflict/);
  });

  it("keeps the stories newest first but names a story's conflict before its calm figures", () => {
    const overview = homeOverview([calm, disputed], "en");
    expect(overview.stories.map((s) => s.slug)).toEqual(["calm", "disputed"]);
    expect(overview.stories[1]?.quantities.map((q) => q.id)).toEqual(["clash", "fine"]);
  });

  it("has no conflict section when every figure fits", () => {
    expect(homeOverview([calm], "fr").conflicts).toEqual([]);
    expect(homeOverview([calm], "fr").stories[0]?.quantities[0]?.statusLabel).toBe("Concordants");
  });
});
