import { describe, expect, it } from "vitest";
import { createStory, storyWithQuantities } from "./stories";
import { createQuantity, searchQuantities } from "./quantities";
import { historyOf } from "./history";

/** A story by no one in particular (the system), with no summary. */
const newStory = (title: string, date: string, place: string) => createStory(null, { title, summary: "", date, place });

/** A quantity of the story given, not cumulative, with no unit and no dates to its scope. */
const newQuantity = (
  storyId: string,
  fields: Pick<
    Parameters<typeof createQuantity>[1],
    "label" | "scopeWho" | "scopePlace" | "measure" | "headlinePolicy"
  >,
) => createQuantity(null, { storyId, unit: null, cumulative: false, scopeFrom: null, scopeTo: null, ...fields });

describe("stories and quantities", () => {
  it("gives two stories of the same title different slugs", async () => {
    const a = await newStory("Strikes in Idlib!", "2020-02-27", "");
    const b = await newStory("Strikes in Idlib", "2020-02-28", "");
    expect([a.slug, b.slug]).toEqual(["strikes-in-idlib", "strikes-in-idlib-2"]);
    expect((await historyOf("story", a.id)).map((h) => h.action)).toEqual(["create"]);
  });

  it("adds a quantity to a story and finds it by the story's title", async () => {
    const story = await newStory("Refugees in Turkey", "2020-02-28", "Turkey");
    const quantity = await newQuantity(story.id, {
      label: "Syrian refugees hosted",
      scopeWho: "Syrians",
      scopePlace: "Turkey",
      measure: "displaced",
      headlinePolicy: "conservative",
    });
    expect(quantity.ok).toBe(true);
    expect((await storyWithQuantities(story.id))?.quantities.map((q) => q.label)).toEqual(["Syrian refugees hosted"]);
    expect((await searchQuantities("refugees turkey")).map((q) => q.label)).toContain("Syrian refugees hosted");
  });

  it("saves and searches text holding a U+0000 character (pasted from a PDF) on either database, never failing", async () => {
    // SQLite keeps the character; PostgreSQL cannot store it and drops it (lib/data/database-client.ts).
    const story = await newStory("Shelling\u0000 in Afrin", "2020-03-01", "Afrin\u0000");
    const saved = await storyWithQuantities(story.id);
    expect(saved?.title.replaceAll("\u0000", "")).toBe("Shelling in Afrin");
    expect(saved?.place.replaceAll("\u0000", "")).toBe("Afrin");
    await expect(searchQuantities("refugees\u0000")).resolves.toBeInstanceOf(Array);
  });

  it("refuses a quantity on a story that does not exist", async () => {
    const quantity = await newQuantity("nosuchstory", {
      label: "Anything",
      scopeWho: "",
      scopePlace: "",
      measure: "other",
      headlinePolicy: "consensus",
    });
    expect(quantity.ok ? null : quantity.error.code).toBe("not_found");
  });
});
