import { beforeAll, describe, expect, it } from "vitest";
import { MAX_SAVED_FILTERS } from "@/lib/validation/claims-list";
import { testPerson } from "@/tests/database/test-newsroom";
import { deleteSavedFilter, listSavedFilters, saveFilter } from "./saved-filters";

let nadia: { id: string };
let omar: { id: string };

beforeAll(async () => {
  nadia = await testPerson("editor", "filters-nadia");
  omar = await testPerson("reviewer", "filters-omar");
});

describe("saved filters", () => {
  it("are each person's own: saved, listed by name, deleted only by their owner", async () => {
    const saved = await saveFilter(nadia.id, { name: "Syria tolls", query: "status=draft" });
    expect(saved.ok).toBe(true);
    await saveFilter(nadia.id, { name: "Alpha", query: "status=in_review" });
    expect((await listSavedFilters(nadia.id)).map((f) => f.name)).toEqual(["Alpha", "Syria tolls"]);
    expect(await listSavedFilters(omar.id)).toEqual([]);

    const id = saved.ok ? saved.filter.id : "";
    expect(await deleteSavedFilter(omar.id, id)).toEqual({ ok: false, refusal: "not_found" });
    expect(await deleteSavedFilter(nadia.id, id)).toEqual({ ok: true });
    expect((await listSavedFilters(nadia.id)).map((f) => f.name)).toEqual(["Alpha"]);
  });

  it("refuses a name the person already uses, not one someone else uses", async () => {
    await saveFilter(nadia.id, { name: "Mine", query: "author=me" });
    expect(await saveFilter(nadia.id, { name: "Mine", query: "status=draft" })).toEqual({
      ok: false,
      refusal: "name_taken",
    });
    expect((await saveFilter(omar.id, { name: "Mine", query: "author=me" })).ok).toBe(true);
  });

  it("keeps at most MAX_SAVED_FILTERS per person", async () => {
    const person = await testPerson("editor", "filters-many");
    for (let i = 0; i < MAX_SAVED_FILTERS; i += 1) await saveFilter(person.id, { name: `F${i}`, query: "" });
    expect(await saveFilter(person.id, { name: "one more", query: "" })).toEqual({ ok: false, refusal: "too_many" });
  });
});
