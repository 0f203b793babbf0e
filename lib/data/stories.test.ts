import { describe, expect, it } from "vitest";
import { createStory, storyWithQuantities } from "./stories";
import { createQuantity, searchQuantities } from "./quantities";
import { historyOf } from "./history";

describe("stories and quantities", () => {
  it("gives two stories of the same title different slugs", async () => {
    const a = await createStory(null, {
      title: "Strikes in Idlib!",
      summary: "",
      date: "2020-02-27",
      place: "",
    });
    const b = await createStory(null, {
      title: "Strikes in Idlib",
      summary: "",
      date: "2020-02-28",
      place: "",
    });
    expect([a.slug, b.slug]).toEqual(["strikes-in-idlib", "strikes-in-idlib-2"]);
    expect((await historyOf("story", a.id)).map((h) => h.action)).toEqual(["create"]);
  });

  it("adds a quantity to a story and finds it by the story's title", async () => {
    const story = await createStory(null, {
      title: "Refugees in Turkey",
      summary: "",
      date: "2020-02-28",
      place: "Turkey",
    });
    const quantity = await createQuantity(null, {
      storyId: story.id,
      label: "Syrian refugees hosted",
      unit: null,
      cumulative: false,
      scopeWho: "Syrians",
      scopePlace: "Turkey",
      scopeFrom: null,
      scopeTo: null,
      measure: "displaced",
      headlinePolicy: "conservative",
    });
    expect(quantity.ok).toBe(true);
    expect((await storyWithQuantities(story.id))?.quantities.map((q) => q.label)).toEqual(["Syrian refugees hosted"]);
    expect((await searchQuantities("refugees turkey")).map((q) => q.label)).toContain("Syrian refugees hosted");
  });

  it("saves and searches text holding a U+0000 character (pasted from a PDF) on either database, never failing", async () => {
    // SQLite keeps the character; PostgreSQL cannot store it and drops it (lib/data/database-client.ts).
    const story = await createStory(null, {
      title: "Shelling\u0000 in Afrin",
      summary: "",
      date: "2020-03-01",
      place: "Afrin\u0000",
    });
    const saved = await storyWithQuantities(story.id);
    expect(saved?.title.replaceAll("\u0000", "")).toBe("Shelling in Afrin");
    expect(saved?.place.replaceAll("\u0000", "")).toBe("Afrin");
    await expect(searchQuantities("refugees\u0000")).resolves.toBeInstanceOf(Array);
  });

  it("refuses a quantity on a story that does not exist", async () => {
    const quantity = await createQuantity(null, {
      storyId: "nosuchstory",
      label: "Anything",
      unit: null,
      cumulative: false,
      scopeWho: "",
      scopePlace: "",
      scopeFrom: null,
      scopeTo: null,
      measure: "other",
      headlinePolicy: "consensus",
    });
    expect(quantity.ok ? null : quantity.error.code).toBe("not_found");
  });
});
